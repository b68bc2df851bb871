import Foundation
import Testing

@testable import VerdeelMonitor

/// OpenDocument spreadsheets (SPEC.md section 10): each value type, repeats, covered cells, paragraphs, error
/// cells and formulas without a value, and the same bounds as an `.xlsx`. The files are written by
/// `OfficeFiles`; every expected value is worked out from the XML the test writes.
@Suite("ODS cells")
struct ODSTests {
    typealias F = OfficeFiles

    func read(_ rows: String, limits: Limits = Limits()) throws -> DeliveryTable {
        try Workbook(data: Data(F.ods([("Blad1", false, rows)])), preferredSheet: nil, limits: limits).table
    }

    @Test("each value type: float, percentage and currency by office:value, date by its date part, booleans")
    func valueTypes() throws {
        let table = try read(
            F.textRow(["a", "b", "c", "d", "e", "f", "g", "h"])
                + F.row([
                    F.valued("float", "12345", shown: "12.345"), F.valued("float", "2.5", shown: "2,5"),
                    F.valued("percentage", "0.25", shown: "25%"), F.valued("currency", "1250", shown: "€ 1.250"),
                    F.valued("date", "2026-01-15T10:30:00", shown: "15-01-26"), F.valued("date", "2026-02-01"),
                    F.valued("boolean", "true", shown: "WAAR"), F.valued("boolean", "false", shown: "ONWAAR"),
                ]))
        #expect(table.header == ["a", "b", "c", "d", "e", "f", "g", "h"])
        #expect(table.headerLine == 1)
        #expect(table.records.map(\.line) == [2])
        #expect(
            table.records.first?.fields == [
                "12345", "2.5", "0.25", "1250", "2026-01-15", "2026-02-01", "TRUE", "FALSE",
            ])
    }

    @Test("paragraphs joined by a line break; text:s, text:tab, text:line-break; a comment is no text")
    func paragraphs() throws {
        let cell =
            "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>commentaar</text:p>"
            + "</office:annotation><text:p>Regel een</text:p><text:p>Regel<text:s text:c=\"3\"/>twee<text:tab/>x"
            + "<text:line-break/>y</text:p></table:table-cell>"
        let collapsed = "<table:table-cell office:value-type=\"string\"><text:p>a   b</text:p></table:table-cell>"
        let table = try read(F.textRow(["kop", "kop2"]) + F.row([cell, collapsed]))
        #expect(table.records.first?.fields == ["Regel een\nRegel   twee\tx\ny", "a b"])
    }

    @Test("an error cell is its error text; a formula without a value is the uncached-formula marker")
    func errorsAndFormulas() throws {
        let error =
            "<table:table-cell table:formula=\"of:=NA()\" office:value-type=\"string\" office:string-value=\"\" "
            + "calcext:value-type=\"error\"><text:p>#N/A</text:p></table:table-cell>"
        let noValue = "<table:table-cell table:formula=\"of:=[.A1]*2\"/>"
        let typeWithoutValue = "<table:table-cell table:formula=\"of:=1+1\" office:value-type=\"float\"/>"
        let cached = "<table:table-cell table:formula=\"of:=1+1\" office:value-type=\"float\" office:value=\"2\"/>"
        let table = try read(F.textRow(["a", "b", "c", "d"]) + F.row([error, noValue, typeWithoutValue, cached]))
        #expect(
            table.records.first?.fields == [
                "#N/A", ExcelError.uncachedFormula, ExcelError.uncachedFormula, "2",
            ])
    }

    @Test("repeats expand as far as they hold values; LibreOffice's padding to row 1,048,576 costs nothing")
    func repeats() throws {
        // Row 1 the header, row 2 repeated 3 times (rows 2-4), then 1,048,570 empty rows of 16,384 empty cells
        // (rows 5-1,048,574), then row 1,048,575 with a value, then padding to the end of the grid.
        let padding = F.row([F.empty(columns: 16384)], repeated: 1_048_570)
        let data = F.row(
            [
                F.text("A"), F.empty(columns: 2),
                F.valued("float", "7").replacingOccurrences(
                    of: "<table:table-cell ", with: "<table:table-cell table:number-columns-repeated=\"2\" "),
                F.empty(columns: 16379),
            ], repeated: 3)
        let clock = ContinuousClock.now
        let table = try read(
            F.textRow(["a", "b", "c", "d", "e"]) + data + padding + F.textRow(["laatste"])
                + F.row([F.empty(columns: 16384)], repeated: 1))
        #expect(ContinuousClock.now - clock < .seconds(5))
        #expect(table.records.map(\.line) == [2, 3, 4, 1_048_575])
        #expect(table.records.first?.fields == ["A", "", "", "7", "7"])
        #expect(table.records.last?.fields == ["laatste"])
    }

    @Test("repeated values that expand past the part cap are refused, not expanded")
    func repeatsCapped() throws {
        let wide = F.text(String(repeating: "x", count: 100)).replacingOccurrences(
            of: "<table:table-cell ", with: "<table:table-cell table:number-columns-repeated=\"16384\" ")
        var limits = Limits()
        limits.xlsxPartBytes = 1024 * 1024
        #expect(throws: XLSXError.repeatsTooLarge(part: "content.xml", limit: 1024 * 1024)) {
            try read(F.textRow(["a"]) + F.row([wide], repeated: 1000), limits: limits)
        }
    }

    @Test("covered cells are empty, even when LibreOffice kept their content, and lie under the merge")
    func coveredCells() throws {
        let spanning =
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-01\" "
            + "table:number-rows-spanned=\"2\" table:number-columns-spanned=\"2\"><text:p>01-03-26</text:p>"
            + "</table:table-cell>"
        let kept =
            "<table:covered-table-cell office:value-type=\"string\"><text:p>oud</text:p></table:covered-table-cell>"
        let table = try read(
            F.textRow(["id", "datum", "x", "y"]) + F.row([F.text("V-1"), spanning, kept, F.text("y1")])
                + F.row([
                    F.text("V-2"), "<table:covered-table-cell table:number-columns-repeated=\"2\"/>", F.text("y2"),
                ]))
        #expect(table.records.map(\.fields) == [["V-1", "2026-03-01", "", "y1"], ["V-2", "", "", "y2"]])
        #expect(table.merged.ranges == [MergedCells.Range(rows: 2...3, columns: 1...2)])
        #expect(table.merged.rowsUnderMerge(column: 1).contains(3))
        #expect(!table.merged.rowsUnderMerge(column: 1).contains(2))  // the top-left cell holds the value
        #expect(table.merged.rowsUnderMerge(column: 2).contains(2))
    }

    @Test("a DOCTYPE with an external entity is refused in content.xml before libxml2 reads it")
    func doctypeRefused() throws {
        let prolog = "<!DOCTYPE office:document-content [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        let bytes = F.ods([("Blad1", false, F.textRow(["&x;"]))], prolog: prolog)
        #expect(throws: XLSXError.documentType(part: "content.xml")) {
            try Workbook(data: Data(bytes), preferredSheet: nil, limits: Limits())
        }
        // An entity reference without a declaration is no well-formed XML: nothing is looked up.
        let undeclared = F.ods([("Blad1", false, F.textRow(["&x;"]))])
        #expect(throws: XLSXError.notWellFormed(part: "content.xml")) {
            try Workbook(data: Data(undeclared), preferredSheet: nil, limits: Limits())
        }
    }

    @Test("a ZIP bomb in content.xml is stopped at the part cap")
    func zipBomb() throws {
        // 1 + 258 * 8192 = 2,113,537 spaces from about 13 KB: past a cap of 1 MB.
        var bomb = OfficeFiles.ZipEntry(name: "content.xml")
        bomb.deflated = F.deflateBomb(copies: 8192)
        bomb.size = 1 + 258 * 8192
        let bytes = F.zip([.stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), bomb])
        #expect(bytes.count < 20_000)
        var limits = Limits()
        limits.xlsxPartBytes = 1024 * 1024
        #expect(throws: XLSXError.partTooLarge(part: "content.xml", limit: 1024 * 1024)) {
            try Workbook(data: Data(bytes), preferredSheet: nil, limits: limits)
        }
    }

    @Test("a password-protected .ods (encryption data in its manifest, stored as META-INF\\manifest.xml)")
    func encryptedODS() throws {
        let bytes = F.ods([("Blad1", false, F.textRow(["a"]))], encrypted: true, separator: "\\")
        #expect(throws: XLSXError.compoundFile(.encryptedWorkbook)) {
            try Workbook(data: Data(bytes), preferredSheet: nil, limits: Limits())
        }
    }

    @Test("an OpenDocument text document is no spreadsheet")
    func notSpreadsheet() throws {
        let bytes = F.zip([.stored("mimetype", "application/vnd.oasis.opendocument.text")])
        #expect(throws: XLSXError.notSpreadsheet) {
            try Workbook(data: Data(bytes), preferredSheet: nil, limits: Limits())
        }
    }
}
