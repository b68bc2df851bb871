/// A municipality's share of the housed urgents against its share of the region's households.
struct Distribution: Sendable, Hashable {
    /// g_m: gehuisvest without the municipality's uitgezonderde categorieën.
    var gehuisvest: Int
    /// h_m / H.
    var aandeelHuishoudens: Double
    /// G x h_m / H.
    var evenredigAandeel: Double
    /// g_m / evenredigAandeel; nil when G = 0.
    var index: Double?
    /// 1000 x g_m / h_m.
    var perDuizendHuishoudens: Double
}

/// The region's distribution figures.
struct RegionDistribution: Sendable, Hashable {
    /// G.
    var gehuisvest: Int
    /// 50 x sum |g_m/G - h_m/H|: the percentage of housed urgents that would have to live elsewhere for a
    /// distribution by households; nil when G = 0.
    var afwijking: Double?
}

extension Distribution {
    /// The distribution naar rato van huishoudens for municipalities with g_m and h_m, in the same order.
    static func compute(
        housed: [Int], households: [Int]
    ) -> (municipalities: [Distribution], region: RegionDistribution) {
        precondition(housed.count == households.count)
        let total = housed.reduce(0, +)
        let totalHouseholds = households.reduce(0, +)
        var deviation = 0.0
        var result: [Distribution] = []
        for (g, h) in zip(housed, households) {
            let share = Double(h) / Double(totalHouseholds)
            let expected = Double(total) * share
            if total > 0 { deviation += abs(Double(g) / Double(total) - share) }
            result.append(
                Distribution(
                    gehuisvest: g, aandeelHuishoudens: share, evenredigAandeel: expected,
                    index: total == 0 ? nil : Double(g) / expected,
                    perDuizendHuishoudens: 1000 * Double(g) / Double(h)))
        }
        return (result, RegionDistribution(gehuisvest: total, afwijking: total == 0 ? nil : 50 * deviation))
    }
}
