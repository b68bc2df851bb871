import Foundation
import Testing

@testable import VerdeelMonitor

/// Hand-made monitor reports for the report tests: three municipalities A, B and C, figures set per period.
enum ReportFixture {
    static let period = Period(year: 2026, half: 1)!
    static let previous = Period(year: 2025, half: 2)!

    /// Municipality figures for one period: gehuisvest (all in category MED), mutaties and wachtend.
    struct Figures {
        var gehuisvest: Int
        var mutaties: Int
        var wachtend = 0
        var passend = Passend()
    }

    static func config(names: [String] = ["A", "B", "C"], households: [Int] = [100, 100, 200]) -> RegionConfig {
        RegionConfig(
            code: "test", naam: "Testregio",
            municipalities: zip(names, households).enumerated().map { index, pair in
                MemberMunicipality(code: MunicipalityCode("\(9001 + index)")!, naam: pair.0, households: pair.1)
            },
            corporations: [Corporation(code: "corp-a", naam: "Woonstichting A")])
    }

    static func indicators(_ f: Figures) -> Indicators {
        var result = Indicators()
        result.gehuisvest[.med] = f.gehuisvest
        result.beschikkingen[.med] = f.gehuisvest
        result.aanvragen[.med] = f.gehuisvest
        result.mutaties = f.mutaties
        result.verhuringen = f.mutaties
        result.regulier = f.mutaties - f.gehuisvest
        result.wachtend = f.wachtend
        result.passend = f.passend
        return result
    }

    static func figures(_ period: Period, _ rows: [Figures], config: RegionConfig) -> PeriodFigures {
        let all = rows.map(indicators)
        let distribution = Distribution.compute(
            housed: rows.map(\.gehuisvest), households: config.municipalities.map(\.households))
        let municipalities = zip(config.municipalities, all).enumerated().map { index, pair in
            MunicipalityFigures(
                municipality: pair.0, indicators: pair.1,
                signaal: pair.1.signaal(minimum: config.minimum, signaalwaarde: config.signaalwaarde),
                distribution: distribution.municipalities[index],
                capaciteit: Capaciteit(pair.1, minimum: config.minimum))
        }
        let region = all.reduce(Indicators(), +)
        return PeriodFigures(
            period: period, municipalities: municipalities, region: region,
            regionSignaal: region.signaal(minimum: config.minimum, signaalwaarde: config.signaalwaarde),
            regionDistribution: distribution.region, regionCapaciteit: Capaciteit(region, minimum: config.minimum),
            dataQuality: [])
    }

    /// A report for `period` (and `previous` when given); every expected delivery present unless `concept`;
    /// public output with the configured threshold unless `disclosure` says otherwise.
    static func report(
        _ current: [Figures], previous: [Figures]? = nil, config: RegionConfig = config(),
        disclosure: Disclosure? = nil, concept: Bool = false
    ) -> MonitorReport {
        var periods: [PeriodFigures] = []
        if let previous { periods.append(figures(Self.previous, previous, config: config)) }
        periods.append(figures(period, current, config: config))
        let history = History(periods: periods, ambiguousNumbers: [])
        var dataset = Dataset()
        let expected =
            [DeliveryName(soort: .verhuringen, bron: "corp-a", period: period)]
            + config.municipalities.map { DeliveryName(soort: .urgentie, bron: $0.code.value, period: period) }
        for name in concept ? Array(expected.dropFirst()) : expected {
            dataset.deliveries.append(
                Delivery(
                    name: name, path: "\(name).csv", sha256: String(repeating: "ab", count: 32),
                    status: .gebruikt, encoding: nil, records: 10, used: 10))
        }
        return Pipeline.report(
            config: config, configSHA256: String(repeating: "0", count: 64), dataset: dataset,
            history: history, period: period,
            disclosure: disclosure ?? .openbaar(threshold: config.suppressBelow), generated: TestTime.generated)
    }

    static func render(_ report: MonitorReport, overrides: String? = nil) async throws -> String {
        let templates = try await ReportTemplates.load(shipped: Paths.templates, overrides: overrides)
        return try templates.render(HTMLView(report))
    }
}

@Suite("Report fixture")
struct ReportFixtureTests {
    @Test("a hand-made report is definitief when every expected delivery is there, concept when one is missing")
    func conceptFollowsDeliveries() {
        let rows = [ReportFixture.Figures(gehuisvest: 16, mutaties: 100)]
        let config = ReportFixture.config(names: ["A"], households: [100])
        #expect(!ReportFixture.report(rows, config: config).isConcept)
        #expect(ReportFixture.report(rows, config: config, concept: true).isConcept)
    }
}
