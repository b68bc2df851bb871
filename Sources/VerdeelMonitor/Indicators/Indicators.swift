/// How a toewijzingspercentage compares with the norms.
public enum Signaal: String, Sendable, Hashable {
    case binnen
    case onderMinimum = "onder-minimum"
    case bovenSignaalwaarde = "boven-signaalwaarde"
    case geenMutaties = "geen-mutaties"

    /// Compares the unrounded percentage: exactly the minimum or the signaalwaarde is `binnen`.
    public init(percentage: Double?, minimum: Double, signaalwaarde: Double) {
        guard let percentage else { self = .geenMutaties; return }
        if percentage < minimum { self = .onderMinimum }
        else if percentage > signaalwaarde { self = .bovenSignaalwaarde }
        else { self = .binnen }
    }
}

/// How the lettings to wettelijk urgenten relate to the woonplaatsbeginsel (afspraak 1a/1b).
public struct Passend: Sendable, Hashable {
    public var herkomst = 0
    public var uitzondering = 0
    public var mantelzorg = 0
    public var elders = 0
    public var onbekend = 0
    /// The normalised `reden` of each `elders` letting, with how often it occurs.
    public var knelpunten: [String: Int] = [:]

    public init() {}

    public var passend: Int { herkomst + uitzondering + mantelzorg }

    /// 100 x passend / (passend + elders); nil when both are 0.
    public var share: Double? {
        let known = passend + elders
        return known == 0 ? nil : 100 * Double(passend) / Double(known)
    }

    /// Knelpunten, most frequent first, then alphabetically.
    public var rankedKnelpunten: [(reden: String, count: Int)] {
        knelpunten.map { (reden: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reden < $1.reden }
    }

    public static func + (lhs: Passend, rhs: Passend) -> Passend {
        var sum = lhs
        sum.herkomst += rhs.herkomst
        sum.uitzondering += rhs.uitzondering
        sum.mantelzorg += rhs.mantelzorg
        sum.elders += rhs.elders
        sum.onbekend += rhs.onbekend
        sum.knelpunten.merge(rhs.knelpunten, uniquingKeysWith: +)
        return sum
    }
}

/// The change in small affordable homes.
public struct Voorraad: Sendable, Hashable {
    public var toegevoegd = 0
    public var onttrokken = 0
    public var netto: Int { toegevoegd - onttrokken }

    public init(toegevoegd: Int = 0, onttrokken: Int = 0) {
        self.toegevoegd = toegevoegd
        self.onttrokken = onttrokken
    }

    public static func + (lhs: Voorraad, rhs: Voorraad) -> Voorraad {
        Voorraad(toegevoegd: lhs.toegevoegd + rhs.toegevoegd, onttrokken: lhs.onttrokken + rhs.onttrokken)
    }
}

/// The statutory indicators of one municipality, or of the region, in one period.
///
/// The region's counts are the sums of its municipalities' (`+`); percentage and signaal follow from them.
public struct Indicators: Sendable, Hashable {
    public var aanvragen = CategoryCounts()
    public var beschikkingen = CategoryCounts()
    public var afgewezen = 0
    public var gehuisvest = CategoryCounts()
    public var mutaties = 0
    public var passend = Passend()
    public var wachtend = 0
    /// Days from datum_besluit to the letting, for the housed urgents with a linked beschikking.
    public var waitingDays: [Int] = []
    /// nil when no voorraad delivery exists for the period.
    public var voorraad: Voorraad?

    public init() {}

    /// 100 x gehuisvest / mutaties; nil without mutaties.
    public var percentage: Double? {
        mutaties == 0 ? nil : 100 * Double(gehuisvest.total) / Double(mutaties)
    }

    public func signaal(minimum: Double, signaalwaarde: Double) -> Signaal {
        Signaal(percentage: percentage, minimum: minimum, signaalwaarde: signaalwaarde)
    }

    /// The median of `waitingDays` (the mean of the two middle values for an even count); nil when empty.
    public var medianWaitingDays: Double? {
        guard !waitingDays.isEmpty else { return nil }
        let sorted = waitingDays.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    public static func + (lhs: Indicators, rhs: Indicators) -> Indicators {
        var sum = Indicators()
        sum.aanvragen = lhs.aanvragen + rhs.aanvragen
        sum.beschikkingen = lhs.beschikkingen + rhs.beschikkingen
        sum.afgewezen = lhs.afgewezen + rhs.afgewezen
        sum.gehuisvest = lhs.gehuisvest + rhs.gehuisvest
        sum.mutaties = lhs.mutaties + rhs.mutaties
        sum.passend = lhs.passend + rhs.passend
        sum.wachtend = lhs.wachtend + rhs.wachtend
        sum.waitingDays = lhs.waitingDays + rhs.waitingDays
        switch (lhs.voorraad, rhs.voorraad) {
        case (nil, nil): sum.voorraad = nil
        case let (a, b): sum.voorraad = (a ?? Voorraad()) + (b ?? Voorraad())
        }
        return sum
    }
}
