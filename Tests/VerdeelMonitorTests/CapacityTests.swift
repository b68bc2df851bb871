import Foundation
import Testing

@testable import VerdeelMonitor

/// SPEC.md section 9 for one small region, every figure worked out by hand: regulier, capaciteit and slaagkans.
///
/// TestRegion (minimum 15), noemer `zonder-vergunninghouders`, so mutaties and "all lettings" differ.
///
/// 2026-H1:
/// - Aastad: 20 lettings (MED linked to A1, GGZ, 2 VH, 1 LOK, 15 regular); W1 (MED) and W2 (MZ) are granted and
///   not housed. regulier 15 of 20 = 75.00; mutaties 18; vraag = 2 + 2 = 4; bijMinimum = 15 x 18 / 100 = 2.70;
///   tekort 1.30; nodig = 400 / 18 = 22.22.
/// - Beedorp: 10 lettings (MO, 9 regular): regulier 90.00; vraag 1 (MO counts, although Beedorp's verdeling
///   leaves it out); bijMinimum 1.50; tekort 0.00: the minimum suffices; nodig 10.00.
/// - Ceeveen: 3 VH lettings only, so no mutaties; C1 is granted and waits. regulier 0 of 3 = 0.00; vraag 1;
///   bijMinimum 0.00; tekort 1.00; no nodigPercentage.
/// - Region, from its own totals: regulier 24 of 33 = 72.73; vraag 6; bijMinimum = 15 x 28 / 100 = 4.20;
///   tekort 1.80 (the municipalities' tekorten add up to 2.30); nodig = 600 / 28 = 21.43.
/// - zoekers (two senders): Aastad 100/10 from corp-a and 50/5 from corp-b = 150/15 = 10.00; Beedorp one row
///   0/0 (actief 0: no percentage); Ceeveen no row: 0 and 0. Region 150/15 = 10.00.
///
/// 2025-H2: only Aastad has a letting (one regular); no zoekers delivery, so no slaagkans anywhere. Ceeveen has no
/// lettings at all: regulier 0 without aandeel, vraag 0, tekort 0.00.
struct CapacityTests {
    static let config = TestRegion.config(noemer: .zonderVergunninghouders)

    static func data(zoekers: Bool = true) -> Dataset {
        let aastad = TestRegion.aastad
        let lettings =
            [
                letting("2026-01-10", aastad, .med, number: "A1"), letting("2026-02-10", aastad, .ggz),
                letting("2026-03-01", aastad, .vh), letting("2026-03-02", aastad, .vh),
                letting("2026-03-03", aastad, .lok),
            ]
            + regularLettings(15, aastad)
            + [letting("2026-01-01", TestRegion.beedorp, .mo)] + regularLettings(9, TestRegion.beedorp)
            + (0..<3).map { _ in letting("2026-05-05", TestRegion.ceeveen, .vh) }
            + [letting("2025-10-01", aastad)]
        let register = [
            UrgencyRecord(
                number: "A1", municipality: aastad, applied: day("2025-11-01"), category: .med, besluit: .toegekend,
                decided: day("2025-12-01")),
            UrgencyRecord(
                number: "W1", municipality: aastad, applied: day("2026-01-05"), category: .med, besluit: .toegekend,
                decided: day("2026-02-01")),
            UrgencyRecord(
                number: "W2", municipality: aastad, applied: day("2026-01-05"), category: .mz, besluit: .toegekend,
                decided: day("2026-03-01")),
            UrgencyRecord(
                number: "C1", municipality: TestRegion.ceeveen, applied: day("2026-01-05"), category: .dg,
                besluit: .toegekend, decided: day("2026-01-15")),
        ]
        var data = dataset(
            lettings: lettings, register: register, periods: ["2025-H2", "2026-H1"], config: config)
        // A1 is decided in 2025-H2 and housed in 2026-H1: it waits at the end of 2025-H2 (Aastad's vraag 1 there).
        if zoekers {
            for bron in ["corp-a", "corp-b"] {
                data.deliveries.append(usedDelivery(.zoekers, bron: bron, period: "2026-H1"))
            }
            data.seekers = [
                SeekerCount(municipality: aastad, period: period("2026-H1"), active: 100, succeeded: 10),
                SeekerCount(municipality: aastad, period: period("2026-H1"), active: 50, succeeded: 5),
                SeekerCount(municipality: TestRegion.beedorp, period: period("2026-H1"), active: 0, succeeded: 0),
            ]
        }
        return data
    }

    static func history(_ data: Dataset = data()) -> History { Aggregation.history(data, config: config) }

