/// One municipality's figures in one period.
struct MunicipalityFigures: Sendable, Hashable {
    var municipality: MemberMunicipality
    var indicators: Indicators
    var signaal: Signaal
    var distribution: Distribution
    /// Would the minimum have housed everyone who needed a home (SPEC.md section 9)?
    var capaciteit: Capaciteit
}

/// Lettings to wettelijk urgenten that carry neither an urgentienummer nor a herkomstgemeente, per corporation.
struct DataQuality: Sendable, Hashable {
    var corporation: String
    var withoutOrigin: Int
}

/// Every figure of the monitor for one period: the member municipalities in config order, and the region.
struct PeriodFigures: Sendable, Hashable {
    var period: Period
    var municipalities: [MunicipalityFigures]
    var region: Indicators
    var regionSignaal: Signaal
    var regionDistribution: RegionDistribution
    /// The region's capaciteit, from the region's own totals (not a sum of the municipalities' results).
    var regionCapaciteit: Capaciteit
    var dataQuality: [DataQuality]
}

/// The figures of every period in the data, oldest first.
struct History: Sendable {
    var periods: [PeriodFigures]
    /// The pairs of municipalities that share an urgentienummer (one entry per ambiguous number).
    var ambiguousNumbers: [[MunicipalityCode]]

    func figures(for period: Period) -> PeriodFigures? { periods.first { $0.period == period } }
}
