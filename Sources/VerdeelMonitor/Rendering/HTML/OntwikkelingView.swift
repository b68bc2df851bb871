/// Section "Ontwikkeling over de halfjaren": the region's figures per half-year up to the reported one, the
/// two trend charts, and the percentage per municipality as small multiples with their numbers in a table.
public struct OntwikkelingView: Sendable {
    public struct Rij: Sendable {
        public var periode: String
        public var aanvragen: String
        public var beschikkingen: String
        public var gehuisvest: String
        public var mutaties: String
        public var percentage: String
        public var signaal: FlagView
        public var wachtend: String
        public var afwijking: String
    }

    public struct GemeenteRij: Sendable {
        public var naam: String
        /// The percentage per half-year, with its flag symbol.
        public var waarden: [String]
    }

    public var rijen: [Rij]
    public var periodes: [String]
    public var gemeenten: [GemeenteRij]
    public var grafiekPercentage: Chart
    public var grafiekAantallen: Chart
    public var kleineGrafieken: [Chart]
    public var eenPeriode: Bool

    init(report: MonitorReport) {
        let config = report.config
        let periods = report.history.periods.filter { $0.period <= report.period }
        eenPeriode = periods.count < 2
        periodes = periods.map { DutchText.periodAxis($0.period) }
        rijen = periods.map { p in
            Rij(periode: DutchText.periodShort(p.period), aanvragen: Formatting.dutch(p.region.aanvragen.total),
                beschikkingen: Formatting.dutch(p.region.beschikkingen.total), gehuisvest: Formatting.dutch(p.region.gehuisvest.total),
                mutaties: Formatting.dutch(p.region.mutaties), percentage: p.region.percentage.map { Formatting.percent($0) } ?? "–",
                signaal: FlagView(p.regionSignaal), wachtend: Formatting.dutch(p.region.wachtend),
                afwijking: p.regionDistribution.afwijking.map { Formatting.percent($0) } ?? "–")
        }
        func figures(_ m: MemberMunicipality) -> [MunicipalityFigures?] {
            periods.map { p in p.municipalities.first { $0.municipality.code == m.code } }
        }
        gemeenten = config.municipalities.map { m in
            GemeenteRij(naam: m.naam, waarden: figures(m).map { f in
                guard let f else { return "–" }
                return f.indicators.percentage.map { "\(Flag.symbol(f.signaal)) \(Formatting.percent($0))" } ?? "geen mutaties"
            })
        }
        let norms = [(label: "minimum", value: config.minimum), (label: "signaalwaarde", value: config.signaalwaarde)]
        grafiekPercentage = PeriodLines.chart(
            id: "grafiek-ontwikkeling-percentage", title: "Toewijzingspercentage van de regio per halfjaar", periods: periodes,
            series: [.init(name: config.naam, values: periods.map(\.region.percentage), style: "a")], percent: true, norms: norms)
        grafiekAantallen = PeriodLines.chart(
            id: "grafiek-ontwikkeling-aantallen", title: "Gehuisveste en wachtende urgenten in de regio per halfjaar", periods: periodes,
            series: [.init(name: "gehuisvest", values: periods.map { Double($0.region.gehuisvest.total) }, style: "a"),
                     .init(name: "wachtend", values: periods.map { Double($0.region.wachtend) }, style: "b")], percent: false)
        kleineGrafieken = SmallMultiples.charts(
            idPrefix: "grafiek-gemeente", periods: periodes,
            panels: config.municipalities.map { m in
                let series = figures(m)
                return SmallMultiples.Panel(label: m.naam, values: series.map { $0?.indicators.percentage },
                                            signalen: series.map { $0?.signaal ?? .geenMutaties })
            },
            minimum: config.minimum, signaalwaarde: config.signaalwaarde)
    }
}
