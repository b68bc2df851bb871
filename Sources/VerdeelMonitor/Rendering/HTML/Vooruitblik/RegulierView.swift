/// Part "Ruimte voor reguliere woningzoekenden" of the section Vooruit- en terugblik (SPEC.md section 9): the
/// share of the lettings to home seekers without urgentie or voorrang.
struct RegulierView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var verhuringen: String
        var regulier: String
        var aandeel: String
    }

    var zin: String
    var tabel: Tabel<Rij>
    var grafiek: Chart

    init(report: MonitorReport) {
        let config = report.config
        let current = report.current
        tabel = Tabel(report) { unit in
            Rij(
                naam: unit.naam, verhuringen: Formatting.dutch(unit.indicators.verhuringen),
                regulier: Formatting.dutch(unit.indicators.regulier),
                aandeel: Formatting.percent(orDash: unit.indicators.aandeelRegulier))
        }
        zin = Self.zin(current, config: config)
        grafiek = ShareBars.chart(
            id: "grafiek-regulier",
            title: "Aandeel van de verhuringen aan reguliere woningzoekenden, " + DutchText.periodLong(report.period),
            measure: "aandeel van de verhuringen aan reguliere woningzoekenden", missing: "geen verhuringen",
            bars: current.municipalities.map {
                ShareBars.Bar(label: $0.municipality.naam, value: $0.indicators.aandeelRegulier)
            } + [ShareBars.Bar(label: config.naam, value: current.region.aandeelRegulier, isRegion: true)])
    }

    static func zin(_ current: PeriodFigures, config: RegionConfig) -> String {
        let region = current.region
        guard let share = region.aandeelRegulier else {
            return "Dit halfjaar zijn in \(config.naam) geen verhuringen gemeld."
        }
        var sentence =
            "Van de \(Formatting.dutch(region.verhuringen)) verhuringen in \(config.naam) ging "
            + "\(Formatting.percent(share)) (\(Formatting.dutch(region.regulier))) naar reguliere woningzoekenden, "
            + "zonder urgentie of voorrang als vergunninghouder"
        let shares = current.municipalities.compactMap { m in
            m.indicators.aandeelRegulier.map { (naam: m.municipality.naam, share: $0) }
        }
        if let low = shares.min(by: { $0.share < $1.share }), let high = shares.max(by: { $0.share < $1.share }),
            low.share < high.share
        {
            sentence +=
                "; het laagst was dat aandeel in \(low.naam) (\(Formatting.percent(low.share))), "
                + "het hoogst in \(high.naam) (\(Formatting.percent(high.share)))"
        }
        return sentence + "."
    }
}
