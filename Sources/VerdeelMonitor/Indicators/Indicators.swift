/// How a toewijzingspercentage compares with the norms.
enum Signaal: String, Sendable, Hashable {
    case binnen
    case onderMinimum = "onder-minimum"
    case bovenSignaalwaarde = "boven-signaalwaarde"
    case geenMutaties = "geen-mutaties"

    /// Compares the unrounded percentage: exactly the minimum or the signaalwaarde is `binnen`.
    init(percentage: Double?, minimum: Double, signaalwaarde: Double) {
        guard let percentage else {
            self = .geenMutaties
            return
        }
        if percentage < minimum {
            self = .onderMinimum
        } else if percentage > signaalwaarde {
            self = .bovenSignaalwaarde
        } else {
            self = .binnen
        }
    }
}

/// How the lettings to wettelijk urgenten relate to the woonplaatsbeginsel (afspraak 1a/1b).
struct Passend: Sendable, Hashable {
    var herkomst = 0
    var uitzondering = 0
    var mantelzorg = 0
    var elders = 0
    var onbekend = 0
    /// The normalised `reden` of each `elders` letting, with how often it occurs.
    var knelpunten: [String: Int] = [:]

    init() {}

    var passend: Int { herkomst + uitzondering + mantelzorg }

    /// 100 x passend / (passend + elders); nil when both are 0.
    var share: Double? {
        let known = passend + elders
        return known == 0 ? nil : 100 * Double(passend) / Double(known)
    }

    /// Knelpunten, most frequent first, then alphabetically.
    var rankedKnelpunten: [(reden: String, count: Int)] {
        knelpunten.map { (reden: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reden < $1.reden }
    }

    static func + (lhs: Passend, rhs: Passend) -> Passend {
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
struct Voorraad: Sendable, Hashable {
    var toegevoegd = 0
    var onttrokken = 0
    var netto: Int { toegevoegd - onttrokken }

    init(toegevoegd: Int = 0, onttrokken: Int = 0) {
        self.toegevoegd = toegevoegd
        self.onttrokken = onttrokken
    }

    static func + (lhs: Voorraad, rhs: Voorraad) -> Voorraad {
        Voorraad(toegevoegd: lhs.toegevoegd + rhs.toegevoegd, onttrokken: lhs.onttrokken + rhs.onttrokken)
    }
}

/// The statutory indicators of one municipality, or of the region, in one period.
///
/// The region's counts are the sums of its municipalities' (`+`); percentage and signaal follow from them.
struct Indicators: Sendable, Hashable {
    var aanvragen = CategoryCounts()
    var beschikkingen = CategoryCounts()
    var afgewezen = 0
    var gehuisvest = CategoryCounts()
    var mutaties = 0
    var passend = Passend()
    var wachtend = 0
    /// Days from datum_besluit to the letting, for the housed urgents with a linked beschikking.
    var wachttijd: [Int] = []
    /// nil when no voorraad delivery exists for the period.
    var voorraad: Voorraad?
    /// Every letting dated in the period, whatever `noemer` says (the denominator of aandeelRegulier).
    var verhuringen = 0
    /// Lettings with an empty urgentie code: regular home seekers (SPEC.md section 9).
    var regulier = 0
    /// nil when no zoekers delivery exists for the period.
    var zoekers: Zoekers?

    init() {}

    /// 100 x gehuisvest / mutaties; nil without mutaties.
    var percentage: Double? {
        mutaties == 0 ? nil : 100 * Double(gehuisvest.total) / Double(mutaties)
    }

    func signaal(minimum: Double, signaalwaarde: Double) -> Signaal {
        Signaal(percentage: percentage, minimum: minimum, signaalwaarde: signaalwaarde)
    }

    /// The median of `wachttijd` (the mean of the two middle values for an even count); nil when empty.
    var mediaanDagen: Double? {
        guard !wachttijd.isEmpty else { return nil }
        let sorted = wachttijd.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    static func + (lhs: Indicators, rhs: Indicators) -> Indicators {
        var sum = Indicators()
        sum.aanvragen = lhs.aanvragen + rhs.aanvragen
        sum.beschikkingen = lhs.beschikkingen + rhs.beschikkingen
        sum.afgewezen = lhs.afgewezen + rhs.afgewezen
        sum.gehuisvest = lhs.gehuisvest + rhs.gehuisvest
        sum.mutaties = lhs.mutaties + rhs.mutaties
        sum.passend = lhs.passend + rhs.passend
        sum.wachtend = lhs.wachtend + rhs.wachtend
        sum.wachttijd = lhs.wachttijd + rhs.wachttijd
        switch (lhs.voorraad, rhs.voorraad) {
        case (nil, nil): sum.voorraad = nil
        case (let a, let b): sum.voorraad = (a ?? Voorraad()) + (b ?? Voorraad())
        }
        sum.verhuringen = lhs.verhuringen + rhs.verhuringen
        sum.regulier = lhs.regulier + rhs.regulier
        switch (lhs.zoekers, rhs.zoekers) {
        case (nil, nil): sum.zoekers = nil
        case (let a, let b): sum.zoekers = (a ?? Zoekers()) + (b ?? Zoekers())
        }
        return sum
    }
}
