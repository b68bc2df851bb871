/// Section "Ontwikkeling over de halfjaren": the region's figures per half-year up to the reported one, the
/// two trend charts, and the percentage per municipality as small multiples with their numbers in a table.
struct OntwikkelingView: Sendable {
    struct Rij: Sendable {
        var periode: String
        var aanvragen: String
        var beschikkingen: String
        var gehuisvest: String
        var mutaties: String
        var percentage: String
        var signaal: FlagView
        var wachtend: String
        var afwijking: String
    }

    struct GemeenteRij: Sendable {
        var naam: String
        /// The percentage per half-year, with its flag symbol.
        var waarden: [String]
    }

    var rijen: [Rij]
    var periodes: [String]
    var gemeenten: [GemeenteRij]
    var grafiekPercentage: Chart
    var grafiekAantallen: Chart
    var kleineGrafieken: [Chart]
    var eenPeriode: Bool

    init(report: MonitorReport) {
        let config = report.config
        let periods = report.history.periods.filter { $0.period <= report.period }
        eenPeriode = periods.count < 2
        periodes = periods.map { DutchText.periodAxis($0.period) }
        rijen = periods.map { p in
            Rij(
                periode: DutchText.periodShort(p.period), aanvragen: Formatting.dutch(p.region.aanvragen.total),
                beschikkingen: Formatting.dutch(p.region.beschikkingen.total),
                gehuisvest: Formatting.dutch(p.region.gehuisvest.total),
                mutaties: Formatting.dutch(p.region.mutaties),
                percentage: Formatting.percent(orDash: p.region.percentage),
                signaal: FlagView(p.regionSignaal), wachtend: Formatting.dutch(p.region.wachtend),
                afwijking: Formatting.percent(orDash: p.regionDistribution.afwijking))
        }
        // Per half-year, each municipality's figures by code (the first if a code were listed twice), so a
        // municipality's series is a lookup per half-year instead of a search through every municipality.
        let byCode = periods.map { p in
            Dictionary(p.municipalities.map { ($0.municipality.code, $0) }, uniquingKeysWith: { first, _ in first })
        }
        func figures(_ m: MemberMunicipality) -> [MunicipalityFigures?] {
            byCode.map { $0[m.code] }
        }
        gemeenten = config.municipalities.map { m in
            GemeenteRij(
                naam: m.naam,
                waarden: figures(m).map { f in
                    guard let f else { return "–" }
                    return f.indicators.percentage.map { "\(Flag.symbol(f.signaal)) \(Formatting.percent($0))" }
                        ?? "geen mutaties"
                })
        }
        let norms = [(label: "minimum", value: config.minimum), (label: "signaalwaarde", value: config.signaalwaarde)]
        grafiekPercentage = PeriodLines.chart(
            id: "grafiek-ontwikkeling-percentage", title: "Toewijzingspercentage van de regio per halfjaar",
            periods: periodes,
            series: [.init(name: config.naam, values: periods.map(\.region.percentage), style: "a")], percent: true,
            norms: norms)
        grafiekAantallen = PeriodLines.chart(
            id: "grafiek-ontwikkeling-aantallen", title: "Gehuisveste en wachtende urgenten in de regio per halfjaar",
            periods: periodes,
            series: [
                .init(name: "gehuisvest", values: periods.map { Double($0.region.gehuisvest.total) }, style: "a"),
                .init(name: "wachtend", values: periods.map { Double($0.region.wachtend) }, style: "b"),
            ], percent: false)
        kleineGrafieken = SmallMultiples.charts(
            idPrefix: "grafiek-gemeente", periods: periodes,
            panels: config.municipalities.map { m in
                let series = figures(m)
                return SmallMultiples.Panel(
                    label: m.naam, values: series.map { $0?.indicators.percentage },
                    signalen: series.map { $0?.signaal ?? .geenMutaties })
            },
            minimum: config.minimum, signaalwaarde: config.signaalwaarde)
    }
}
