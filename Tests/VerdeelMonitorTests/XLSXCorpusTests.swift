import Foundation
import Testing

@testable import VerdeelMonitor

/// The broken-workbook corpus (Tests/XLSX/make_corpus.py, `hostile/`): every workbook is refused, whole or in
/// the row where the fault is, with a message that says what is wrong; nothing crashes, no entity is resolved,
/// a zip bomb is stopped by the cap while it inflates, and the other delivery in the folder is still read.
@Suite("XLSX hostile corpus")
struct XLSXCorpusTests {
    static let name = "verhuringen_corp-a_2026-H1.xlsx"
    static let other = "verhuringen_corp-b_2026-H1.csv"

    /// A region with a cap of 1 MB per workbook part, so the 64 MiB bombs are bombs, and 1 KB per cell.
    static let config = RegioTOML(
        code: "test", naam: "Testregio",
        gemeenten: [.init(code: "GM0153", naam: "Enschede", huishoudens: 80000)],
        corporaties: [.init(code: "corp-a", naam: "A"), .init(code: "corp-b", naam: "B")]
    ).with("limieten", "xlsx_deel_mb = 1", "veld_kb = 1").text

    /// Whole-file rejects: the corpus file and a fragment of its message.
    static let wholeFile: [(String, String)] = [
        ("not_zip", "het is geen ZIP-archief"),
        ("empty", "het is geen ZIP-archief"),
        ("ole_xls", "een oud Excel-bestand (.xls)"),
        ("ole_encrypted", "met een wachtwoord versleuteld"),
        ("ods", "een OpenDocument-rekenblad (.ods)"),
        ("no_worksheet", "de werkmap bevat geen werkblad"),
        ("missing_workbook", "het onderdeel xl/workbook.xml ontbreekt"),
        ("missing_sheet_part", "het onderdeel xl/worksheets/sheet1.xml ontbreekt"),
        ("sheet_not_wellformed", "xl/worksheets/sheet1.xml van de werkmap is geen geldige XML"),
        ("shared_not_wellformed", "xl/sharedStrings.xml van de werkmap is geen geldige XML"),
        ("truncated_zip", "het ZIP-archief is niet te lezen"),
        ("zip_bomb", "xl/worksheets/sheet1.xml van de werkmap is uitgepakt groter dan 1 MB"),
        ("zip_bomb_lying_header", "xl/worksheets/sheet1.xml van de werkmap is uitgepakt groter dan 1 MB"),
        ("bzip2_compression", "met een methode die niet wordt ondersteund"),
        ("corrupt_deflate", "xl/worksheets/sheet1.xml van de werkmap is beschadigd"),
        ("crc_mismatch", "xl/worksheets/sheet1.xml van de werkmap is beschadigd"),
        ("deflate_runs_past_end", "xl/worksheets/sheet1.xml van de werkmap is beschadigd"),
        ("stored_block_swallows_directory", "xl/worksheets/sheet1.xml van de werkmap is beschadigd"),
        ("xxe", "xl/worksheets/sheet1.xml van de werkmap bevat een DOCTYPE of entiteiten"),
        ("billion_laughs", "xl/sharedStrings.xml van de werkmap bevat een DOCTYPE of entiteiten"),
        ("doctype_after_comment", "xl/worksheets/sheet1.xml van de werkmap bevat een DOCTYPE"),
        ("entity_in_workbook", "xl/workbook.xml van de werkmap bevat een DOCTYPE"),
        ("deep_nesting", "xl/worksheets/sheet1.xml van de werkmap is geen geldige XML (of te diep genest)"),
        ("rows_out_of_order", "de rijen van het werkblad staan niet op volgorde (rij 4)"),
        ("empty_sheet", "het werkblad 'Verhuringen' is leeg: geen kopregel"),
    ]

    /// Row rejects: the corpus file, the rejected rows and a fragment of their message.
    static let perRow: [(String, [Int], String)] = [
        ("wide_row", [2], "de rij heeft een cel voorbij kolom XFD"),
        ("shared_index_out_of_range", [3], "verwijst naar een gedeelde tekst die niet bestaat"),
        ("cell_reference_out_of_range", [2], "celverwijzing 'XFE2' is ongeldig of ligt buiten het werkblad"),
        ("formula_without_value", [2], "'datum' is een formule zonder opgeslagen uitkomst"),
        ("date_serial_out_of_range", [2, 3], "datumgetal dat geen bestaande dag is"),
        ("long_cell", [2], "cel in kolom C is langer dan 1 KB ([limieten] veld_kb)"),
    ]

    func ingest(_ corpusName: String) throws -> Dataset {
        try TemporaryInput.ingest(
            [
                Self.name: .raw(try XLSXCorpus.bytes("hostile", corpusName)),
                Self.other: "verhuring_id;datum;gemeente\nB-1;2026-01-05;Enschede\n",
            ], config: Self.config)
    }

    @Test("the corpus holds at least 20 hostile workbooks, and the tests cover every one")
    func corpusSize() throws {
        let folder = try #require(XLSXCorpus.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/hostile").filter {
            $0.hasSuffix(".xlsx")
        }
        #expect(files.count >= 20)
        let covered = Set(Self.wholeFile.map(\.0) + Self.perRow.map(\.0))
        #expect(Set(files.map { String($0.dropLast(5)) }) == covered)
    }

    @Test("refused as a whole with a message that says why; the other delivery is read", arguments: wholeFile)
    func refusedWhole(_ corpusName: String, _ message: String) throws {
        let dataset = try ingest(corpusName)
        let rejects = dataset.rejects(in: Self.name)
        #expect(rejects.count == 1)
        #expect(rejects.first?.reason.contains(message) == true, "\(rejects.map(\.reason))")
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.rejectedAsFile && !delivery.isUsable && delivery.isBalanced)
        #expect(dataset.delivery(at: Self.other)?.used == 1)
        #expect(dataset.lettings.map(\.id) == ["B-1"])
    }

    @Test("refused in the row where the fault is, with its row number; the other rows are read", arguments: perRow)
    func refusedRow(_ corpusName: String, _ rows: [Int], _ message: String) throws {
        let dataset = try ingest(corpusName)
        let rejects = dataset.rejects(in: Self.name)
        #expect(rejects.map(\.location.line) == rows.map(Optional.some))
        #expect(rejects.allSatisfy { $0.reason.contains(message) }, "\(rejects.map(\.reason))")
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(!delivery.rejectedAsFile && delivery.rejected == rows.count && delivery.isBalanced)
        #expect(dataset.delivery(at: Self.other)?.used == 1)
    }

    @Test("a zip bomb is stopped by the cap while it inflates: never more than the cap in memory")
    func bombStopsAtCap() throws {
        let data = Data(try XLSXCorpus.bytes("hostile", "zip_bomb_lying_header"))
        let archive = try WorkbookArchive(data: data, partLimit: 1024 * 1024)
        #expect(throws: XLSXError.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1024 * 1024)) {
            try archive.part("xl/worksheets/sheet1.xml")
        }
        // Under the default cap of 200 MB the 64 MiB part inflates whole (and holds no rows).
        let roomy = try WorkbookArchive(data: data, partLimit: Limits().xlsxPartBytes)
        #expect(try roomy.part("xl/worksheets/sheet1.xml")?.count ?? 0 > 64 * 1024 * 1024)
    }

    @Test("no entity is ever resolved: the XXE file's text never reaches a record")
    func noEntity() throws {
        let dataset = try ingest("xxe")
        #expect(!dataset.lettings.contains { $0.id.contains("root") })
        #expect(dataset.delivery(at: Self.name)?.records == 0)
    }
}
