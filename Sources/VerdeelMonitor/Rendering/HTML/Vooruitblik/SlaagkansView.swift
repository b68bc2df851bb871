/// Part "Slaagkansen van woningzoekenden" of the section Vooruit- en terugblik (SPEC.md section 9): of the active
/// home seekers, who got a home; the table and chart only where a zoekers delivery came.
struct SlaagkansView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var actief: String
        var geslaagd: String
        var slaagkans: String
    }

    /// Whether a zoekers delivery came for the period.
    var geleverd: Bool
    var zin: String
    var tabel: Tabel<Rij>?
    var grafiek: Chart?

    init(report: MonitorReport) {
        let config = report.config
        let current = report.current
        geleverd = current.region.zoekers != nil
        tabel = Tabel(
            report,
            rijWhereGiven: { unit in
                unit.indicators.zoekers.map { zoekers in
                    Rij(
                        naam: unit.naam, actief: Formatting.dutch(zoekers.actief),
                        geslaagd: Formatting.dutch(zoekers.geslaagd),
                        slaagkans: Formatting.percent(orDash: zoekers.percentage))
                }
            })
        zin = Self.zin(current)
        grafiek = current.region.zoekers.map { _ in
            ShareBars.chart(
                id: "grafiek-slaagkans",
                title: "Slaagkans van actieve woningzoekenden, " + DutchText.periodLong(report.period),
                measure: "deel van de actieve woningzoekenden dat een woning kreeg", missing: "geen actieven gemeld",
                bars: current.municipalities.map {
                    ShareBars.Bar(label: $0.municipality.naam, value: $0.indicators.zoekers?.percentage)
                } + [ShareBars.Bar(label: config.naam, value: current.region.zoekers?.percentage, isRegion: true)])
        }
    }

    static func zin(_ current: PeriodFigures) -> String {
        guard let zoekers = current.region.zoekers else {
            return "Voor dit halfjaar is geen levering met slaagkansen (zoekers) ontvangen, dus slaagkansen zijn niet "
                + "te tonen."
        }
        let without = current.municipalities.filter { $0.indicators.zoekers?.actief == 0 }.map(\.municipality.naam)
        var sentence: String
        if let percentage = zoekers.percentage {
            sentence =
                "Van de \(Formatting.dutch(zoekers.actief)) actieve woningzoekenden die dit halfjaar zijn gemeld, kreeg "
                + "\(Formatting.percent(percentage)) (\(Formatting.dutch(zoekers.geslaagd))) een woning."
        } else {
            sentence = "De ontvangen leveringen melden dit halfjaar geen actieve woningzoekenden."
        }
        if !without.isEmpty, zoekers.actief > 0 {
            sentence +=
                " Voor \(DutchText.list(without)) \(without.count == 1 ? "is" : "zijn") geen actieve woningzoekenden "
                + "gemeld; de slaagkans is daar niet te berekenen."
        }
        return sentence
    }
}
