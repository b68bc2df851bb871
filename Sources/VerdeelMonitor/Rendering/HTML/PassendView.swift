/// Section "Passend gehuisvest en knelpunten": the woonplaatsbeginsel classes per municipality, and the
/// redenen given for housing elsewhere, always through the disclosure rules.
struct PassendView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var herkomst: String
        var uitzondering: String
        var mantelzorg: String
        var elders: String
        var onbekend: String
        var aandeelPassend: String
    }

    struct Knelpunt: Sendable {
        var reden: String
        var aantal: String
    }

    var rijen: [Rij]
    var regio: Rij
    var knelpunten: [Knelpunt]
    var heeftKnelpunten: Bool
    /// The line for redenen grouped in output, or nil.
    var overige: Knelpunt?
    var drempel: String
    var openbaar: Bool

    init(report: MonitorReport) {
        func rij(_ naam: String, _ p: Passend) -> Rij {
            Rij(naam: naam, herkomst: Formatting.dutch(p.herkomst), uitzondering: Formatting.dutch(p.uitzondering),
                mantelzorg: Formatting.dutch(p.mantelzorg), elders: Formatting.dutch(p.elders), onbekend: Formatting.dutch(p.onbekend),
                aandeelPassend: p.share.map { Formatting.percent($0) } ?? "–")
        }
        rijen = report.current.municipalities.map { rij($0.municipality.naam, $0.indicators.passend) }
        regio = rij(report.config.naam, report.current.region.passend)
        drempel = "<\(report.config.suppressBelow)"
        openbaar = report.disclosure.isPublic
        let published = report.disclosure.knelpunten(report.current.region.passend)
        knelpunten = published.listed.map { Knelpunt(reden: $0.reden, aantal: Formatting.dutch($0.count)) }
        overige = published.other.map { Knelpunt(reden: "overige redenen", aantal: Formatting.dutch($0)) }
        heeftKnelpunten = !knelpunten.isEmpty || overige != nil
    }
}

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
            Rij(naam: naam, beschikkingen: Formatting.dutch(figures.beschikkingen.total), afgewezen: Formatting.dutch(figures.afgewezen),
                gehuisvest: Formatting.dutch(figures.gehuisvest.total), wachtend: Formatting.dutch(figures.wachtend),
                vorigeWachtend: before.map { Formatting.dutch($0.wachtend) } ?? "–",
                wachttijd: report.disclosure.medianWaitingDays(figures).map { Formatting.dutch($0, places: $0 == $0.rounded() ? 0 : 1) } ?? "–")
        }
        rijen = report.current.municipalities.enumerated().map { index, m in
            rij(m.municipality.naam, m.indicators, previous?.municipalities.first { $0.municipality.code == m.municipality.code }?.indicators)
        }
        regio = rij(report.config.naam, report.current.region, previous?.region)
    }
}
