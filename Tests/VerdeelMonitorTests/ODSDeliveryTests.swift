import Foundation
import Testing

@testable import VerdeelMonitor

/// An `.ods` delivery end to end (SPEC.md section 10): the same records, rejects and account as the CSV file
/// with the same rows; one delivery found as `.csv` and `.ods` is found twice; `inspect` reads it.
@Suite("ODS deliveries")
struct ODSDeliveryTests {
    typealias F = OfficeFiles

    /// The register of GM0153 for 2026-H1, by hand: U-1 toegekend (dates as date cells in the .ods), U-2 with an
    /// unknown category (rejected, line 3), U-3 without its datum_aanvraag (rejected, line 5 after an empty
    /// row 4), U-4 afgewezen with a date written as text.
    static let csv =
        "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\n"
        + "U-1;2026-01-02;DG;toegekend;2026-02-01\nU-2;2026-01-03;XX;;\n\nU-3;;MZ;;\nU-4;15-03-2026;MED;afgewezen;2026-04-01\n"

    static var ods: [UInt8] {
        F.ods([
            ("Keuzelijst", true, F.textRow(["DG"]) + F.textRow(["MZ"])),
            (
                "Blad1", false,
                F.textRow(["urgentienummer", "datum_aanvraag", "categorie", "besluit", "datum_besluit"])
                    + F.row([
                        F.text("U-1"), F.valued("date", "2026-01-02", shown: "02-01-26"), F.text("DG"),
                        F.text("toegekend"), F.valued("date", "2026-02-01T00:00:00"), F.empty(columns: 1019),
                    ])
                    + F.row([F.text("U-2"), F.valued("date", "2026-01-03"), F.text("XX"), F.empty(columns: 1021)])
                    + F.row([F.empty(columns: 1024)])
                    + F.row([F.text("U-3"), F.empty(), F.text("MZ")])
                    + F.textRow(["U-4", "15-03-2026", "MED", "afgewezen"]).replacingOccurrences(
                        of: "</table:table-row>", with: F.valued("date", "2026-04-01") + "</table:table-row>")
                    + F.row([F.empty(columns: 1024)], repeated: 1_048_571)
            ),
        ])
    }

    @Test("the same records, rejects (lines and reasons) and account as the CSV file with the same rows")
    func sameAsCSV() throws {
        let fromCSV = try TemporaryInput.ingest(["urgentie_GM0153_2026-H1.csv": .text(Self.csv)])
        let fromODS = try TemporaryInput.ingest(["urgentie_GM0153_2026-H1.ods": .raw(Self.ods)])
        let delivery = try #require(fromODS.delivery(at: "urgentie_GM0153_2026-H1.ods"))
        #expect(delivery.status == .gebruikt)
        #expect(delivery.records == 4 && delivery.used == 2 && delivery.rejected == 2 && delivery.isBalanced)
        #expect(fromODS.rejects.map(\.location.line) == [3, 5])
        #expect(fromODS.rejects.map(\.reason) == fromCSV.rejects.map(\.reason))
        #expect(fromCSV.rejects.map(\.location.line) == [3, 5])
        #expect(fromODS.register == fromCSV.register)
        #expect(fromODS.register.map(\.number) == ["U-1", "U-4"])
        #expect(fromODS.register.last?.applied == day("2026-03-15"))
    }

    @Test("a .csv and an .ods of the same delivery: found twice, the second by path rejected")
    func foundTwice() throws {
        let dataset = try TemporaryInput.ingest([
            "urgentie_GM0153_2026-H1.csv": .text(Self.csv), "urgentie_GM0153_2026-H1.ods": .raw(Self.ods),
        ])
        #expect(dataset.deliveries.map(\.path) == ["urgentie_GM0153_2026-H1.csv"])
        #expect(
            dataset.rejects(in: "urgentie_GM0153_2026-H1.ods").map(\.reason) == [
                "dezelfde levering (urgentie_GM0153_2026-H1) staat al elders in de invoer; dit bestand is niet gelezen"
            ])
    }

    @Test("inspect reads an .ods: its format, the sheets with the hidden one marked, the sheet read")
    func inspect() throws {
        try TemporaryInput.with(
            config: TemporaryInput.smallRegion, files: ["urgentie_GM0153_2026-H1.ods": .raw(Self.ods)]
        ) { input in
            let lines = Inspection.lines(path: input.inputPath + "/urgentie_GM0153_2026-H1.ods", config: nil)
            #expect(lines.contains("formaat: OpenDocument-rekenblad (.ods)"))
            #expect(lines.contains("werkbladen: 'Keuzelijst' (verborgen), 'Blad1'; gelezen: 'Blad1'"))
            #expect(lines.contains("records: 4"))
        }
    }
}
