/// A table of a report section: a row per member municipality in config order, and the region's row in the
/// footer, each made by the same function from the unit's figures. Templates place it as
/// `{{#tabel}}…{{#rijen}}…{{/rijen}}…{{#regio}}…{{/regio}}{{/tabel}}`.
struct Tabel<Rij: Sendable>: Sendable {
    var rijen: [Rij]
    var regio: Rij
}

extension Tabel {
    /// The rows of the reported period, `rij` made from each unit (`MonitorReport.units`).
    init(_ report: MonitorReport, rij: (ReportUnit) -> Rij) {
        let units = report.units
        self.init(rijen: units.municipalities.map(rij), regio: rij(units.region))
    }

    /// The table of a figure that only some deliveries give: a row per municipality that has it, and nil when the
    /// region has none (`rij` gives nil for a unit without the figure).
    init?(_ report: MonitorReport, rijWhereGiven rij: (ReportUnit) -> Rij?) {
        let units = report.units
        guard let regio = rij(units.region) else { return nil }
        self.init(rijen: units.municipalities.compactMap(rij), regio: regio)
    }
}
