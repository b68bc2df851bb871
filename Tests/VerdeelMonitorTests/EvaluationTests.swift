import Foundation
import Testing

@testable import VerdeelMonitor

/// The three-year evaluation (SPEC.md section 9) on TestRegion (households 6000, 3000, 1000; Beedorp leaves MO out
/// of its verdeling), worked out by hand.
///
/// | period | Aastad | Beedorp | Ceeveen |
/// |---|---|---|---|
/// | 2025-H1 | MED, MED of 10 = 20 % | DG of 10 = 10 % | no lettings |
/// | 2025-H2 | MED of 10 = 10 % | MO of 5 = 20 % | VO of 5 = 20 % |
/// | 2026-H1 | 3 of 20 = 15 % | MO, DG of 10 = 20 % | VO of 4 = 25 % |
///
/// Over W (three periods, fewer than six): gehuisvest 6, 4, 2 and mutaties 40, 25, 9, so 15.00, 16.00 and 22.22;
/// g = 6, 2 (MO left out), 2, G = 10: index 6 / 6 = 1.00, 2 / 3 = 0.67, 2 / 1 = 2.00; afwijking
/// 50 x (0 + 0.1 + 0.1) = 10.00. Region 12 of 74 = 16.22.
/// Spread at the start (2025-H1: 20 and 10, Ceeveen has no mutaties) = 5.00; at the end (15, 20, 25) =
/// sqrt(50 / 3) = 4.08: dichterbij. voorraad: Aastad +5 -2 in 2025-H2, Ceeveen +1 -4 in 2026-H1.
struct EvaluationTests {
    static let config = TestRegion.config()

    static func data() -> Dataset {
        let (a, b, c) = (TestRegion.aastad, TestRegion.beedorp, TestRegion.ceeveen)
        let lettings =
            [letting("2025-02-01", a, .med), letting("2025-02-02", a, .med)] + regularLettings(8, a, on: "2025-03-01")
            + [letting("2025-02-01", b, .dg)] + regularLettings(9, b, on: "2025-03-01")
            + [letting("2025-08-01", a, .med)] + regularLettings(9, a, on: "2025-09-01")
            + [letting("2025-08-01", b, .mo)] + regularLettings(4, b, on: "2025-09-01")
            + [letting("2025-08-01", c, .vo)] + regularLettings(4, c, on: "2025-09-01")
            + [letting("2026-02-01", a, .med), letting("2026-02-02", a, .ggz), letting("2026-02-03", a, .mz)]
            + regularLettings(17, a)
            + [letting("2026-02-01", b, .mo), letting("2026-02-02", b, .dg)] + regularLettings(8, b)
            + [letting("2026-02-01", c, .vo)] + regularLettings(3, c)
        let stock = [
            StockChange(municipality: a, period: period("2025-H2"), added: 5, removed: 2),
            StockChange(municipality: c, period: period("2026-H1"), added: 1, removed: 4),
        ]
        var data = dataset(
            lettings: lettings, stock: stock, periods: ["2025-H1", "2025-H2", "2026-H1"], config: config)
        for text in ["2025-H2", "2026-H1"] {
            data.deliveries.append(usedDelivery(.voorraad, bron: "corp-a", period: text))
        }
        return data
    }

    static func evaluation(_ data: Dataset = data(), at text: String = "2026-H1") -> Evaluation {
        Evaluation(period: period(text), history: Aggregation.history(data, config: config), config: config)
    }

    static func two(_ value: Double?) -> String { value.map { Formatting.decimal($0, places: 2) } ?? "-" }