    @Test("regulier: lettings without an urgentie code, over every letting whatever noemer says")
    func regulier() {
        let history = Self.history()
        let aastad = history.of(TestRegion.aastad, in: "2026-H1").indicators
        #expect(aastad.regulier == 15 && aastad.verhuringen == 20 && aastad.mutaties == 18)
        #expect(Formatting.decimal(aastad.aandeelRegulier!, places: 2) == "75.00")
        let ceeveen = history.of(TestRegion.ceeveen, in: "2026-H1").indicators
        #expect(ceeveen.regulier == 0 && ceeveen.verhuringen == 3 && ceeveen.aandeelRegulier == 0)
        let region = history.region(in: "2026-H1").region
        #expect(region.regulier == 24 && region.verhuringen == 33)
        #expect(Formatting.decimal(region.aandeelRegulier!, places: 2) == "72.73")
        // No lettings at all: no aandeel.
        let none = history.of(TestRegion.ceeveen, in: "2025-H2").indicators
        #expect(none.verhuringen == 0 && none.regulier == 0 && none.aandeelRegulier == nil)
    }

    @Test("capaciteit: vraag, bijMinimum, tekort (0 when the minimum suffices) and nodigPercentage, by hand")
    func capaciteit() {
        let history = Self.history()
        func figures(_ c: Capaciteit) -> [String] {
            [
                String(c.vraag), Formatting.decimal(c.bijMinimum, places: 2),
                Formatting.decimal(c.tekort, places: 2),
                c.nodigPercentage.map { Formatting.decimal($0, places: 2) }
                    ?? "-",
            ]
        }
        #expect(figures(history.of(TestRegion.aastad, in: "2026-H1").capaciteit) == ["4", "2.70", "1.30", "22.22"])
        let beedorp = history.of(TestRegion.beedorp, in: "2026-H1").capaciteit
        #expect(figures(beedorp) == ["1", "1.50", "0.00", "10.00"])
        #expect(beedorp.volstaat && beedorp.tekort == 0)
        // No mutaties: the minimum houses nobody, and no percentage would house anyone.
        #expect(figures(history.of(TestRegion.ceeveen, in: "2026-H1").capaciteit) == ["1", "0.00", "1.00", "-"])
        // The region from its own totals, not the sum of the municipalities' tekorten (2.30).
        let region = history.region(in: "2026-H1").regionCapaciteit
        #expect(figures(region) == ["6", "4.20", "1.80", "21.43"])
        // 2025-H2: Aastad 1 letting, A1 waits (vraag 1, bijMinimum 0.15); Ceeveen has nothing at all.
        #expect(figures(history.of(TestRegion.aastad, in: "2025-H2").capaciteit) == ["1", "0.15", "0.85", "100.00"])
        #expect(figures(history.of(TestRegion.ceeveen, in: "2025-H2").capaciteit) == ["0", "0.00", "0.00", "-"])
    }

    @Test("slaagkans: two senders summed, actief 0 without percentage, 0 and 0 without rows, none without delivery")
    func slaagkans() {
        let history = Self.history()
        #expect(history.of(TestRegion.aastad, in: "2026-H1").indicators.zoekers == Zoekers(actief: 150, geslaagd: 15))
        #expect(history.of(TestRegion.aastad, in: "2026-H1").indicators.zoekers?.percentage == 10)
        let beedorp = history.of(TestRegion.beedorp, in: "2026-H1").indicators.zoekers
        #expect(beedorp == Zoekers(actief: 0, geslaagd: 0) && beedorp?.percentage == nil)
        #expect(history.of(TestRegion.ceeveen, in: "2026-H1").indicators.zoekers == Zoekers())
        #expect(history.region(in: "2026-H1").region.zoekers == Zoekers(actief: 150, geslaagd: 15))
        // No zoekers delivery for 2025-H2: no municipality and not the region has a slaagkans.
        let before = history.region(in: "2025-H2")
        #expect(before.region.zoekers == nil && before.municipalities.allSatisfy { $0.indicators.zoekers == nil })
    }

    @Test("a zoekers delivery whose every row was rejected gives no slaagkans; one with only a header gives zeros")
    func unusableDelivery() {
        var data = Self.data()
        data.seekers = []
        for index in data.deliveries.indices where data.deliveries[index].name.soort == .zoekers {
            data.deliveries[index].used = 0
            data.deliveries[index].rejected = 1
        }
        #expect(Self.history(data).region(in: "2026-H1").region.zoekers == nil)
        for index in data.deliveries.indices where data.deliveries[index].name.soort == .zoekers {
            data.deliveries[index].records = 0
            data.deliveries[index].rejected = 0
        }
        #expect(Self.history(data).region(in: "2026-H1").region.zoekers == Zoekers())
    }

    static func xml(_ text: String) throws -> String {
        let report = testReport(Self.data(), config: config, period: text)
        let bytes = try MonitorXML.render(report)
        #expect(XMLTests.validator.problems(in: bytes) == [])
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(XMLContract.problems(in: xml, municipalities: ["GM0001", "GM0002", "GM0003"]) == [])
        return xml
    }

