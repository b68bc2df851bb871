/// Section "Wachtenden": urgenten with a beschikking who are not yet housed, and the median waiting time.
struct WachtendenView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var beschikkingen: String
        var afgewezen: String
        var gehuisvest: String
        var wachtend: String
        var vorigeWachtend: String
        var wachttijd: String
    }

    var rijen: [Rij]
    var regio: Rij
    var vorigePeriode: String
    var heeftVorige: Bool

    init(report: MonitorReport) {
        let previous = report.period.previous.flatMap { report.history.figures(for: $0) }
        heeftVorige = previous != nil
        vorigePeriode = report.period.previous.map(DutchText.periodShort) ?? "–"
        func rij(_ naam: String, _ figures: Indicators, _ before: Indicators?) -> Rij {
            Rij(
                naam: naam, beschikkingen: Formatting.dutch(figures.beschikkingen.total),
                afgewezen: Formatting.dutch(figures.afgewezen),
                gehuisvest: Formatting.dutch(figures.gehuisvest.total), wachtend: Formatting.dutch(figures.wachtend),
                vorigeWachtend: before.map { Formatting.dutch($0.wachtend) } ?? "–",
                wachttijd: report.disclosure.mediaanDagen(figures).map {
                    Formatting.dutch($0, places: $0 == $0.rounded() ? 0 : 1)
                } ?? "–")
        }
        rijen = report.current.municipalities.enumerated().map { index, m in
            rij(
                m.municipality.naam, m.indicators,
                previous?.municipalities.first { $0.municipality.code == m.municipality.code }?.indicators)
        }
        regio = rij(report.config.naam, report.current.region, previous?.region)
    }
}
