import Foundation

@testable import VerdeelMonitor

/// Small office files written by the tests themselves: ZIP archives (stored entries, or a raw deflate stream),
/// OpenDocument spreadsheets, minimal XLSX workbooks and OLE2 compound files. Nothing binary is kept in the
/// repository; each builder says in its comment what it writes.
enum OfficeFiles {
    // MARK: ZIP

    /// One ZIP entry: `stored` bytes, or a raw deflate stream (`deflated`) that inflates to `size` bytes.
    struct ZipEntry {
        var name: String
        var stored: [UInt8] = []
        var deflated: [UInt8]?
        var size = 0
        var crc: UInt32 = 0

        static func stored(_ name: String, _ text: String) -> ZipEntry { stored(name, Array(text.utf8)) }

        static func stored(_ name: String, _ bytes: [UInt8]) -> ZipEntry {
            let crc = bytes.withUnsafeBytes { Inflate.checksum($0) }
            return ZipEntry(name: name, stored: bytes, size: bytes.count, crc: crc)
        }
    }

    /// A ZIP archive of `entries`: local headers, data, the central directory and its end record.
    static func zip(_ entries: [ZipEntry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func u32(_ value: Int, _ into: inout [UInt8]) {
            u16(value & 0xFFFF, &into)
            u16(value >> 16 & 0xFFFF, &into)
        }
        for entry in entries {
            let data = entry.deflated ?? entry.stored
            let method = entry.deflated == nil ? 0 : 8
            let name = Array(entry.name.utf8)
            let offset = out.count
            u32(0x0403_4B50, &out)
            for value in [20, 0, method, 0, 0x21] { u16(value, &out) }  // version, flags, method, time, date
            u32(Int(entry.crc), &out)
            u32(data.count, &out)
            u32(entry.size, &out)
            u16(name.count, &out)
            u16(0, &out)
            out += name + data
            u32(0x0201_4B50, &central)
            for value in [20, 20, 0, method, 0, 0x21] { u16(value, &central) }
            u32(Int(entry.crc), &central)
            u32(data.count, &central)
            u32(entry.size, &central)
            for value in [name.count, 0, 0, 0, 0] { u16(value, &central) }
            u32(0, &central)
            u32(offset, &central)
            central += name
        }
        let start = out.count
        out += central
        u32(0x0605_4B50, &out)
        for value in [0, 0, entries.count, entries.count] { u16(value, &out) }
        u32(central.count, &out)
        u32(start, &out)
        u16(0, &out)
        return out
    }

    /// A raw deflate stream (one fixed-Huffman block) of one space and then `copies` matches of 258 bytes at
    /// distance 1: it inflates to `1 + 258 * copies` spaces from about 13 bits per 258 bytes.
    static func deflateBomb(copies: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var bit = 0
        func put(_ code: Int, _ length: Int) {  // a Huffman code, most significant bit first
            for index in (0..<length).reversed() {
                if bit == 0 { bytes.append(0) }
                bytes[bytes.count - 1] |= UInt8((code >> index) & 1) << bit
                bit = (bit + 1) % 8
            }
        }
        put(1, 1)  // BFINAL
        put(0b10, 2)  // BTYPE 01 (fixed Huffman), its bits written least significant first
        put(0x30 + 0x20, 8)  // literal ' ' (0x20): codes 0-143 are 0x30 + value in 8 bits
        for _ in 0..<copies {
            put(0b1100_0101, 8)  // length code 285 (258 bytes): 0xC0 + (285 - 280), no extra bits
            put(0, 5)  // distance code 0 (distance 1)
        }
        put(0, 7)  // end of block (256)
        return bytes
    }

    // MARK: OpenDocument

    /// An OpenDocument spreadsheet: `mimetype` (stored, first), `META-INF/manifest.xml` and `content.xml` with
    /// one `<table:table>` per sheet (`hidden` gives it the table style `ta2`, `table:display="false"`).
    static func ods(
        _ sheets: [(name: String, hidden: Bool, rows: String)], prolog: String = "", encrypted: Bool = false,
        separator: String = "/"
    ) -> [UInt8] {
        zip([
            .stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            .stored("META-INF\(separator)manifest.xml", manifest(encrypted: encrypted)),
            .stored("content.xml", content(sheets, prolog: prolog)),
        ])
    }

    static let odsNamespaces =
        #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
        + #"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#
        + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#
        + #"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#
        + #"xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" "#
        + #"xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0""#

    static func content(_ sheets: [(name: String, hidden: Bool, rows: String)], prolog: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8"?>"# + prolog
            + #"<office:document-content \#(odsNamespaces) office:version="1.3"><office:automatic-styles>"#
            + #"<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>"#
            + #"</style:style><style:style style:name="ta2" style:family="table">"#
            + #"<style:table-properties table:display="false"/></style:style></office:automatic-styles>"#
            + "<office:body><office:spreadsheet>"
            + sheets.map {
                #"<table:table table:name="\#($0.name)" table:style-name="\#($0.hidden ? "ta2" : "ta1")">"#
                    + #"<table:table-column table:number-columns-repeated="16384"/>\#($0.rows)</table:table>"#
            }.joined() + "</office:spreadsheet></office:body></office:document-content>"
    }

    static func manifest(encrypted: Bool) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest "#
            + #"xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#
            + #"<manifest:file-entry manifest:full-path="/" "#
            + #"manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#
            + #"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">"#
            + (encrypted
                ? #"<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">"#
                    + "</manifest:encryption-data>" : "")
            + "</manifest:file-entry></manifest:manifest>"
    }