    /// The children of `unit` (`regio` or a gemeente's code) that SPEC.md section 9 adds, as written.
    static func section9(_ xml: String, _ unit: String) -> [String] {
        let start =
            unit == "regio" ? xml.range(of: "<regio ")! : xml.range(of: "<gemeente code=\"\(unit)\" naam=")!
        let end = xml.range(of: unit == "regio" ? "</regio>" : "</gemeente>", range: start.upperBound..<xml.endIndex)!
        return xml[start.lowerBound..<end.lowerBound].split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { line in ["<regulier", "<capaciteit", "<slaagkans"].contains { line.hasPrefix($0) } }
    }

    @Test("the XML writes regulier, capaciteit and slaagkans after voorraad, absent attributes where SPEC says")
    func xml() throws {
        let now = try Self.xml("2026-H1")
        #expect(
            Self.section9(now, "GM0001") == [
                #"<regulier aantal="15" aandeel="75.00"/>"#,
                #"<capaciteit vraag="4" bijMinimum="2.70" tekort="1.30" nodigPercentage="22.22"/>"#,
                #"<slaagkans actief="150" geslaagd="15" percentage="10.00"/>"#,
            ])
        #expect(
            Self.section9(now, "GM0002") == [
                #"<regulier aantal="9" aandeel="90.00"/>"#,
                #"<capaciteit vraag="1" bijMinimum="1.50" tekort="0.00" nodigPercentage="10.00"/>"#,
                #"<slaagkans actief="0" geslaagd="0"/>"#,
            ])
        #expect(
            Self.section9(now, "GM0003") == [
                #"<regulier aantal="0" aandeel="0.00"/>"#, #"<capaciteit vraag="1" bijMinimum="0.00" tekort="1.00"/>"#,
                #"<slaagkans actief="0" geslaagd="0"/>"#,
            ])
        #expect(
            Self.section9(now, "regio") == [
                #"<regulier aantal="24" aandeel="72.73"/>"#,
                #"<capaciteit vraag="6" bijMinimum="4.20" tekort="1.80" nodigPercentage="21.43"/>"#,
                #"<slaagkans actief="150" geslaagd="15" percentage="10.00"/>"#,
            ])
        let before = try Self.xml("2025-H2")
        #expect(!before.contains("<slaagkans"))
        #expect(
            Self.section9(before, "GM0003") == [
                #"<regulier aantal="0"/>"#, #"<capaciteit vraag="0" bijMinimum="0.00" tekort="0.00"/>"#,
            ])
    }

    @Test("the report shows capaciteit, regulier and slaagkans in tables, with the shortfall in words")
    func report() async throws {
        let report = testReport(Self.data(), config: Self.config, period: "2026-H1")
        let html = try await ReportFixture.render(report)
        for expected in [
            "Vooruit- en terugblik", "<a href=\"#vooruitblik\">",
            "Bij het minimum van 15% hadden 2 van de 6 urgenten die dit halfjaar een woning nodig hadden er geen "
                + "gekregen; daarvoor was 21,4% van de verhuringen nodig geweest.",
            "Het minimum van 15% had volstaan in Beedorp; niet in Aastad en Ceeveen.",
            "<tr><th scope=\"row\">Aastad</th><td>2</td><td>2</td><td>4</td><td>18</td><td>2,7</td><td>1,3</td>"
                + "<td>22,2%</td><td class=\"vlag onder\"><span aria-hidden=\"true\">▼</span> nee, tekort</td></tr>",
            "<tr><th scope=\"row\">Beedorp</th><td>1</td><td>0</td><td>1</td><td>10</td><td>1,5</td><td>0,0</td>"
                + "<td>10,0%</td><td class=\"vlag binnen\"><span aria-hidden=\"true\">●</span> ja</td></tr>",
            "<tr><th scope=\"row\">Ceeveen</th><td>3</td><td>0</td><td>0,0%</td></tr>",
            "<tr><th scope=\"row\">Regio Testregio</th><td>33</td><td>24</td><td>72,7%</td></tr>",
            "<tr><th scope=\"row\">Aastad</th><td>150</td><td>15</td><td>10,0%</td></tr>",
            "<tr><th scope=\"row\">Beedorp</th><td>0</td><td>0</td><td>–</td></tr>",
            "Van de 150 actieve woningzoekenden die dit halfjaar zijn gemeld, kreeg 10,0% (15) een woning.",
            "id=\"grafiek-capaciteit\"", "id=\"grafiek-regulier\"", "id=\"grafiek-slaagkans\"",
            "id=\"grafiek-evaluatie\"",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
        let without = try await ReportFixture.render(
            testReport(Self.data(zoekers: false), config: Self.config, period: "2026-H1"))
        #expect(without.contains("Voor dit halfjaar is geen levering met slaagkansen (zoekers) ontvangen"))
        #expect(!without.contains("id=\"grafiek-slaagkans\""))
    }
}
