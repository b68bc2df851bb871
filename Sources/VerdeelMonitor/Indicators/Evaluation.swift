/// The three-year evaluation (SPEC.md section 9): did the region grow towards its agreements over the window W,
/// the last six periods in the data up to and including the reported one (fewer when the data holds fewer)?
struct Evaluation: Sendable, Hashable {
    /// ingroeipad b: is the spread of the municipalities' percentages smaller at the end of W than at its start?
    enum Direction: String, Sendable, Hashable {
        case dichterbij, verder, gelijk
    }

    /// The sums over W of one municipality or of the region.
    struct Sums: Sendable, Hashable {
        /// gehuisvest summed over W (every statutory category, the uitgezonderde ones too).
        var gehuisvest = 0
        var mutaties = 0
        /// Netto change in small affordable homes, summed over the periods of W that have voorraad; 0 when none.
        var voorraadNetto = 0

        /// 100 x gehuisvest / mutaties over W; nil without mutaties.
        var percentage: Double? { mutaties == 0 ? nil : Double(100 * gehuisvest) / Double(mutaties) }
    }

    struct Municipality: Sendable, Hashable {
        var municipality: MemberMunicipality
        var sums: Sums
        /// The distribution over W: g_m and G summed over W, as in section 4 (index nil when G = 0).
        var distribution: Distribution
        /// The section 4 toewijzingspercentage in the first and in the last period of W (nil without mutaties).
        var percentageBegin: Double?
        var percentageEnd: Double?
    }

    /// How many periods a full window holds: three years of half-years.
    static let fullWindow = 6

    /// The periods of W, oldest first.
    var periods: [Period]
    var municipalities: [Municipality]
    var region: Sums
    /// 50 x sum |g_m,W / G_W - h_m / H|; nil when G_W = 0.
    var afwijking: Double?
    /// The population standard deviation (percentage points) of the section 4 toewijzingspercentages of the
    /// municipalities with mutaties in the first / last period of W; nil when none has mutaties.
    var spreidingBegin: Double?
    var spreidingEind: Double?
    /// nil when a spread is missing.
    var ingroeipadB: Direction?

    /// The evaluation for `period` over the figures in `history` (whose periods are the periods in the data).
    init(period: Period, history: History, config: RegionConfig) {
        let window = Array(history.periods.filter { $0.period <= period }.suffix(Self.fullWindow))
        periods = window.map(\.period)
        var sums = Array(repeating: Sums(), count: config.municipalities.count)
        var housed = Array(repeating: 0, count: config.municipalities.count)
        region = Sums()
        for figures in window {
            for (m, municipality) in figures.municipalities.enumerated() {
                sums[m].gehuisvest += municipality.indicators.gehuisvest.total
                sums[m].mutaties += municipality.indicators.mutaties
                sums[m].voorraadNetto += municipality.indicators.voorraad?.netto ?? 0
                housed[m] += municipality.distribution.gehuisvest
            }
            region.gehuisvest += figures.region.gehuisvest.total
            region.mutaties += figures.region.mutaties
            region.voorraadNetto += figures.region.voorraad?.netto ?? 0
        }
        let distribution = Distribution.compute(housed: housed, households: config.municipalities.map(\.households))
        afwijking = distribution.region.afwijking
        let first = window.first
        let last = window.last
        municipalities = config.municipalities.indices.map { m in
            Municipality(
                municipality: config.municipalities[m], sums: sums[m], distribution: distribution.municipalities[m],
                percentageBegin: first?.municipalities[m].indicators.percentage,
                percentageEnd: last?.municipalities[m].indicators.percentage)
        }
        let begin = first.flatMap(Self.variance)
        let end = last.flatMap(Self.variance)
        spreidingBegin = begin.map { $0.squareRoot() }
        spreidingEind = end.map { $0.squareRoot() }
        if let begin, let end {
            ingroeipadB = Self.direction(from: begin, to: end)
        } else {
            ingroeipadB = nil
        }
    }

    /// The population variance of the toewijzingspercentages of the municipalities with mutaties in `figures`;
    /// nil when none has mutaties. The values are summed in ascending order, so the same percentages give the
    /// same variance whichever municipalities have them.
    static func variance(_ figures: PeriodFigures) -> Double? {
        let values = figures.municipalities.compactMap(\.indicators.percentage).sorted()
        guard !values.isEmpty else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        return values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
    }

    /// `dichterbij` when the spread fell, `verder` when it rose, else `gelijk`. The unrounded variances are
    /// compared; a difference below 1e-9 squared percentage points is the noise of floating point, not a change
    /// (docs/contract.md).
    static func direction(from begin: Double, to end: Double) -> Direction {
        if abs(end - begin) <= 1e-9 { return .gelijk }
        return end < begin ? .dichterbij : .verder
    }

    /// Whether W holds fewer periods than a full three-year window.
    var isShort: Bool { periods.count < Self.fullWindow }
}
