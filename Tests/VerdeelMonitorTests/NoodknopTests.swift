import Testing

@testable import VerdeelMonitor

/// The three noodknop rules, each at its boundary.
struct NoodknopTests {
    let config = TestRegion.config()

    /// Figures of one period with the given signaal per municipality (Aastad, Beedorp, Ceeveen).
    func figures(
        _ text: String, _ signalen: [Signaal] = [.binnen, .binnen, .binnen], region: Signaal = .binnen,
        wachtend: Int = 0
    ) -> PeriodFigures {
        var regionFigures = Indicators()
        regionFigures.wachtend = wachtend
        let distribution = Distribution(
            gehuisvest: 0, aandeelHuishoudens: 0, evenredigAandeel: 0, index: nil, perDuizendHuishoudens: 0)
        return PeriodFigures(
            period: period(text),
            municipalities: zip(config.municipalities, signalen).map {
                MunicipalityFigures(
                    municipality: $0, indicators: Indicators(), signaal: $1, distribution: distribution,
                    capaciteit: Capaciteit(Indicators(), minimum: config.minimum))
            },
            region: regionFigures, regionSignaal: region,
            regionDistribution: RegionDistribution(gehuisvest: 0, afwijking: nil),
            regionCapaciteit: Capaciteit(regionFigures, minimum: config.minimum), dataQuality: [])
    }

    func evaluate(_ periods: [PeriodFigures], at text: String, reeks: Int = 2, groei: Int = 2) -> [Noodknop.Firing] {
        Noodknop(
            period: period(text), history: History(periods: periods, ambiguousNumbers: []),
            settings: NoodknopSettings(signaalwaardeReeks: reeks, wachtendenGroei: groei)
        ).firings
    }

    /// Each firing as "rule municipality: the periods of its evidence".
    func described(_ firings: [Noodknop.Firing]) -> [String] {
        firings.map {
            "\($0.rule.rawValue) \($0.municipality?.naam ?? "regio"): "
                + $0.evidence.map(\.period.description).joined(separator: " ")
        }
    }

    @Test("signaalwaarde-reeks fires for a municipality above the signaalwaarde in p and the period before")
    func seriesFires() {
        let boven: [Signaal] = [.binnen, .bovenSignaalwaarde, .binnen]
        let firings = evaluate([figures("2025-H2", boven), figures("2026-H1", boven)], at: "2026-H1")
        #expect(described(firings) == ["signaalwaarde-reeks Beedorp: 2025-H2 2026-H1"])
    }

    @Test("signaalwaarde-reeks does not fire for one period above, nor across a gap")
    func seriesDoesNotFire() {
        let boven: [Signaal] = [.bovenSignaalwaarde, .binnen, .binnen]
        #expect(evaluate([figures("2025-H2"), figures("2026-H1", boven)], at: "2026-H1").isEmpty)
        // 2025-H1 and 2026-H1 above, 2025-H2 not in the data: the series is broken.
        #expect(evaluate([figures("2025-H1", boven), figures("2026-H1", boven)], at: "2026-H1").isEmpty)
        // Only one period in the data at all.
        #expect(evaluate([figures("2026-H1", boven)], at: "2026-H1").isEmpty)
    }

    @Test("with signaalwaarde_reeks = 3, exactly three periods in a row fire and two do not")
    func seriesOfThree() {
        let boven: [Signaal] = [.bovenSignaalwaarde, .bovenSignaalwaarde, .binnen]
        let three = [figures("2025-H1", boven), figures("2025-H2", boven), figures("2026-H1", boven)]
        #expect(evaluate(three, at: "2026-H1", reeks: 3).map(\.municipality?.naam) == ["Aastad", "Beedorp"])
        #expect(evaluate([figures("2025-H1")] + three.dropFirst(), at: "2026-H1", reeks: 3).isEmpty)
    }

    @Test("regio-onder-minimum fires only when the region's signaal is onder-minimum in p")
    func regionBelowMinimum() {
        #expect(
            described(evaluate([figures("2026-H1", region: .onderMinimum)], at: "2026-H1"))
                == ["regio-onder-minimum regio: 2026-H1"])
        #expect(evaluate([figures("2025-H2", region: .onderMinimum), figures("2026-H1")], at: "2026-H1").isEmpty)
        #expect(evaluate([figures("2026-H1", region: .geenMutaties)], at: "2026-H1").isEmpty)
    }

    @Test("wachtenden-groei fires on strict growth in each of the last k periods")
    func backlogGrowth() {
        let rising = [
            figures("2025-H1", wachtend: 10), figures("2025-H2", wachtend: 11), figures("2026-H1", wachtend: 12),
        ]
        #expect(described(evaluate(rising, at: "2026-H1")) == ["wachtenden-groei regio: 2025-H1 2025-H2 2026-H1"])
        let flat = [
            figures("2025-H1", wachtend: 10), figures("2025-H2", wachtend: 12), figures("2026-H1", wachtend: 12),
        ]
        #expect(evaluate(flat, at: "2026-H1").isEmpty)
        // Two periods show only one rise; k = 2 needs two.
        #expect(evaluate(Array(rising.dropFirst()), at: "2026-H1").isEmpty)
        #expect(evaluate(Array(rising.dropFirst()), at: "2026-H1", groei: 1).count == 1)
        // A gap: 2024-H2, 2025-H2, 2026-H1 rising but 2025-H1 missing.
        let gap = [figures("2024-H2", wachtend: 1), figures("2025-H2", wachtend: 11), figures("2026-H1", wachtend: 12)]
        #expect(evaluate(gap, at: "2026-H1").isEmpty)
    }

    @Test("status is agenderen when any rule fires, in the order municipalities, region, backlog")
    func statusAndOrder() {
        let boven: [Signaal] = [.bovenSignaalwaarde, .binnen, .bovenSignaalwaarde]
        let periods = [
            figures("2025-H1", boven, wachtend: 1), figures("2025-H2", boven, wachtend: 2),
            figures("2026-H1", boven, region: .onderMinimum, wachtend: 3),
        ]
        let noodknop = Noodknop(
            period: period("2026-H1"), history: History(periods: periods, ambiguousNumbers: []),
            settings: NoodknopSettings())
        #expect(noodknop.status == "agenderen")
        #expect(
            noodknop.firings.map(\.rule) == [
                .signaalwaardeReeks, .signaalwaardeReeks, .regioOnderMinimum, .wachtendenGroei,
            ])
        #expect(noodknop.firings.map(\.municipality?.naam) == ["Aastad", "Ceeveen", nil, nil])
        #expect(
            Noodknop(
                period: period("2026-H1"), history: History(periods: [figures("2026-H1")], ambiguousNumbers: []),
                settings: NoodknopSettings()
            ).status == "geen-aanleiding")
    }
}
