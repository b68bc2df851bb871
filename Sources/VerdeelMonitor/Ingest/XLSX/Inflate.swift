#if canImport(CZlib)
    import CZlib
#elseif canImport(zlib)
    import zlib
#endif

/// Raw deflate (ZIP method 8) with zlib, bounded: it stops the moment the output passes `limit`, and a stream
/// that does not end within its compressed bytes is an error.
///
/// ZIPFoundation 0.9.20's own inflating on Linux loops forever when a deflate stream runs past the end of the
/// file (its provider then returns empty chunks), so the parts of a workbook are inflated here; ZIPFoundation
/// still reads the archive's directory. Every step of the loop below either consumes input, produces output
/// (at most `limit` bytes in all) or ends with an error, so it always ends.
enum Inflate {
    enum Failure: Error { case tooLarge, corrupt }

    static func raw(_ input: UnsafeRawBufferPointer, limit: Int, into output: PartBytes) throws(Failure) {
        guard input.count <= Int(UInt32.max) else { throw .corrupt }
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt
        }
        defer { inflateEnd(&stream) }
        let chunk = 64 * 1024
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        stream.next_in = UnsafeMutablePointer(
            mutating: (input.baseAddress ?? UnsafeRawPointer(buffer)).assumingMemoryBound(to: UInt8.self))
        stream.avail_in = UInt32(input.count)
        while true {
            stream.next_out = buffer
            stream.avail_out = UInt32(chunk)
            let result = inflate(&stream, Z_NO_FLUSH)
            let produced = chunk - Int(stream.avail_out)
            guard output.count + produced <= limit else { throw .tooLarge }
            output.append(UnsafeRawBufferPointer(start: buffer, count: produced))
            if result == Z_STREAM_END { return }
            // Z_BUF_ERROR: no progress possible (the input ended before the stream did); anything else: damage.
            guard result == Z_OK else { throw .corrupt }
        }
    }

    /// The CRC-32 of `bytes` (as in the ZIP directory), with zlib's `crc32`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        var crc: uLong = 0
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 30)
            crc = crc32(crc, base.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
