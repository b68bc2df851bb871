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

    var tabel: Tabel<Rij>
    var vorigePeriode: String
    var heeftVorige: Bool

    init(report: MonitorReport) {
        let previous = report.period.previous.flatMap { report.history.figures(for: $0) }
        heeftVorige = previous != nil
        vorigePeriode = report.period.previous.map(DutchText.periodShort) ?? "–"
        tabel = Tabel(report) { unit in
            let figures = unit.indicators
            let before =
                unit.member.map { m in
                    previous?.municipalities.first { $0.municipality.code == m.municipality.code }?.indicators
                } ?? previous?.region
            return Rij(
                naam: unit.naam, beschikkingen: Formatting.dutch(figures.beschikkingen.total),
                afgewezen: Formatting.dutch(figures.afgewezen),
                gehuisvest: Formatting.dutch(figures.gehuisvest.total), wachtend: Formatting.dutch(figures.wachtend),
                vorigeWachtend: before.map { Formatting.dutch($0.wachtend) } ?? "–",
                wachttijd: report.disclosure.mediaanDagen(figures).map {
                    Formatting.dutch($0, places: $0 == $0.rounded() ? 0 : 1)
                } ?? "–")
        }
    }
}
