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

    var tabel: Tabel<Rij>
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
        func breakdown(_ unit: ReportUnit) -> PublishedPassend {
            report.cells.passendBreakdown(unit.indicators.passend, unit: unit.position, disclosure: disclosure)
        }
        tabel = Tabel(report) { unit in
            let p = breakdown(unit)
            return Rij(
                naam: unit.naam, cellen: p.cells.map { CelView($0, hidden: hidden) },
                aandeelPassend: Formatting.percent(orDash: p.share))
        }
        let region = breakdown(report.units.region)
        drempel = hidden
        openbaar = disclosure.isPublic
        let published = region.knelpunten
        knelpunten = published.listed.map { Knelpunt(reden: $0.reden, aantal: Formatting.dutch($0.count)) }
        overige = published.other.map { Knelpunt(reden: "overige redenen", aantal: Formatting.dutch($0)) }
        heeftKnelpunten = !knelpunten.isEmpty || overige != nil
        eldersOnderdrukt = region.cell(.elders) == .hidden
    }
}
