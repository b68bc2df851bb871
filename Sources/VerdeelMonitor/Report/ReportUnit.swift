/// A member municipality or the region with its figures of the reported period: what one row of a table in the
/// report, and one `gemeente` or `regio` element of the XML, is made of.
struct ReportUnit: Sendable {
    /// The municipality's name, or the region's.
    var naam: String
    var indicators: Indicators
    /// The municipality's figures; nil for the region, whose signaal and capaciteit `PeriodFigures` holds apart.
    var member: MunicipalityFigures?
    /// Where the unit's cells stand in `PublishedCells`: the municipalities in config order, then the region.
    var position: Int
}

extension MonitorReport {
    /// The units of the reported period: the member municipalities in config order, and the region.
    var units: (municipalities: [ReportUnit], region: ReportUnit) {
        let municipalities = current.municipalities.enumerated().map { position, figures in
            ReportUnit(
                naam: figures.municipality.naam, indicators: figures.indicators, member: figures, position: position)
        }
        let region = ReportUnit(
            naam: config.naam, indicators: current.region, member: nil, position: municipalities.count)
        return (municipalities, region)
    }

    /// The signaal of a unit: the municipality's, or the region's.
    func signaal(_ unit: ReportUnit) -> Signaal { unit.member?.signaal ?? current.regionSignaal }

    /// The capaciteit of a unit: the municipality's, or the region's from its own totals.
    func capaciteit(_ unit: ReportUnit) -> Capaciteit { unit.member?.capaciteit ?? current.regionCapaciteit }
}
