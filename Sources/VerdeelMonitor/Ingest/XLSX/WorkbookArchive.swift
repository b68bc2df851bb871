import Foundation
import ZIPFoundation

/// The ZIP container of a workbook: finds its parts and inflates one at a time, bounded.
///
/// The cap applies to the bytes that inflating actually produces, never to the size the ZIP headers claim: a
/// part is stopped the moment it grows past `partLimit` (a zip bomb costs at most that much memory).
struct WorkbookArchive {
    private let archive: ZIPFoundation.Archive
    private let data: Data
    private let directory: [String: Record]
    let partLimit: Int

    /// Opens `data` as a workbook; the first bytes tell a ZIP from a binary Office file (`CompoundFile`: an old
    /// `.xls` or an encrypted workbook).
    init(data: Data, partLimit: Int) throws(XLSXError) {
        let bytes = [UInt8](data.prefix(8))
        if CompoundFile.isCompoundFile(bytes) { throw .compoundFile(CompoundFile.kind(of: data)) }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw .notZip
        }
        // Without an end-of-directory record the archive is broken; found first, because ZIPFoundation keeps the
        // bytes of an archive it fails to open (its in-memory file is only closed by a finished `Archive`).
        guard let directory = data.withUnsafeBytes({ Self.directory(of: $0) }),
            let archive = try? ZIPFoundation.Archive(data: data, accessMode: .read, pathEncoding: nil)
        else { throw .brokenArchive }
        self.archive = archive
        self.data = data
        self.directory = directory
        self.partLimit = min(partLimit, Int(Int32.max))  // libxml2 takes a part's size as a 32-bit int
    }

    /// Whether the archive lists a part at `path`.
    func contains(_ path: String) -> Bool { directory[path] != nil }

    /// The inflated bytes of the part at `path` (without a leading `/`), or nil when there is none. An entry
    /// name written with `\` as its separator (as some tools do) is found under its `/` form.
    ///
    /// ZIPFoundation finds the entry; its bytes are located through the central directory and local header
    /// here and inflated with `Inflate` (bounded, and never looping on a stream that runs past the file).
    func part(_ path: String) throws(XLSXError) -> PartBytes? {
        guard let record = directory[path] else { return nil }
        guard let entry = archive[record.name], entry.type == .file else { return nil }
        if record.flags & 1 != 0 { throw .compoundFile(.encryptedWorkbook) }
        let bytes = PartBytes()
        let limit = partLimit
        let outcome: XLSXError? = data.withUnsafeBytes { file in
            guard let start = Self.dataStart(of: record, in: file), start + record.compressedSize <= file.count
            else { return .corruptPart(part: path) }
            let raw = UnsafeRawBufferPointer(rebasing: file[start..<(start + record.compressedSize)])
            switch record.method {
            case 0:
                guard raw.count <= limit else { return .partTooLarge(part: path, limit: limit) }
                bytes.append(raw)
                return nil
            case 8:
                do throws(Inflate.Failure) {
                    try Inflate.raw(raw, limit: limit, into: bytes)
                    return nil
                } catch {
                    if case .tooLarge = error { return .partTooLarge(part: path, limit: limit) }
                    return .corruptPart(part: path)
                }
            default:
                return .unsupportedCompression(part: path)
            }
        }
        if let outcome { throw outcome }
        guard Inflate.checksum(bytes.buffer) == record.crc32 else { throw .corruptPart(part: path) }
        return bytes
    }

    /// What the central directory says of one entry.
    struct Record {
        /// The entry's name as written.
        var name: String
        var method: Int
        var flags: Int
        var crc32: UInt32
        var compressedSize: Int
        var localHeader: Int
    }

    /// The central directory by path, `\` read as `/` (the first record of a path counts), read from the
    /// end-of-directory record; nil when there is none, or when an offset in it points past the file.
    static func directory(of file: UnsafeRawBufferPointer) -> [String: Record]? {
        func u16(_ at: Int) -> Int { at + 2 <= file.count ? Int(file[at]) | Int(file[at + 1]) << 8 : 0 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var end = -1
        var at = file.count - 22
        while at >= 0 && at >= file.count - 22 - 65_535 {
            if u32(at) == 0x0605_4B50 {
                end = at
                break
            }
            at -= 1
        }
        // Every offset ZIPFoundation will seek to must lie in the file (it traps reading past the end of an
        // archive in memory): the central directory before the end record, a ZIP64 end record, and below every
        // entry's local header (and data descriptor).
        guard end >= 0, u32(end + 16) + u32(end + 12) <= end else { return nil }
        if end >= 20, u32(end - 20) == 0x0706_4B50, u32(end - 12) + (u32(end - 8) << 32) + 56 > end { return nil }
        var records: [String: Record] = [:]
        var position = u32(end + 16)
        for _ in 0..<u16(end + 10) {
            guard position + 46 <= file.count, u32(position) == 0x0201_4B50 else { break }
            let nameLength = u16(position + 28)
            guard position + 46 + nameLength <= file.count else { break }
            let name = String(
                decoding: UnsafeRawBufferPointer(rebasing: file[(position + 46)..<(position + 46 + nameLength)]),
                as: UTF8.self)
            let path = name.replacingOccurrences(of: "\\", with: "/")
            let record = Record(
                name: name, method: u16(position + 10), flags: u16(position + 8), crc32: UInt32(u32(position + 16)),
                compressedSize: u32(position + 20), localHeader: u32(position + 42))
            guard let start = dataStart(of: record, in: file),
                start + (record.flags & 8 != 0 ? record.compressedSize + 16 : 0) <= file.count
            else { return nil }
            if records[path] == nil { records[path] = record }
            position += 46 + nameLength + u16(position + 30) + u16(position + 32)
        }
        return records
    }

    /// Where an entry's data starts: after its local header, its name and its extra field.
    static func dataStart(of record: Record, in file: UnsafeRawBufferPointer) -> Int? {
        let at = record.localHeader
        guard at + 30 <= file.count, file[at] == 0x50, file[at + 1] == 0x4B, file[at + 2] == 3, file[at + 3] == 4
        else { return nil }
        let nameLength = Int(file[at + 26]) | Int(file[at + 27]) << 8
        let extraLength = Int(file[at + 28]) | Int(file[at + 29]) << 8
        return at + 30 + nameLength + extraLength
    }
}

/// The inflated bytes of one part, in one buffer that libxml2 reads in place (no second copy of a large sheet).
final class PartBytes {
    private(set) var base: UnsafeMutableRawPointer?
    private(set) var count = 0
    private var capacity = 0

    deinit { free(base) }

    func append(_ source: UnsafeRawBufferPointer) {
        guard let from = source.baseAddress, source.count > 0 else { return }
        if count + source.count > capacity {
            let grown = max(count + source.count, capacity + capacity / 2, 64 * 1024)
            guard let moved = realloc(base, grown) else { fatalError("out of memory reading a workbook part") }
            base = moved
            capacity = grown
        }
        base!.advanced(by: count).copyMemory(from: from, byteCount: source.count)
        count += source.count
    }

    /// The bytes, valid while this object lives.
    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The bytes as text (for the small `mimetype` part).
    var text: String { String(decoding: buffer, as: UTF8.self) }
}
