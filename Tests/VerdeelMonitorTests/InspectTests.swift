import Foundation
import Testing

@testable import VerdeelMonitor

/// `verdeelmonitor inspect FILE`: sheets, header, records, contract columns found and not, the values of the
/// code columns with their meaning, a [[profiel]] skeleton; never a value of an identifier column or a date.
@Suite("inspect")
struct InspectTests {
    func write(_ name: String, _ bytes: [UInt8]) throws -> (folder: String, path: String) {
        let folder = Paths.temporaryFolder()
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test("on a workbook: sheets, the header row, records, columns, code values; no ids, no dates")
    func workbook() throws {
        let (folder, path) = try write("verhuringen_corp-a_2026-H1.xlsx", try XLSXCorpus.bytes("good", "cells"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = Inspection.lines(path: path, config: nil)
        let text = lines.joined(separator: "\n")
        #expect(lines.contains("werkbladen: 'Toelichting', 'Verhuringen'; gelezen: 'Verhuringen'"))
        #expect(
            text.contains("kopregel (regel 3): 'verhuring_id', 'datum', 'gemeente', 'urgentie', 'klein_betaalbaar'"))
        #expect(lines.contains("records: 5"))
        #expect(lines.contains("  gevonden: verhuring_id (verplicht) in kolom 'verhuring_id'"))
        #expect(lines.contains("  NIET gevonden: urgentienummer (optioneel)"))
        // urgentie holds MO (row 4), the error #N/A (row 5), empty (rows 8, 9) and DG (row 10).
        #expect(lines.contains("    (leeg) (2x) -> leeg: reguliere woningzoekende"))
        #expect(lines.contains("    '#N/A' (1x) -> Excel-fout: de regel wordt afgewezen"))
        #expect(lines.contains("    'MO' (1x) -> MO (wettelijke categorie)"))
        #expect(lines.contains("    'DG' (1x) -> DG (wettelijke categorie)"))
        for secret in ["V-1", "12345", "V-3", "V-5", "2026-01-01", "2026-02-01", "15-03-2026"] {
            #expect(!text.contains(secret), "inspect printed \(secret)")
        }
    }

    @Test("on a CSV file with the sender's own names: what it could not match, and a [[profiel]] skeleton")
    func csvSkeleton() throws {
        let csv =
            "Contractnummer;Datum;Gemeente;Voorrangscategorie\nC-1;2026-01-05;Enschede;Mantelzorg\nC-2;2026-01-06;Enschede;MZ\n"
        let (folder, path) = try write("export.csv", Array(csv.utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = Inspection.lines(path: path, config: nil)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("de bestandsnaam past niet"))
        #expect(lines.contains("kolommen van het contract voor verhuringen:"))
        #expect(lines.contains("kolommen van het contract voor urgentie:"))
        #expect(lines.contains("  NIET gevonden: verhuring_id (verplicht)"))
        #expect(text.contains("kolommen die het contract niet kent: 'Contractnummer', 'Voorrangscategorie'"))
        #expect(lines.contains("[[profiel]]"))
        #expect(lines.contains("verhuring_id = \"\""))
        #expect(!text.contains("C-1") && !text.contains("2026-01-05"))
    }

    @Test("with a profile from the configuration: labels shown with what they map to, unknown ones in the skeleton")
    func withProfile() throws {
        let csv =
            "Contractnummer;Ingangsdatum huurcontract;Gemeente;Voorrangscategorie\nC-1;2026-01-05;Enschede;Mantelzorg\nC-2;2026-01-06;Enschede;Spoedzoeker\n"
        let (folder, path) = try write("verhuringen_corp-a_2026-H1.csv", Array(csv.utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = try RegionConfig.parse(ProfileTests.config)
        let lines = Inspection.lines(path: path, config: config)
        #expect(lines.contains("profiel: 'woonsysteem' (van bron corp-a in de configuratie)"))
        #expect(lines.contains("  gevonden: verhuring_id (verplicht) in kolom 'Contractnummer'"))
        #expect(lines.contains("    'Mantelzorg' (1x) -> MZ (wettelijke categorie) via het profiel"))
        #expect(lines.contains("    'Spoedzoeker' (1x) -> onbekende urgentiecode: afgewezen"))
        #expect(lines.contains("\"Spoedzoeker\" = \"\""))
    }

    @Test("a file without a header row: its first record's identifiers and dates are not printed as names")
    func noHeader() throws {
        let csv = "V-1001;2026-01-05;Enschede;MZ\nV-1002;2026-01-06;Enschede;\n"
        let (folder, path) = try write("verhuringen_corp-a_2026-H1.csv", Array(csv.utf8))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = Inspection.lines(path: path, config: nil).joined(separator: "\n")
        #expect(!text.contains("1001") && !text.contains("2026-01-05") && !text.contains("1002"))
        #expect(text.contains("(een naam met cijfers, niet getoond)"))
    }

    @Test("the command: verdeelmonitor inspect FILE prints the same and exits 0")
    func command() throws {
        let (folder, path) = try write("verhuringen_corp-a_2026-H1.xlsx", try XLSXCorpus.bytes("good", "cells"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try Subprocess.run(Paths.executable, ["inspect", path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("gelezen: 'Verhuringen'"))
        #expect(!outcome.stdout.contains("V-1"))
    }
}
