// libFuzzer target over the workbook readers (`make fuzz`, docs/fuzzing.md): the ZIP layer (WorkbookArchive,
// Inflate), the sheet XML of `.xlsx` (SheetReader and the parts around it) and of `.ods` (ODSTableReader), and
// the compound-file directory (CompoundFile). Built with swiftc on its own, with ZIPFoundation as a module of
// its own and libxml2 through Sources/CLibXML2, so that neither `swift build` nor `swift test` sees it.
//
// The first byte chooses what the rest is: 0 a whole file (ZIP or compound file), 1 the content.xml of an .ods,
// 2 the sheet1.xml of an .xlsx, 3 the bytes after a compound-file signature. Parts are wrapped in a stored ZIP
// here, so that the fuzzer reaches the XML readers without having to find a valid ZIP first. The properties: no
// crash, no hang, no runaway memory (caps of 4 MB per part and 1 KB per cell), the header line before every
// record's, record lines that go up and stay within the grid.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let rest = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var limits = Limits()
    limits.xlsxPartBytes = 4 * 1024 * 1024
    limits.fieldBytes = 1024
    let file: [UInt8]
    switch data[0] % 4 {
    case 0: file = rest
    case 1:
        file = storedZip([
            ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", rest),
        ])
    case 2: file = storedZip(xlsxSkeleton + [("xl/worksheets/sheet1.xml", rest)])
    default:
        _ = CompoundFile.kind(of: Data(CompoundFile.signature + rest))
        return 0
    }
    guard let book = try? Workbook(data: Data(file), preferredSheet: "verhuringen", limits: limits) else { return 0 }
    let table = book.table
    var line = table.headerLine
    for record in table.records {
        precondition(record.line > line, "record lines go down or meet the header")
        precondition(record.line <= SheetReader.maxRows, "a record beyond the grid")
        line = record.line
    }
    precondition(book.sheets.contains { $0.name == book.sheet }, "the sheet read is not listed")
    return 0
}

let xlsxSkeleton: [(String, [UInt8])] = [
    (
        "_rels/.rels",
        Array(
            (#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
                .utf8)
    ),
    (
        "xl/workbook.xml",
        Array(
            (#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
                + #"<sheets><sheet name="Verhuringen" sheetId="1" r:id="rId1"/></sheets></workbook>"#).utf8)
    ),
    (
        "xl/_rels/workbook.xml.rels",
        Array(
            (#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
                .utf8)
    ),
]

/// A ZIP archive of stored entries.
func storedZip(_ entries: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    func u16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func u32(_ value: Int, _ into: inout [UInt8]) {
        u16(value & 0xFFFF, &into)
        u16(value >> 16 & 0xFFFF, &into)
    }
    for (name, data) in entries {
        let crc = Int(data.withUnsafeBytes { Inflate.checksum($0) })
        let nameBytes = Array(name.utf8)
        let offset = out.count
        u32(0x0403_4B50, &out)
        for value in [20, 0, 0, 0, 0x21] { u16(value, &out) }
        for value in [crc, data.count, data.count] { u32(value, &out) }
        u16(nameBytes.count, &out)
        u16(0, &out)
        out += nameBytes + data
        u32(0x0201_4B50, &central)
        for value in [20, 20, 0, 0, 0, 0x21] { u16(value, &central) }
        for value in [crc, data.count, data.count] { u32(value, &central) }
        for value in [nameBytes.count, 0, 0, 0, 0] { u16(value, &central) }
        u32(0, &central)
        u32(offset, &central)
        central += nameBytes
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

/// What the reader uses of Rows.swift (which needs the whole ingest): the reason of a row's fault.
struct RowProblem: Error {
    let reason: String
    init(_ reason: String, value: String? = nil) { self.reason = reason }
}
