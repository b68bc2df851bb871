import Foundation
import Testing

@testable import VerdeelMonitor

/// Which worksheet is read and what a merged cell gives (SPEC.md section 10), for `.xlsx` and `.ods` alike.
@Suite("Office worksheets and merged cells")
struct OfficeSheetsTests {
    typealias F = OfficeFiles

    static let header = ["verhuring_id", "datum", "gemeente"]

    func xlsx(_ sheets: [(String, String?)]) throws -> Workbook {
        let bytes = F.xlsx(
            sheets.map { ($0.0, $0.1, F.sheetData([Self.header, ["\($0.0)-1", "2026-01-05", "Enschede"]])) })
        return try Workbook(data: Data(bytes), preferredSheet: "verhuringen", limits: Limits())
    }

    func ods(_ sheets: [(String, Bool)]) throws -> Workbook {
        let bytes = F.ods(sheets.map { ($0.0, $0.1, F.textRow(Self.header) + F.textRow(["\($0.0)-1", "x", "y"])) })
        return try Workbook(data: Data(bytes), preferredSheet: "verhuringen", limits: Limits())
    }

    @Test("a hidden lookup sheet before the data is no data: the first visible sheet is read")
    func hiddenFirst() throws {
        let book = try xlsx([("Opzoeklijst", "hidden"), ("Geheim", "veryHidden"), ("Data", nil)])
        #expect(book.sheet == "Data")
        #expect(book.sheets.map(\.hidden) == [true, true, false])
        #expect(book.table.records.first?.fields.first == "Data-1")
        let odsBook = try ods([("Opzoeklijst", true), ("Data", false)])
        #expect(odsBook.kind == .ods)
        #expect(odsBook.sheet == "Data")
        #expect(odsBook.table.records.first?.fields.first == "Data-1")
    }

    @Test("the sheet named as the soort is read even when it is hidden")
    func namedHidden() throws {
        let book = try xlsx([("Toelichting", nil), ("Verhuringen", "hidden")])
        #expect(book.sheet == "Verhuringen")
        let odsBook = try ods([("Toelichting", false), ("VERHURINGEN", true)])
        #expect(odsBook.sheet == "VERHURINGEN")
        #expect(odsBook.table.records.first?.fields.first == "VERHURINGEN-1")
    }

    @Test("every sheet hidden: the first is read; no sheet: refused")
    func allHidden() throws {
        #expect(Workbook.choose([.init(name: "a", hidden: true), .init(name: "b", hidden: true)], preferred: nil) == 0)
        #expect(Workbook.choose([], preferred: "verhuringen") == nil)
        #expect(throws: XLSXError.noWorksheet) { try ods([]) }
    }

    @Test("a merged datum: the top-left cell holds the value, the row under it is rejected saying so")
    func mergedReject() throws {
        // B2:B3 merged: row 2 has the date, row 3's datum is empty as the file stores it; C2:C3 is not required
        // to be unmerged, so only the datum reject gets the remark; D is no column the monitor reads.
        let body =
            F.sheetData([
                Self.header + ["opmerking"], ["V-1", "2026-01-05", "Enschede"], ["V-2", "", "Enschede"],
                ["", "", "Hengelo", "x"],
            ]) + "<mergeCells count=\"2\"><mergeCell ref=\"B2:B3\"/><mergeCell ref=\"A4:A5\"/></mergeCells>"
        let dataset = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.xlsx": .raw(F.xlsx([("Verhuringen", nil, body)]))
        ])
        let rejects = dataset.rejects(in: "verhuringen_corp-a_2026-H1.xlsx")
        #expect(rejects.map(\.location.line) == [3, 4])
        #expect(
            rejects.first?.reason
                == "verplichte waarde 'datum' ontbreekt (de cel ligt onder een samengevoegde cel; alleen de cel "
                + "linksboven heeft een waarde)")
        // Row 4's verhuring_id (A4) is the top-left cell of A4:A5: empty, but not under a merge.
        #expect(rejects.last?.reason == "verplichte waarde 'verhuring_id' ontbreekt")
        #expect(dataset.delivery(at: "verhuringen_corp-a_2026-H1.xlsx")?.used == 1)
    }

    @Test("a merged datum in an .ods: the covered cell's row is rejected saying it lies under a merge")
    func mergedRejectODS() throws {
        let spanning =
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-01-05\" "
            + "table:number-rows-spanned=\"2\"><text:p>05-01-26</text:p></table:table-cell>"
        let rows =
            F.textRow(Self.header) + F.row([F.text("V-1"), spanning, F.text("Enschede")])
            + F.row([F.text("V-2"), "<table:covered-table-cell/>", F.text("Enschede")])
        let name = "verhuringen_corp-a_2026-H1.ods"
        let dataset = try TemporaryInput.ingest([name: .raw(F.ods([("Verhuringen", false, rows)]))])
        #expect(dataset.rejects(in: name).map(\.location.line) == [3])
        #expect(
            dataset.rejects(in: name).first?.reason.hasSuffix(
                "onder een samengevoegde cel; alleen de cel linksboven heeft een waarde)") == true)
        #expect(dataset.lettings.map(\.id) == ["V-1"])
        #expect(dataset.lettings.first?.date == day("2026-01-05"))
    }

    @Test("an XLSX entry name written with \\ as separator is read as /")
    func backslashNames() throws {
        let body = F.sheetData([Self.header, ["V-1", "2026-01-05", "Enschede"]])
        let plain = F.xlsx([("Verhuringen", nil, body)])
        // Rewrite the sheet's entry name in place (same length): xl/worksheets/sheet1.xml -> xl\worksheets\...
        var bytes = plain
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var index = 0
        while index + name.count <= bytes.count {
            if Array(bytes[index..<(index + name.count)]) == name {
                bytes[index + 2] = UInt8(ascii: "\\")
                bytes[index + 13] = UInt8(ascii: "\\")
            }
            index += 1
        }
        #expect(bytes != plain)
        let book = try Workbook(data: Data(bytes), preferredSheet: "verhuringen", limits: Limits())
        #expect(book.table.records.first?.fields == ["V-1", "2026-01-05", "Enschede"])
    }
}