    @Test("a window of fewer than six periods: the sums, percentages, index, afwijking and voorraadNetto by hand")
    func shortWindow() {
        let evaluation = Self.evaluation()
        #expect(evaluation.periods.map(\.description) == ["2025-H1", "2025-H2", "2026-H1"])
        #expect(evaluation.isShort)
        #expect(evaluation.municipalities.map(\.sums.gehuisvest) == [6, 4, 2])
        #expect(evaluation.municipalities.map(\.sums.mutaties) == [40, 25, 9])
        #expect(evaluation.municipalities.map { Self.two($0.sums.percentage) } == ["15.00", "16.00", "22.22"])
        #expect(evaluation.municipalities.map { Self.two($0.distribution.index) } == ["1.00", "0.67", "2.00"])
        #expect(evaluation.municipalities.map(\.sums.voorraadNetto) == [3, 0, -3])
        #expect(evaluation.region.gehuisvest == 12 && evaluation.region.mutaties == 74)
        #expect(Self.two(evaluation.region.percentage) == "16.22")
        #expect(Self.two(evaluation.afwijking) == "10.00")
        #expect(evaluation.region.voorraadNetto == 0)
    }

    @Test("the spread at the start and the end, over the municipalities with mutaties, and ingroeipad b")
    func spread() {
        let evaluation = Self.evaluation()
        #expect(Self.two(evaluation.spreidingBegin) == "5.00")
        #expect(Self.two(evaluation.spreidingEind) == "4.08")
        #expect(evaluation.ingroeipadB == .dichterbij)
        #expect(evaluation.municipalities.map { Self.two($0.percentageBegin) } == ["20.00", "10.00", "-"])
        #expect(evaluation.municipalities.map { Self.two($0.percentageEnd) } == ["15.00", "20.00", "25.00"])
        // W of 2025-H2 is 2025-H1 .. 2025-H2: 5.00 -> (10, 20, 20) = sqrt(200 / 9) = 4.71: dichterbij too.
        let earlier = Self.evaluation(at: "2025-H2")
        #expect(Self.two(earlier.spreidingEind) == "4.71" && earlier.ingroeipadB == .dichterbij)
        // A window of one period: begin and end are the same period, so gelijk.
        let one = Self.evaluation(at: "2025-H1")
        #expect(one.periods.count == 1 && one.spreidingBegin == one.spreidingEind && one.ingroeipadB == .gelijk)
    }

