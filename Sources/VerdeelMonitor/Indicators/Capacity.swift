/// Would the statutory minimum have housed everyone who needed a home (SPEC.md section 9, Twente's footnote 4)?
///
/// Computed for a municipality from its own figures and for the region from the region's totals, never as a sum
/// of the municipalities' results: a shortfall in one municipality is not offset by room in another in
/// `tekort`, but the region's `tekort` is that of its totals.
struct Capaciteit: Sendable, Hashable {
    /// gehuisvest + wachtend: the statutory urgents who needed a home in the period (housed in it, or still
    /// waiting at its end). gehuisvest counts every statutory category, the uitgezonderde ones too.
    var vraag: Int
    /// minimum x mutaties / 100: what the statutory minimum would have housed.
    var bijMinimum: Double
    /// max(0, vraag - bijMinimum): how many of the vraag the minimum would have left without a home.
    var tekort: Double
    /// 100 x vraag / mutaties: the percentage that would have housed every one of them; nil without mutaties.
    var nodigPercentage: Double?

    init(gehuisvest: Int, wachtend: Int, mutaties: Int, minimum: Double) {
        vraag = gehuisvest + wachtend
        bijMinimum = minimum * Double(mutaties) / 100
        tekort = max(0, Double(vraag) - bijMinimum)
        nodigPercentage = mutaties == 0 ? nil : Double(100 * vraag) / Double(mutaties)
    }

    init(_ figures: Indicators, minimum: Double) {
        self.init(
            gehuisvest: figures.gehuisvest.total, wachtend: figures.wachtend, mutaties: figures.mutaties,
            minimum: minimum)
    }

    /// Whether the minimum would have housed everyone.
    var volstaat: Bool { tekort == 0 }
}

/// The home seekers of a municipality or the region from the zoekers deliveries: how many were active and how
/// many of them were let a home (SPEC.md section 9).
struct Zoekers: Sendable, Hashable {
    var actief = 0
    var geslaagd = 0

    init(actief: Int = 0, geslaagd: Int = 0) {
        self.actief = actief
        self.geslaagd = geslaagd
    }

    /// The slaagkans: 100 x geslaagd / actief; nil when nobody was active.
    var percentage: Double? { actief == 0 ? nil : Double(100 * geslaagd) / Double(actief) }

    static func + (lhs: Zoekers, rhs: Zoekers) -> Zoekers {
        Zoekers(actief: lhs.actief + rhs.actief, geslaagd: lhs.geslaagd + rhs.geslaagd)
    }
}

extension Indicators {
    /// 100 x regulier / every letting in the period (whatever `noemer` says); nil without lettings.
    var aandeelRegulier: Double? { verhuringen == 0 ? nil : Double(100 * regulier) / Double(verhuringen) }
}
