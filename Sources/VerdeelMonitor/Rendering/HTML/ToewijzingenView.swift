/// Section "Toewijzingen per gemeente": the statutory counts, the percentage with its flag, and the bar chart.
struct ToewijzingenView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var aanvragen: String
        var beschikkingen: String
        var afgewezen: String
        var gehuisvest: String
        var mutaties: String
        var percentage: String
        var signaal: FlagView
        var index: String
    }

    var tabel: Tabel<Rij>
    var grafiek: Chart

    init(report: MonitorReport) {
        let current = report.current
        tabel = Tabel(report) { unit in
            let figures = unit.indicators
            return Rij(
                naam: unit.naam, aanvragen: Formatting.dutch(figures.aanvragen.total),
                beschikkingen: Formatting.dutch(figures.beschikkingen.total),
                afgewezen: Formatting.dutch(figures.afgewezen),
                gehuisvest: Formatting.dutch(figures.gehuisvest.total), mutaties: Formatting.dutch(figures.mutaties),
                percentage: Formatting.percent(orDash: figures.percentage), signaal: FlagView(report.signaal(unit)),
                index: unit.member?.distribution.index.map { Formatting.dutch($0, places: 2) } ?? "–")
        }
        let bars =
            current.municipalities.map {
                PercentBars.Bar(label: $0.municipality.naam, value: $0.indicators.percentage, signaal: $0.signaal)
            }
            + [
                PercentBars.Bar(
                    label: report.config.naam, value: current.region.percentage, signaal: current.regionSignaal,
                    isRegion: true)
            ]
        grafiek = PercentBars.chart(
            id: "grafiek-percentage",
            title: "Toewijzingspercentage per gemeente, \(DutchText.periodLong(report.period))",
            bars: bars, minimum: report.config.minimum, signaalwaarde: report.config.signaalwaarde)
    }
}
