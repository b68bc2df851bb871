import Foundation
import Testing

@testable import VerdeelMonitor

/// The shorter colofon: per soort the deliveries used and their periods, every delivery with a problem, the
/// CBS households source; the complete list with SHA-256 on screen only, in a collapsed `<details>`.
@Suite("Colofon")
struct ColofonTests {
    @Test("SampleData: deliveries per soort, the files with rejects, the CBS file; the full list not printed")
    func sample() async throws {
        let report = try ReportRenderingTests.sampleReport()
        let view = ColofonView(report: report)
        // By hand from SampleData/exports: 50 member registers + Deventer's, GM0193 v1 superseded by v2 (51);
        // 4 corporations x 5 periods of lettings (20); 4 corporations x 2 periods of voorraad (8); 4 corporations
        // x 3 periods of zoekers (12: kopwonen's 2026-H1 v1 is superseded by its v2, SampleData/README.md fault i).
        #expect(view.soorten.map(\.soort) == ["urgentie", "verhuringen", "voorraad", "zoekers"])
        #expect(view.soorten.map(\.aantal) == ["51", "20", "8", "12"])
        #expect(view.soorten[3].perioden == "2025-H1 tot en met 2026-H1 (3 halfjaren)")
        #expect(view.soorten[0].perioden == "2024-H1 tot en met 2026-H1 (5 halfjaren)")
        #expect(view.soorten[2].perioden == "2025-H2 tot en met 2026-H1 (2 halfjaren)")
        // SampleData/README.md, faults c1 to c4 and h: one rejected row in each of five files.
        #expect(
            view.problemen.map(\.bestand) == [
                "urgentie_GM0166_2026-H1.csv", "verhuringen_kopwonen_2026-H1.csv",
                "verhuringen_sallandhuis_2026-H1.csv", "verhuringen_vechtlanden-wonen_2025-H2.csv",
                "zoekers_woonkracht_2026-H1.csv",
            ])
        #expect(view.problemen.first?.wat.hasPrefix("1 van de ") == true)
        #expect(view.huishoudens == "CBS-tabel 71486ned, cbs/71486ned.csv, peiljaar 2024 (1 januari)")
        let cbs = try #require(
            FileManager.default.contents(atPath: Paths.root.appendingPathComponent("SampleData/cbs/71486ned.csv").path))
        #expect(view.huishoudensSHA256 == Fingerprint.sha256(cbs))
        let html = try await ReportFixture.render(report)
        let colofon = try #require(html.range(of: "<footer id=\"colofon\"")).lowerBound
        let footer = String(html[colofon...])
        let details = try #require(footer.range(of: "<details class=\"niet-printen\">"))
        // Every SHA-256 of a delivery is inside the collapsed details, none before it.
        let delivery = try #require(report.dataset.deliveries.first { $0.status == .gebruikt })
        #expect(footer[details.upperBound...].contains(delivery.sha256))
        #expect(!footer[..<details.lowerBound].contains(delivery.sha256))
        #expect(html.contains("nav.inhoud, .overslaan, .niet-printen { display: none; }"))
    }
}
