import Foundation

/// A binary Office file: an OLE2 compound file (`D0 CF 11 E0 A1 B1 1A E1`, [MS-CFB]). Neither an `.xlsx` nor an
/// `.ods`, but what Excel writes for a password-encrypted workbook (streams `EncryptionInfo` and
/// `EncryptedPackage`) and for an Excel 97-2003 workbook (stream `Workbook`, or `Book` before Excel 97).
///
/// Only the stream names are read: the header, the FAT sectors it lists, then the directory chain. Every offset
/// is checked against the file and every chain is cut off after as many steps as the file has sectors, so a
/// damaged or hostile file costs at most one pass over its bytes. When the directory cannot be walked, the names
/// are looked for as UTF-16 text in the bytes.
enum CompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What the compound file holds, as far as a delivery is concerned.
    enum Kind: Equatable, Sendable {
        /// A workbook encrypted with a password (`EncryptionInfo`).
        case encryptedWorkbook
        /// An Excel 97-2003 workbook (`.xls`).
        case excel97
        /// Another binary Office document (a Word or PowerPoint file, or one too damaged to tell).
        case otherDocument
    }

    /// Whether `bytes` start with the compound-file signature.
    static func isCompoundFile(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: signature) }

    static func kind(of data: Data) -> Kind {
        let names = data.withUnsafeBytes { streamNames(in: $0) }
        func holds(_ name: String) -> Bool {
            if let names { return names.contains(name) }
            return data.range(of: Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) != nil
        }
        if holds("EncryptionInfo") || holds("EncryptedPackage") { return .encryptedWorkbook }
        if holds("Workbook") || holds("Book") { return .excel97 }
        return .otherDocument
    }

    /// The names in the directory of a compound file, or nil when its header or directory cannot be read.
    static func streamNames(in file: UnsafeRawBufferPointer) -> Set<String>? {
        func u16(_ at: Int) -> Int { Int(file[at]) | Int(file[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard file.count >= 512, file.starts(with: signature), u16(0x1C) == 0xFFFE else { return nil }
        let shift = u16(0x1E)
        guard shift == 9 || shift == 12 else { return nil }
        let sectorSize = 1 << shift
        let sectors = (file.count - sectorSize) / sectorSize + 1
        func offset(_ sector: Int) -> Int? {
            let at = (sector + 1) << shift
            return sector >= 0 && sector < 0xFFFF_FFFA && at + sectorSize <= file.count ? at : nil
        }
        // The FAT's own sectors: the first 109 are in the header; further ones would be in DIFAT sectors, which a
        // directory near the start of the file does not need.
        var fat: [Int] = []
        for index in 0..<min(109, u32(0x2C)) {
            let sector = u32(0x4C + 4 * index)
            guard offset(sector) != nil else { break }
            fat.append(sector)
        }
        let perSector = sectorSize / 4
        func next(_ sector: Int) -> Int? {
            guard sector / perSector < fat.count, let at = offset(fat[sector / perSector]) else { return nil }
            return u32(at + 4 * (sector % perSector))
        }
        var names = Set<String>()
        var sector = u32(0x30)
        var steps = 0
        while let at = offset(sector), steps < sectors {
            for entry in stride(from: at, to: at + sectorSize, by: 128) {
                let length = min(u16(entry + 0x40), 64)
                guard file[entry + 0x42] != 0, length >= 2 else { continue }
                let units = (0..<(length / 2 - 1)).map { UInt16(u16(entry + 2 * $0)) }
                names.insert(String(decoding: units, as: UTF16.self))
            }
            guard let following = next(sector) else { break }
            sector = following
            steps += 1
        }
        return names.isEmpty ? nil : names
    }
}
