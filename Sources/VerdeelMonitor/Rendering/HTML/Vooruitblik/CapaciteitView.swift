/// Part "Had het minimum iedereen een woning gegeven?" of the section Vooruit- en terugblik (SPEC.md section 9):
/// the urgents who needed a home (gehuisvest + wachtend) against what the statutory minimum would have given.
struct CapaciteitView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var gehuisvest: String
        var wachtend: String
        var vraag: String
        var mutaties: String
        var bijMinimum: String
        var tekort: String
        var nodig: String
        /// Whether the minimum falls short here (the row is flagged in words, not only by colour).
        var tekortSchiet: Bool
    }

    var zin: String
    /// Where the minimum would have sufficed and where not.
    var gemeenten: String
    var tabel: Tabel<Rij>
    var grafiek: Chart

    init(report: MonitorReport) {
        let config = report.config
        let current = report.current
        let norm = DutchText.norm(config.minimum)
        tabel = Tabel(report) { unit in
            let figures = unit.indicators
            let c = report.capaciteit(unit)
            return Rij(
                naam: unit.naam, gehuisvest: Formatting.dutch(figures.gehuisvest.total),
                wachtend: Formatting.dutch(figures.wachtend), vraag: Formatting.dutch(c.vraag),
                mutaties: Formatting.dutch(figures.mutaties), bijMinimum: Formatting.dutch(c.bijMinimum, places: 1),
                tekort: Formatting.dutch(c.tekort, places: 1), nodig: Formatting.percent(orDash: c.nodigPercentage),
                tekortSchiet: !c.volstaat)
        }
        zin =
            Kernboodschap.capacity(current.regionCapaciteit, config: config)
            ?? "Dit halfjaar had geen enkele wettelijk urgent een woning nodig: niemand is gehuisvest en niemand wacht."
        let enough = current.municipalities.filter { $0.capaciteit.vraag > 0 && $0.capaciteit.volstaat }
            .map(\.municipality.naam)
        let short = current.municipalities.filter { !$0.capaciteit.volstaat }.map(\.municipality.naam)
        if short.isEmpty {
            gemeenten = "In elke gemeente had het minimum van \(norm) volstaan."
        } else if enough.isEmpty {
            gemeenten = "In geen enkele gemeente had het minimum van \(norm) volstaan."
        } else {
            gemeenten =
                "Het minimum van \(norm) had volstaan in \(DutchText.list(enough)); "
                + "niet in \(DutchText.list(short))."
        }
        grafiek = CapacityBars.chart(
            id: "grafiek-capaciteit",
            title: "Urgenten die een woning nodig hadden tegenover wat het minimum had opgeleverd, per gemeente, "
                + DutchText.periodLong(report.period),
            rows: current.municipalities.map {
                CapacityBars.Row(
                    label: $0.municipality.naam, vraag: $0.capaciteit.vraag, bijMinimum: $0.capaciteit.bijMinimum)
            }, minimum: config.minimum)
    }
}
