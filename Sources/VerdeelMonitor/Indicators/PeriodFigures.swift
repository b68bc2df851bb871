/// One municipality's figures in one period.
public struct MunicipalityFigures: Sendable, Hashable {
    public var municipality: MemberMunicipality
    public var indicators: Indicators
    public var signaal: Signaal
    public var distribution: Distribution
}

/// Lettings to wettelijk urgenten that carry neither an urgentienummer nor a herkomstgemeente, per corporation.
public struct DataQuality: Sendable, Hashable {
    public var corporation: String
    public var withoutOrigin: Int
}

/// Every figure of the monitor for one period: the member municipalities in config order, and the region.
public struct PeriodFigures: Sendable, Hashable {
    public var period: Period
    public var municipalities: [MunicipalityFigures]
    public var region: Indicators
    public var regionSignaal: Signaal
    public var regionDistribution: RegionDistribution
    public var dataQuality: [DataQuality]
}

/// The figures of every period in the data, oldest first.
public struct History: Sendable {
    public var periods: [PeriodFigures]
    /// The pairs of municipalities that share an urgentienummer (one entry per ambiguous number).
    public var ambiguousNumbers: [[MunicipalityCode]]

    public func figures(for period: Period) -> PeriodFigures? { periods.first { $0.period == period } }
}
