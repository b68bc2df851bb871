import Foundation
import ZIPFoundation

/// The ZIP container of a workbook: finds its parts and inflates one at a time, bounded.
///
/// The cap applies to the bytes that inflating actually produces, never to the size the ZIP headers claim: a
/// part is stopped the moment it grows past `partLimit` (a zip bomb costs at most that much memory).
struct WorkbookArchive {
    private let archive: Archive
    private let size: Int
    let partLimit: Int

    /// Opens `data` as a workbook; the first bytes tell a ZIP from an old `.xls` or an encrypted workbook.
    init(data: Data, partLimit: Int) throws(XLSXError) {
        let bytes = [UInt8](data.prefix(8))
        if bytes == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // An OLE compound file: an .xls, or an encrypted .xlsx (its streams are named EncryptedPackage).
            let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            throw .oleCompound(encrypted: data.range(of: marker) != nil)
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw .notZip
        }
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw .brokenArchive }
        self.archive = archive
        self.size = data.count
        self.partLimit = min(partLimit, Int(Int32.max))  // libxml2 takes a part's size as a 32-bit int
    }

    /// Whether the archive holds a part at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The inflated bytes of the part at `path` (without a leading `/`), or nil when there is none.
    func part(_ path: String) throws(XLSXError) -> PartBytes? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { return nil }
        let bytes = PartBytes()
        var tooLarge = false
        let limit = partLimit
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else {
                    tooLarge = true
                    throw CancellationError()
                }
                bytes.append(chunk)
            }
        } catch {
            if tooLarge { throw .partTooLarge(part: path, limit: limit) }
            if case Archive.ArchiveError.invalidCompressionMethod = error {
                throw .unsupportedCompression(part: path)
            }
            throw .corruptPart(part: path)
        }
        guard checksum == entry.checksum else { throw .corruptPart(part: path) }
        return bytes
    }
}

/// The inflated bytes of one part, in one buffer that libxml2 reads in place (no second copy of a large sheet).
final class PartBytes {
    private(set) var base: UnsafeMutableRawPointer?
    private(set) var count = 0
    private var capacity = 0

    deinit { free(base) }

    func append(_ data: Data) {
        guard !data.isEmpty else { return }
        if count + data.count > capacity {
            let grown = max(count + data.count, capacity + capacity / 2, 64 * 1024)
            guard let moved = realloc(base, grown) else { fatalError("out of memory reading a workbook part") }
            base = moved
            capacity = grown
        }
        data.withUnsafeBytes { source in
            base!.advanced(by: count).copyMemory(from: source.baseAddress!, byteCount: source.count)
        }
        count += data.count
    }

    /// The bytes, valid while this object lives.
    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The bytes as text (for the small `mimetype` part).
    var text: String { String(decoding: buffer, as: UTF8.self) }
}