    /// A row of cells; `repeated` writes `table:number-rows-repeated`.
    static func row(_ cells: [String], repeated: Int? = nil) -> String {
        "<table:table-row" + (repeated.map { #" table:number-rows-repeated="\#($0)""# } ?? "") + ">"
            + cells.joined() + "</table:table-row>"
    }

    /// A text cell, as LibreOffice writes it.
    static func text(_ value: String) -> String {
        #"<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>\#(value)</text:p>"#
            + "</table:table-cell>"
    }

    /// A row of text cells.
    static func textRow(_ values: [String]) -> String { row(values.map(text)) }

    /// A cell with a value attribute: `float`, `percentage`, `currency` (`office:value`), `date`
    /// (`office:date-value`) or `boolean` (`office:boolean-value`), and the display text LibreOffice writes.
    static func valued(_ type: String, _ value: String, shown: String = "") -> String {
        let attribute =
            switch type {
            case "date": "date-value"
            case "boolean": "boolean-value"
            default: "value"
            }
        return #"<table:table-cell office:value-type="\#(type)" office:\#(attribute)="\#(value)" "#
            + #"calcext:value-type="\#(type)"><text:p>\#(shown)</text:p></table:table-cell>"#
    }

    /// An empty cell, repeated over `columns` columns.
    static func empty(columns: Int = 1) -> String {
        columns == 1 ? "<table:table-cell/>" : #"<table:table-cell table:number-columns-repeated="\#(columns)"/>"#
    }

    // MARK: XLSX

    /// A minimal XLSX workbook: per sheet its name, its `state` (nil: visible) and the XML inside `<worksheet>`
    /// (`<sheetData>` and `<mergeCells>`), cells as inline strings (`cell`).
    static func xlsx(_ sheets: [(name: String, state: String?, body: String)]) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let list = sheets.enumerated().map { index, sheet in
            #"<sheet name="\#(sheet.name)" sheetId="\#(index + 1)" r:id="rId\#(index + 1)""#
                + (sheet.state.map { #" state="\#($0)""# } ?? "") + "/>"
        }.joined()
        let targets = sheets.indices.map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" "#
                + #"Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return zip(
            [
                .stored(
                    "_rels/.rels",
                    #"<Relationships xmlns="\#(package)"><Relationship Id="rId1" "#
                        + #"Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
                .stored(
                    "xl/workbook.xml",
                    #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(list)</sheets></workbook>"#),
                .stored(
                    "xl/_rels/workbook.xml.rels", #"<Relationships xmlns="\#(package)">\#(targets)</Relationships>"#),
            ]
                + sheets.enumerated().map { index, sheet in
                    .stored(
                        "xl/worksheets/sheet\(index + 1).xml",
                        #"<worksheet xmlns="\#(main)">\#(sheet.body)</worksheet>"#)
                })
    }

    /// An inline-string cell at `reference`.
    static func cell(_ reference: String, _ value: String) -> String {
        #"<c r="\#(reference)" t="inlineStr"><is><t>\#(value)</t></is></c>"#
    }

    /// `<sheetData>` of rows numbered from 1, each a list of values from column A (an empty value: no cell).
    static func sheetData(_ rows: [[String]]) -> String {
        "<sheetData>"
            + rows.enumerated().map { number, values in
                #"<row r="\#(number + 1)">"#
                    + values.enumerated().filter { !$0.element.isEmpty }.map {
                        cell("\(SheetReader.columnName($0.offset))\(number + 1)", $0.element)
                    }.joined() + "</row>"
            }.joined() + "</sheetData>"
    }

    // MARK: Compound files

    /// An OLE2 compound file ([MS-CFB], version 3, 512-byte sectors): the header, sector 0 the FAT, sector 1 the
    /// directory with the root entry and one stream entry per name (4 entries per sector, so up to 3 names).
    static func compoundFile(streams names: [String]) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 512)
        func put16(_ value: Int, at offset: Int, in bytes: inout [UInt8]) {
            bytes[offset] = UInt8(value & 0xFF)
            bytes[offset + 1] = UInt8(value >> 8 & 0xFF)
        }
        func put32(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
            put16(Int(value & 0xFFFF), at: offset, in: &bytes)
            put16(Int(value >> 16), at: offset + 2, in: &bytes)
        }
        header.replaceSubrange(0..<8, with: CompoundFile.signature)
        put16(0x3E, at: 0x18, in: &header)  // minor version
        put16(3, at: 0x1A, in: &header)  // major version 3
        put16(0xFFFE, at: 0x1C, in: &header)  // byte order
        put16(9, at: 0x1E, in: &header)  // 512-byte sectors
        put16(6, at: 0x20, in: &header)  // 64-byte mini sectors
        put32(1, at: 0x2C, in: &header)  // one FAT sector
        put32(1, at: 0x30, in: &header)  // the directory starts in sector 1
        put32(0x1000, at: 0x38, in: &header)  // mini stream cutoff
        put32(0xFFFF_FFFE, at: 0x3C, in: &header)  // no mini FAT
        put32(0xFFFF_FFFE, at: 0x44, in: &header)  // no DIFAT sectors
        for index in 0..<109 { put32(index == 0 ? 0 : 0xFFFF_FFFF, at: 0x4C + 4 * index, in: &header) }
        var fat = [UInt8](repeating: 0xFF, count: 512)
        put32(0xFFFF_FFFD, at: 0, in: &fat)  // sector 0 is the FAT
        put32(0xFFFF_FFFE, at: 4, in: &fat)  // sector 1 (the directory) ends its chain
        var directory = [UInt8](repeating: 0, count: 512)
        for (index, name) in (["Root Entry"] + names).enumerated() {
            let at = 128 * index
            let units = Array(name.utf16)
            for (offset, unit) in units.enumerated() { put16(Int(unit), at: at + 2 * offset, in: &directory) }
            put16(2 * (units.count + 1), at: at + 0x40, in: &directory)
            directory[at + 0x42] = index == 0 ? 5 : 2
        }
        return header + fat + directory
    }
}
