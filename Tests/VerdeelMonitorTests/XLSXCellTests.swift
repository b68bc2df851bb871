import Foundation
import Testing

@testable import VerdeelMonitor

/// Reading workbooks (SPEC.md section 7): each cell type worked by hand, the sheet choice, empty rows and the
/// row number in a reject. The workbooks are written by Tests/XLSX/make_corpus.py (see its docstrings).
@Suite("XLSX cells")
struct XLSXCellTests {
    static let name = "verhuringen_corp-a_2026-H1.xlsx"

    func workbook(_ name: String, soort: String? = "verhuringen") throws -> Workbook {
        let data = Data(try XLSXCorpus.bytes("good", name))
        return try Workbook(data: data, preferredSheet: soort, limits: Limits())
    }

    @Test("every cell type of good/cells.xlsx, read by hand from the generator's docstring")
    func cellTypes() throws {
        let book = try workbook("cells")
        #expect(book.sheetNames == ["Toelichting", "Verhuringen"])
        #expect(book.sheet == "Verhuringen")
        let table = book.table
        // Rows 1 and 2 hold no value: the header is row 3.
        #expect(table.headerLine == 3)
        #expect(table.header == ["verhuring_id", "datum", "gemeente", "urgentie", "klein_betaalbaar"])
        // Row 6 (formatted but empty cells) and row 7 (absent) are no records.
        #expect(table.records.map(\.line) == [4, 5, 8, 9, 10])
        let fields = table.records.map(\.fields)
        // Row 4: shared string, built-in date 14 (46023 = 2026-01-01), inline rich text, shared rich text (the
        // phonetic run left out), boolean TRUE.
        #expect(fields[0] == ["V-1", "2026-01-01", "Enschede", "MO", "TRUE"])
        // Row 5: whole number without '.0', custom dd/mm/yyyy (46054 = 2026-02-01), shared string, the error cell
        // #N/A as its text (SPEC.md section 10), FALSE.
        #expect(fields[1] == ["12345", "2026-02-01", "Hengelo", "#N/A", "FALSE"])
        // Row 8: formula by its cached string, a text date as written, the number 1 as '1'.
        #expect(fields[2] == ["V-3", "15-03-2026", "Tubbergen", "", "1"])
        // Row 9: a formula without a cached value is the uncached-formula text, never empty.
        #expect(fields[3] == ["V-4", ExcelError.uncachedFormula, "Enschede"])
        // Row 10: a time of day is dropped; a cell without r follows the previous one (E).
        #expect(fields[4] == ["V-5", "2026-01-01", "GM0153", "DG", "nee"])
    }

    @Test("the sheet named like the soort, case-insensitively; else the first one")
    func sheetChoice() throws {
        #expect(try workbook("cells", soort: "VERHURINGEN").sheet == "Verhuringen")
        #expect(try workbook("cells", soort: "urgentie").sheet == "Toelichting")
        #expect(try workbook("cells", soort: nil).sheet == "Toelichting")
    }

    @Test("the 1904 date system: serial 44561 is 2026-01-01")
    func date1904() throws {
        // 1904-01-01 + 44561 days: 1904-01-01 is serial 1462 of the 1900 system, 46023 - 1462 = 44561.
        let table = try workbook("date1904").table
        #expect(table.records.first?.fields[1] == "2026-01-01")
    }

    @Test("1900 system around the day that never was: 59 = 1900-02-28, 61 = 1900-03-01")
    func early1900() throws {
        let table = try workbook("early1900").table
        #expect(table.records.first?.fields == ["1900-02-28", "1900-03-01"])
    }

    @Test("Excel serials by hand: 1 = 1900-01-01, 60 is no day, 46023 = 2026-01-01, 1904: 0 = 1904-01-01")
    func serials() {
        #expect(ExcelDate.day(serial: 1, date1904: false)?.description == "1900-01-01")
        #expect(ExcelDate.day(serial: 60, date1904: false) == nil)
        #expect(ExcelDate.day(serial: 0, date1904: false) == nil)
        #expect(ExcelDate.day(serial: 46023, date1904: false)?.description == "2026-01-01")
        #expect(ExcelDate.day(serial: 0, date1904: true)?.description == "1904-01-01")
        // 9999-12-31 is serial 2958465 (days from 1899-12-30); one more is no day.
        #expect(ExcelDate.day(serial: 2_958_465, date1904: false)?.description == "9999-12-31")
        #expect(ExcelDate.day(serial: 2_958_466, date1904: false) == nil)
        #expect(ExcelDate.day(serial: -1, date1904: false) == nil)
    }

    @Test("custom formats: d, m and y outside quotes and brackets make a date")
    func customFormats() {
        #expect(CellFormats.isDateCode("dd/mm/yyyy"))
        #expect(CellFormats.isDateCode("[$-413]d mmmm yyyy;@"))
        #expect(CellFormats.isDateCode("yyyy\\-mm\\-dd"))
        #expect(!CellFormats.isDateCode("\"dag\"\\ 0.00"))
        #expect(!CellFormats.isDateCode("0.00"))
        #expect(!CellFormats.isDateCode("[Red]0;\"dmy\""))
        #expect(!CellFormats.isDateCode("h:mm"))
    }

    @Test("cell references: letters to a column, beyond XFD or malformed is none")
    func references() {
        #expect(SheetReader.column(of: "A1") == 0)
        #expect(SheetReader.column(of: "$AB$12") == 27)
        #expect(SheetReader.column(of: "XFD1") == 16_383)
        #expect(SheetReader.column(of: "XFE1") == nil)
        #expect(SheetReader.column(of: "1A") == nil)
        #expect(SheetReader.columnName(27) == "AB")
    }

    @Test("ingested: the records are lettings; the #N/A row 5 and the formula row 9 are rejected by name")
    func ingested() throws {
        let data = Data(try XLSXCorpus.bytes("good", "cells"))
        let dataset = try TemporaryInput.ingest([Self.name: .raw([UInt8](data))])
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 5 && delivery.used == 3 && delivery.rejected == 2 && delivery.isBalanced)
        #expect(delivery.sha256 == Fingerprint.sha256(data))
        let rejects = dataset.rejects(in: Self.name)
        #expect(rejects.map(\.location.line) == [5, 9])
        #expect(rejects.first?.reason == "'urgentie' is een Excel-fout (#N/A)")
        #expect(rejects.last?.reason.hasPrefix("'datum' is een formule zonder opgeslagen uitkomst") == true)
        let byId = Dictionary(uniqueKeysWithValues: dataset.lettings.map { ($0.id, $0) })
        #expect(byId["V-1"]?.urgency == .mo && byId["V-1"]?.smallAffordable == true)
        #expect(byId["12345"] == nil)
        #expect(byId["V-3"]?.date.description == "2026-03-15" && byId["V-3"]?.smallAffordable == true)
        #expect(byId["V-5"]?.urgency == .dg && byId["V-5"]?.smallAffordable == false)
    }
}
