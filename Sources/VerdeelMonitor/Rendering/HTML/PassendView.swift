/// Section "Passend gehuisvest en knelpunten": the woonplaatsbeginsel classes per municipality, and the
/// redenen given for housing elsewhere, always through the disclosure rules.
struct PassendView: Sendable {
    struct Rij: Sendable {
        var naam: String
        /// herkomst, uitzondering, mantelzorg, elders, onbekend (`PassendClass.published`).
        var cellen: [CelView]
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
    /// The region's elders is hidden, so the redenen below the threshold are not counted either (and an empty
    /// list does not mean that nobody was housed elsewhere).
    var eldersOnderdrukt: Bool

    init(report: MonitorReport) {
        let hidden = "<\(report.config.suppressBelow)"
        let disclosure = report.disclosure
        func rij(_ naam: String, _ p: PublishedPassend) -> Rij {
            Rij(
                naam: naam,
                cellen: p.cells.map { CelView($0, hidden: hidden) }, aandeelPassend: Formatting.percent(orDash: p.share)
            )
        }
        let cells = report.cells
        rijen = report.current.municipalities.enumerated().map { m, figures in
            rij(
                figures.municipality.naam,
                cells.passendBreakdown(figures.indicators.passend, unit: m, disclosure: disclosure))
        }
        let region = cells.passendBreakdown(
            report.current.region.passend, unit: report.current.municipalities.count, disclosure: disclosure)
        regio = rij(report.config.naam, region)
        drempel = hidden
        openbaar = disclosure.isPublic
        let published = region.knelpunten
        knelpunten = published.listed.map { Knelpunt(reden: $0.reden, aantal: Formatting.dutch($0.count)) }
        overige = published.other.map { Knelpunt(reden: "overige redenen", aantal: Formatting.dutch($0)) }
        heeftKnelpunten = !knelpunten.isEmpty || overige != nil
        eldersOnderdrukt = region.cell(.elders) == .hidden
    }
}
