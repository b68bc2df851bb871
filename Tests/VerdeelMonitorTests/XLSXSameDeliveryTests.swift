import Foundation
import Testing

@testable import VerdeelMonitor

/// A workbook and a CSV file with the same rows give the same records, rejects, account and XML figures
/// (SPEC.md section 7). The pair is good/same.csv and good/same.xlsx of Tests/XLSX/make_corpus.py.
@Suite("XLSX and CSV: the same delivery")
struct XLSXSameDeliveryTests {
    static let register =
        "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\nU-1;2026-01-02;DG;toegekend;2026-02-01\n"

    /// The XML of the delivery written as `fileExtension`, with the SHA-256 of the files left out.
    func run(_ fileExtension: String) throws -> (Dataset, String) {
        let folder = try #require(XLSXCorpus.folder)
        let bytes = try #require(FileManager.default.contents(atPath: "\(folder)/good/same.\(fileExtension)"))
        return try TemporaryInput.with(
            config: TemporaryInput.smallRegion,
            files: [
                "verhuringen_corp-a_2026-H1.\(fileExtension)": .raw([UInt8](bytes)),
                "urgentie_GM0153_2026-H1.csv": .text(Self.register),
            ]
        ) { input in
            let intake = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated,
                lettings: .countedAndKept)
            let report = Pipeline.report(intake, period: intake.latest, disclosure: .vertrouwelijk, generated: 0)
            let xml = String(decoding: try MonitorXML.render(report), as: UTF8.self)
            let withoutHashes = xml.replacing(/sha256="[0-9a-f]{64}"/, with: "")
            return (intake.dataset, withoutHashes)
        }
    }

    @Test("the same records, rejects with the same lines and reasons, the same account and XML figures")
    func same() throws {
        let (csv, csvXML) = try run("csv")
        let (xlsx, xlsxXML) = try run("xlsx")
        // By hand: 8 records (the blank line 4 is none); S-4 unknown code (line 6), S-1 repeated (line 9), S-7
        // impossible date (line 10) rejected; S-5 in GM0363 buiten regio; S-1, 1001, S-3 and S-6 used.
        let delivery = try #require(xlsx.delivery(at: "verhuringen_corp-a_2026-H1.xlsx"))
        #expect(delivery.records == 8 && delivery.used == 4 && delivery.rejected == 3 && delivery.outsideRegion == 1)
        #expect(xlsx.rejects.map(\.location.line) == [6, 9, 10])
        #expect(csv.rejects.map(\.location.line) == xlsx.rejects.map(\.location.line))
        #expect(csv.rejects.map(\.reason) == xlsx.rejects.map(\.reason))
        #expect(Set(csv.lettings) == Set(xlsx.lettings))
        #expect(csv.lettings.count == 4)
        let csvDelivery = try #require(csv.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
        let csvAccount: [Int] = [
            csvDelivery.records, csvDelivery.used, csvDelivery.rejected, csvDelivery.outsideRegion,
        ]
        let xlsxAccount: [Int] = [delivery.records, delivery.used, delivery.rejected, delivery.outsideRegion]
        #expect(csvAccount == xlsxAccount)
        #expect(csvXML == xlsxXML)
        #expect(csvXML.contains("<gehuisvest totaal=\"3\""))  // S-1 MZ, 1001 MO, S-6 DG in the region
    }

    @Test("a .csv and an .xlsx of the same delivery: the same delivery found twice, the second by path rejected")
    func foundTwice() throws {
        let folder = try #require(XLSXCorpus.folder)
        let xlsx = try #require(FileManager.default.contents(atPath: "\(folder)/good/same.xlsx"))
        let csv = try #require(FileManager.default.contents(atPath: "\(folder)/good/same.csv"))
        let dataset = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": .raw([UInt8](csv)),
            "verhuringen_corp-a_2026-H1.xlsx": .raw([UInt8](xlsx)),
        ])
        #expect(dataset.deliveries.map(\.path) == ["verhuringen_corp-a_2026-H1.csv"])
        #expect(
            dataset.rejects(in: "verhuringen_corp-a_2026-H1.xlsx").first?.reason.contains("dezelfde levering") == true)
    }
}
