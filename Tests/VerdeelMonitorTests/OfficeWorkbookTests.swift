import Foundation
import Testing

@testable import VerdeelMonitor

/// Workbooks as offices make them (SPEC.md section 10): a title above the header, a total and a remark under the
/// data, error cells and formulas without a cached value. The workbooks are good/titled.xlsx and
/// good/errors.xlsx of Tests/XLSX/make_corpus.py (see `office()` there for their rows).
@Suite("Office exports: workbooks")
struct OfficeWorkbookTests {
    static let name = "verhuringen_corp-a_2026-H1.xlsx"

    func ingest(_ workbook: String, config: String = TemporaryInput.smallRegion) throws -> Dataset {
        try TemporaryInput.ingest([Self.name: .raw(try XLSXCorpus.bytes("good", workbook))], config: config)
    }

    @Test("a title and an export date above the header on row 4: found, one note; the total and remark skipped")
    func titled() throws {
        let dataset = try ingest("titled")
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 3 && delivery.used == 3 && delivery.rejected == 0 && delivery.isBalanced)
        #expect(Set(dataset.lettings.map(\.id)) == ["T-1", "T-2", "T-3"])
        let notes = dataset.notices(in: Self.name).map { "\($0.location.line ?? 0): \($0.message)" }
        #expect(
            notes.contains(
                "4: kopregel op regel 4; de 2 regels met tekst erboven (een titel, een exportdatum) overgeslagen"))
        #expect(notes.contains("8: totaalregel overgeslagen: geen record"))
        #expect(notes.contains { $0.hasPrefix("9: regel zonder waarde in de verplichte kolommen") })
    }

    @Test("kopregel = 4 reads the same; kopregel = 3 names an empty row and rejects the workbook")
    func fixedHeaderRow() throws {
        let fixed = try ingest("titled", config: OfficeCSVTests.config(profile: "kopregel = 4"))
        #expect(fixed.delivery(at: Self.name)?.used == 3)
        let empty = try ingest("titled", config: OfficeCSVTests.config(profile: "kopregel = 3"))
        #expect(
            empty.rejects(in: Self.name).map(\.reason) == [
                "de kopregel staat volgens profiel 'kolommen' op regel 3 (kopregel = 3), maar die regel is leeg of "
                    + "bestaat niet; het hele bestand is afgewezen"
            ])
    }

    @Test("#N/A error cells in urgentie: five rejects naming the column; the percentage is 5 of 16, not 5 of 21")
    func errorCells() throws {
        let dataset = try ingest("errors")
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 23 && delivery.used == 16 && delivery.rejected == 7 && delivery.isBalanced)
        let rejects = dataset.rejects(in: Self.name)
        #expect(rejects.map(\.location.line) == [7, 8, 9, 10, 11, 23, 24])
        #expect(rejects.prefix(5).allSatisfy { $0.reason == "'urgentie' is een Excel-fout (#N/A)" })
        #expect(
            rejects[5].reason
                == "'datum' is een formule zonder opgeslagen uitkomst; open de werkmap in Excel of LibreOffice en "
                + "sla haar opnieuw op")
        #expect(rejects[6].reason == "'gemeente' is een Excel-fout (#DIV/0!)")
        // E-21's #REF! stands in 'opmerking', which the monitor does not read: a regular letting.
        #expect(dataset.lettings.contains { $0.id == "E-21" && $0.urgency == nil })
        let history = Aggregation.history(dataset, config: try RegionConfig.parse(TemporaryInput.smallRegion))
        let enschede = history.of(MunicipalityCode("GM0153")!, in: "2026-H1").indicators
        #expect(enschede.mutaties == 16 && enschede.gehuisvest.total == 5 && enschede.percentage == 31.25)
    }

    @Test("the workbook and the CSV form of the silent case give the same rejects and account")
    func sameAsCSV() throws {
        let csv = try TemporaryInput.ingest(
            [OfficeCSVTests.name: .text(OfficeCSVTests.silentCase)], config: TemporaryInput.smallRegion)
        let xlsx = try ingest("errors")
        let csvReasons = csv.rejects.filter { $0.reason.contains("Excel-fout (#N/A)") }.map(\.location.line)
        let xlsxReasons = xlsx.rejects.filter { $0.reason.contains("Excel-fout (#N/A)") }.map(\.location.line)
        #expect(csvReasons == xlsxReasons && csvReasons == [7, 8, 9, 10, 11])
    }
}

