/// A delivery that was expected for the reported period but is not there.
public struct MissingDelivery: Sendable, Hashable {
    public var soort: Soort
    public var bron: String
}

extension Dataset {
    /// The deliveries expected for `period` that are missing: verhuringen from every configured corporation and
    /// urgentie from every member municipality (voorraad is optional). A delivery that was rejected as a whole
    /// counts as missing (see `Delivery.isUsable`).
    public func missingDeliveries(for period: Period, config: RegionConfig) -> [MissingDelivery] {
        let present = Set(deliveries.filter { $0.name.period == period && $0.isUsable }.map { "\($0.name.soort.rawValue)/\($0.name.bron)" })
        let expected = config.corporations.map { MissingDelivery(soort: .verhuringen, bron: $0.code) }
            + config.municipalities.map { MissingDelivery(soort: .urgentie, bron: $0.code.value) }
        return expected.filter { !present.contains("\($0.soort.rawValue)/\($0.bron)") }
    }
}
