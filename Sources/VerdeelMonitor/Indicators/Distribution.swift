/// A municipality's share of the housed urgents against its share of the region's households.
public struct Distribution: Sendable, Hashable {
    /// g_m: gehuisvest without the municipality's uitgezonderde categorieën.
    public var gehuisvest: Int
    /// h_m / H.
    public var aandeelHuishoudens: Double
    /// G x h_m / H.
    public var evenredigAandeel: Double
    /// g_m / evenredigAandeel; nil when G = 0.
    public var index: Double?
    /// 1000 x g_m / h_m.
    public var perDuizendHuishoudens: Double
}

/// The region's distribution figures.
public struct RegionDistribution: Sendable, Hashable {
    /// G.
    public var gehuisvest: Int
    /// 50 x sum |g_m/G - h_m/H|: the percentage of housed urgents that would have to live elsewhere for a
    /// distribution by households; nil when G = 0.
    public var afwijking: Double?
}

extension Distribution {
    /// The distribution naar rato van huishoudens for municipalities with g_m and h_m, in the same order.
    public static func compute(housed: [Int], households: [Int]) -> (municipalities: [Distribution], region: RegionDistribution) {
        precondition(housed.count == households.count)
        let total = housed.reduce(0, +)
        let totalHouseholds = households.reduce(0, +)
        var deviation = 0.0
        var result: [Distribution] = []
        for (g, h) in zip(housed, households) {
            let share = Double(h) / Double(totalHouseholds)
            let expected = Double(total) * share
            if total > 0 { deviation += abs(Double(g) / Double(total) - share) }
            result.append(Distribution(gehuisvest: g, aandeelHuishoudens: share, evenredigAandeel: expected,
                                       index: total == 0 ? nil : Double(g) / expected,
                                       perDuizendHuishoudens: 1000 * Double(g) / Double(h)))
        }
        return (result, RegionDistribution(gehuisvest: total, afwijking: total == 0 ? nil : 50 * deviation))
    }
}
