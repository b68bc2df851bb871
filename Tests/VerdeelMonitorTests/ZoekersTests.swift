import Foundation
import Testing

@testable import VerdeelMonitor

/// The soort `zoekers` (SPEC.md section 9) read from files: discovery, versions, rejects with line and reason,
/// the accounting identity, summing, and no completeness requirement.
@Suite("zoekers deliveries")
struct ZoekersTests {
    /// In the small region (Enschede with alias "Gemeente Enschede", Hengelo, Tubbergen):
    /// - corp-a v1 (Enschede 100/10) is replaced by v2;
    /// - corp-a v2: Enschede 120/12 and "Gemeente Enschede" 30/3 (one municipality twice in one file: summed),
    ///   Hengelo 40/4, 0363 (Amsterdam, buiten regio), and four rejects: Almelo (not configured), geslaagd above
    ///   actief, actief "veel", an empty actief; then a blank line (not a record);
    /// - GM0153 (the municipality itself as sender): Enschede 50/5.
    /// So Enschede 200/20, Hengelo 40/4, Tubbergen 0/0.
    static let files: [String: InputBytes] = [
        "zoekers_corp-a_2026-H1.csv": "gemeente;actief;geslaagd\nEnschede;100;10\n",
        "nieuw/zoekers_corp-a_2026-H1_v2.csv": """
        Gemeente,ACTIEF, geslaagd ,opmerking
        Enschede,120,12,x
        Gemeente Enschede,30,3,
        Hengelo,40,4,
        0363,50,5,
        Almelo,10,1,
        Tubbergen,5,6,
        Tubbergen,veel,1,
        Tubbergen,,1

        """,
        "zoekers_GM0153_2026-H1.csv": "gemeente;actief;geslaagd\nGM0153;50;5\n",
        "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente\nV1;2026-02-01;Enschede\n",
    ]

    @Test("versions, the row account and every reject with its line and reason")
    func accounting() throws {
        let data = try TemporaryInput.ingest(Self.files)
        let v1 = try #require(data.delivery(at: "zoekers_corp-a_2026-H1.csv"))
        #expect(v1.status == .vervangen && v1.records == 1 && v1.superseded == 1 && v1.used == 0)
        let v2 = try #require(data.delivery(at: "nieuw/zoekers_corp-a_2026-H1_v2.csv"))
        #expect(v2.name == DeliveryName(soort: .zoekers, bron: "corp-a", period: period("2026-H1"), version: 2))
        #expect(v2.status == .gebruikt)
        #expect([v2.records, v2.used, v2.rejected, v2.outsideRegion, v2.superseded] as [Int] == [8, 3, 4, 1, 0])
        let municipality = try #require(data.delivery(at: "zoekers_GM0153_2026-H1.csv"))
        #expect(municipality.name.bron == "GM0153" && municipality.used == 1)
        for delivery in data.deliveries {
            #expect(delivery.isBalanced, "\(delivery.path)")
        }
        let rejects = data.rejects(in: "nieuw/zoekers_corp-a_2026-H1_v2.csv").map {
            "\($0.location.line ?? 0): \($0.reason)"
        }
        #expect(
            rejects == [
                "6: onbekende gemeente in 'gemeente'",
                "7: 'geslaagd' is groter dan 'actief' (geslaagd telt wie van de actieven een woning kreeg)",
                "8: 'actief' is geen geheel getal van 0 tot en met 1000000",
                "9: verplichte waarde 'actief' ontbreekt",
            ])
        #expect(
            data.notices(in: "nieuw/zoekers_corp-a_2026-H1_v2.csv").map(\.message) == ["kolommen genegeerd: opmerking"])
    }

    @Test("rows for one municipality are summed over rows and senders, never superseded by another period")
    func summed() throws {
        let data = try TemporaryInput.ingest(Self.files)
        let config = try RegionConfig.parse(TemporaryInput.smallRegion)
        let history = Aggregation.history(data, config: config)
        let figures = try #require(history.figures(for: period("2026-H1")))
        #expect(
            figures.municipalities.map { $0.indicators.zoekers } == [
                Zoekers(actief: 200, geslaagd: 20), Zoekers(actief: 40, geslaagd: 4), Zoekers(),
            ])
        #expect(figures.region.zoekers == Zoekers(actief: 240, geslaagd: 24))
        #expect(figures.region.zoekers?.percentage == 10)
    }

    @Test("zoekers are not expected: no zoekers delivery is ever listed as missing")
    func notExpected() throws {
        let data = try TemporaryInput.ingest(Self.files)
        let config = try RegionConfig.parse(TemporaryInput.smallRegion)
        let missing = data.missingDeliveries(for: period("2026-H1"), config: config)
        #expect(!missing.contains { $0.soort == .zoekers })
        #expect(missing.map(\.soort) == [.verhuringen, .urgentie, .urgentie, .urgentie])
    }

    @Test("a zoekers file without a required column is rejected as a whole and gives no slaagkans")
    func missingColumn() throws {
        let data = try TemporaryInput.ingest([
            "zoekers_corp-b_2026-H1.csv": "gemeente;actief\nEnschede;10\nHengelo;4\n",
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente\nV1;2026-02-01;Enschede\n",
        ])
        let delivery = try #require(data.delivery(at: "zoekers_corp-b_2026-H1.csv"))
        #expect(delivery.rejectedAsFile && delivery.rejected == 2 && !delivery.isUsable && delivery.isBalanced)
        #expect(!data.hasSeekers(in: period("2026-H1")))
        #expect(data.rejects(in: "zoekers_corp-b_2026-H1.csv").first?.reason.contains("geslaagd") == true)
    }

    @Test("the XML lists zoekers deliveries in leveringen like the other soorten")
    func leveringen() throws {
        try TemporaryInput.with(config: TemporaryInput.smallRegion, files: Self.files) { input in
            let intake = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated)
            let report = Pipeline.report(
                intake, period: period("2026-H1"), disclosure: .vertrouwelijk, generated: TestTime.generated)
            let xml = String(decoding: try MonitorXML.render(report), as: UTF8.self)
            #expect(XMLTests.validator.problems(in: Array(xml.utf8)) == [])
            #expect(
                xml.contains(
                    #"<levering soort="zoekers" bron="corp-a" periode="2026-H1" versie="2" sha256=""#))
            #expect(
                xml.contains(
                    #"regels="8" afgewezen="4" status="gebruikt" gebruikt="3" buitenRegio="1" vervangen="0"/>"#))
            #expect(xml.contains(#"<slaagkans actief="200" geslaagd="20" percentage="10.00"/>"#))
            #expect(!xml.contains(#"<ontbreekt soort="zoekers""#))
        }
    }
}