/// `inspect` on an office export: the rows skipped above the header, the total rows, the error values per
/// column (counts, never values).
@Suite("inspect: office exports")
struct OfficeInspectTests {
    func lines(_ name: String, _ bytes: [UInt8]) throws -> [String] {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return Inspection.lines(path: path, config: nil)
    }

    @Test("a titled CSV with totals and #N/A: the counts and lines, no identifier or date printed")
    func csv() throws {
        let csv =
            "Overzicht\nExport 2026\nverhuring_id;datum;gemeente;urgentie;opmerking\nV-1;2026-01-05;Enschede;#N/A;\n"
            + "V-2;2026-01-05;Enschede;#N/A;#REF!\nV-3;2026-01-05;Enschede;DG;\nTotaal;;;;\n"
        let lines = try lines(OfficeCSVTests.name, Array(csv.utf8))
        #expect(lines.contains("kopregel (regel 3): 'verhuring_id', 'datum', 'gemeente', 'urgentie', 'opmerking'"))
        #expect(lines.contains("  boven de kopregel overgeslagen: 2 regels met tekst"))
        #expect(lines.contains("  totaalregels (geen records, tellen nergens mee): 1, op regel 7"))
        // V-1, V-2 and V-3: the total row is no record, and its empty urgentie is no value of one.
        #expect(lines.contains("records: 3"))
        #expect(lines.contains("    'DG' (1x) -> DG (wettelijke categorie)"))
        #expect(!lines.contains { $0.hasPrefix("    (leeg) ") })
        #expect(lines.contains("  Excel-fouten in kolom 'urgentie': #N/A 2x (die regels worden afgewezen)"))
        #expect(lines.contains("  Excel-fouten in kolom 'opmerking': #REF! 1x (kolom niet gelezen: genegeerd)"))
        #expect(lines.contains("    '#N/A' (2x) -> Excel-fout: de regel wordt afgewezen"))
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("V-1") && !text.contains("2026-01-05"))
        #expect(!text.contains("\"#N/A\" = \"\""))  // an error value is no label for the skeleton
    }

    @Test("a workbook with error cells and a formula without a cached value: counted per column")
    func workbook() throws {
        let lines = try lines(OfficeWorkbookTests.name, try XLSXCorpus.bytes("good", "errors"))
        #expect(lines.contains("  boven de kopregel: niets overgeslagen"))
        #expect(lines.contains("  totaalregels: geen"))
        #expect(lines.contains("  Excel-fouten in kolom 'urgentie': #N/A 5x (die regels worden afgewezen)"))
        #expect(
            lines.contains("  Excel-fouten in kolom 'datum': formule zonder uitkomst 1x (die regels worden afgewezen)"))
        #expect(lines.contains("  Excel-fouten in kolom 'gemeente': #DIV/0! 1x (die regels worden afgewezen)"))
        #expect(lines.contains("  Excel-fouten in kolom 'opmerking': #REF! 1x (kolom niet gelezen: genegeerd)"))
    }

    @Test("a binary Office file named .csv: inspect says what it is and prints none of its bytes")
    func binary() throws {
        let lines = try lines(
            "verhuringen_corp-a_2026-H1.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0x41])
        #expect(
            lines.last?.hasSuffix(
                "het bestand is een binair Office-document, geen werkmap; lever een Excel-werkmap (.xlsx), een OpenDocument-rekenblad (.ods) of CSV"
            ) == true)
        #expect(lines.count == 3)
    }
}
