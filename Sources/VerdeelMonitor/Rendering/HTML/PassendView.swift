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
            Rij(
                naam: naam, herkomst: Formatting.dutch(p.herkomst), uitzondering: Formatting.dutch(p.uitzondering),
                mantelzorg: Formatting.dutch(p.mantelzorg), elders: Formatting.dutch(p.elders),
                onbekend: Formatting.dutch(p.onbekend),
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