    @Test("the spread with one municipality with mutaties is 0; with none it is absent, and ingroeipad b with it")
    func spreadEdges() async throws {
        var data = Self.data()
        // 2025-H1: only Aastad lets homes.
        data.lettings.removeAll {
            $0.municipality == TestRegion.beedorp && Period(containing: $0.date) == period("2025-H1")
        }
        let one = Self.evaluation(data)
        #expect(Self.two(one.spreidingBegin) == "0.00")
        #expect(one.ingroeipadB == .verder)
        // 2025-H1: nobody lets a home (the period is in the data through its deliveries).
        data.lettings.removeAll { Period(containing: $0.date) == period("2025-H1") }
        let none = Self.evaluation(data)
        #expect(none.spreidingBegin == nil && none.ingroeipadB == nil)
        #expect(Self.two(none.spreidingEind) == "4.08")
        let report = testReport(data, config: Self.config, period: "2026-H1")
        let bytes = try MonitorXML.render(report)
        #expect(XMLTests.validator.problems(in: bytes) == [])
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(XMLContract.problems(in: xml) == [])
        #expect(
            xml.contains(
                #"<regio gehuisvest="9" mutaties="54" toewijzingspercentage="16.67" afwijking="18.57" voorraadNetto="0" spreidingEind="4.08"/>"#
            ))
        let html = try await ReportFixture.render(report)
        #expect(
            html.contains(
                "De spreiding tussen de gemeenten is niet te berekenen: in 2025-H1 meldde geen enkele gemeente mutaties."
            ))
    }

    @Test("the window is the last six periods in the data: an older one falls out and a gap is not filled")
    func window() {
        var data = Dataset()
        // 2023-H2 has no delivery, so it is not a period in the data; seven periods remain.
        for text in ["2022-H1", "2022-H2", "2023-H1", "2024-H1", "2024-H2", "2025-H1", "2025-H2"] {
            data.deliveries.append(
                Delivery(
                    name: DeliveryName(soort: .verhuringen, bron: "corp-a", period: period(text)),
                    path: "verhuringen_corp-a_\(text).csv", sha256: String(repeating: "0", count: 64),
                    status: .gebruikt))
        }
        let history = Aggregation.history(data, config: Self.config)
        func window(_ text: String) -> [String] {
            Evaluation(period: period(text), history: history, config: Self.config).periods.map(\.description)
        }
        #expect(window("2025-H2") == ["2022-H2", "2023-H1", "2024-H1", "2024-H2", "2025-H1", "2025-H2"])
        #expect(window("2025-H1") == ["2022-H1", "2022-H2", "2023-H1", "2024-H1", "2024-H2", "2025-H1"])
        #expect(window("2022-H2") == ["2022-H1", "2022-H2"])
        let full = Evaluation(period: period("2025-H2"), history: history, config: Self.config)
        #expect(!full.isShort)
        // Nothing let anywhere: no percentage, index, afwijking or spread; voorraadNetto 0.
        #expect(full.region.percentage == nil && full.afwijking == nil && full.spreidingBegin == nil)
        #expect(full.municipalities.allSatisfy { $0.distribution.index == nil && $0.sums.voorraadNetto == 0 })
    }

    @Test("the XML evaluatie comes right after noodknop, with every member in config order")
    func xml() throws {
        let report = testReport(Self.data(), config: Self.config, period: "2026-H1")
        let xml = String(decoding: try MonitorXML.render(report), as: UTF8.self)
        let expected = """
              <evaluatie van="2025-H1" tot="2026-H1" perioden="3">
                <regio gehuisvest="12" mutaties="74" toewijzingspercentage="16.22" afwijking="10.00" voorraadNetto="0" spreidingBegin="5.00" spreidingEind="4.08" ingroeipadB="dichterbij"/>
                <gemeente code="GM0001" gehuisvest="6" mutaties="40" toewijzingspercentage="15.00" index="1.00" voorraadNetto="3"/>
                <gemeente code="GM0002" gehuisvest="4" mutaties="25" toewijzingspercentage="16.00" index="0.67" voorraadNetto="0"/>
                <gemeente code="GM0003" gehuisvest="2" mutaties="9" toewijzingspercentage="22.22" index="2.00" voorraadNetto="-3"/>
              </evaluatie>
            """
        #expect(xml.contains(expected))
        #expect(XMLContract.problems(in: xml, municipalities: ["GM0001", "GM0002", "GM0003"]) == [])
    }

    @Test("the report shows the window, the spread in words and the table of the evaluation")
    func report() async throws {
        let report = testReport(Self.data(), config: Self.config, period: "2026-H1")
        let html = try await ReportFixture.render(report)
        for expected in [
            "De evaluatie kijkt naar de drie halfjaren 2025-H1 tot en met 2026-H1. Dat is korter dan de zes halfjaren",
            "De spreiding van de toewijzingspercentages tussen de gemeenten was 5,0 procentpunt in 2025-H1 en is 4,1 "
                + "procentpunt in 2026-H1: de gemeenten liggen nu dichter bij elkaar (ingroeipad b: dichterbij).",
            "Alleen gemeenten met mutaties tellen mee: twee van de drie in 2025-H1.",
            "<tr><th scope=\"row\">Ceeveen</th><td>–</td><td>25,0%</td><td>2</td><td>9</td><td>22,2%</td><td>2,00</td><td>-3</td></tr>",
            "<tr><th scope=\"row\">Regio Testregio</th><td>15,0%</td><td>17,6%</td><td>12</td><td>74</td><td>16,2%</td><td>1,00</td><td>0</td></tr>",
            "Over deze periode bleef het aantal kleine, (zeer) betaalbare sociale huurwoningen per saldo gelijk "
                + "(alleen voor 2025-H2 en 2026-H1 is voorraad geleverd).",
            "id=\"grafiek-evaluatie-index\"",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
    }
}
