/// Which lettings count as mutaties, the denominator of the toewijzingspercentage.
enum Denominator: String, Sendable, Hashable, CaseIterable {
    case alle
    case zonderVergunninghouders = "zonder-vergunninghouders"
}

/// A member municipality of the region, as configured.
struct MemberMunicipality: Sendable, Hashable {
    var code: MunicipalityCode
    var naam: String
    /// CBS private households.
    var households: Int
    var aliases: [String]
    /// Categories this municipality handles in another region; left out of the verdeling only.
    var excludedCategories: Set<UrgencyCode>
    /// CBS codes of municipalities this one took over (`voorgangers`, SPEC.md section 9), in config order. Such a
    /// code counts as this municipality everywhere: as the bron of a delivery and as a gemeente or herkomstgemeente.
    var predecessors: [MunicipalityCode]
    /// `profiel`: the name of the `[[profiel]]` its deliveries use, if any.
    var profile: String?

    init(
        code: MunicipalityCode, naam: String, households: Int, aliases: [String] = [],
        excludedCategories: Set<UrgencyCode> = [], predecessors: [MunicipalityCode] = []
    ) {
        self.code = code
        self.naam = naam
        self.households = households
        self.aliases = aliases
        self.excludedCategories = excludedCategories
        self.predecessors = predecessors
    }
}

/// A housing corporation expected to deliver lettings.
struct Corporation: Sendable, Hashable {
    var code: String
    var naam: String
    /// `profiel`: the name of the `[[profiel]]` its deliveries use, if any.
    var profile: String?
}

/// The thresholds of the noodknop rules.
struct NoodknopSettings: Sendable, Hashable {
    /// How many half-years in a row above the signaalwaarde make the rule fire (`signaalwaarde_reeks`).
    var signaalwaardeReeks = 2
    /// How many half-years of strict growth in the region's wachtenden make the rule fire (`wachtenden_groei`).
    var wachtendenGroei = 2
}

/// The configuration of one housing-market region (`regio.toml`).
struct RegionConfig: Sendable, Hashable {
    var code: String
    var naam: String
    /// Statutory minimum allocation percentage.
    var minimum: Double
    var signaalwaarde: Double
    var noemer: Denominator
    /// Public output hides category cells from 1 to this value minus one.
    var suppressBelow: Int
    /// In report order.
    var municipalities: [MemberMunicipality]
    var corporations: [Corporation]
    var noodknop: NoodknopSettings
    /// The report's house style; empty when `[huisstijl]` is absent.
    var huisstijl: Huisstijl
    /// Bounds on each input file (`[limieten]`).
    var limits = Limits()
    /// `[[profiel]]`: the senders' own columns and labels, by `naam`.
    var profiles: [String: Profile] = [:]
    /// `[huishoudens]`: where the households came from when read from a CBS file; nil when configured per
    /// `[[gemeente]]`.
    var householdsSource: HouseholdsSource?

    /// The values SPEC.md gives when `regio.toml` leaves a key out: the one place they are written.
    enum Defaults {
        static let minimum = 15.0
        static let signaalwaarde = 20.0
        static let noemer = Denominator.alle
        static let suppressBelow = 5
    }

    init(
        code: String, naam: String, minimum: Double = Defaults.minimum, signaalwaarde: Double = Defaults.signaalwaarde,
        noemer: Denominator = Defaults.noemer, suppressBelow: Int = Defaults.suppressBelow,
        municipalities: [MemberMunicipality],
        corporations: [Corporation], noodknop: NoodknopSettings = NoodknopSettings(),
        huisstijl: Huisstijl = Huisstijl()
    ) {
        self.code = code
        self.naam = naam
        self.minimum = minimum
        self.signaalwaarde = signaalwaarde
        self.noemer = noemer
        self.suppressBelow = suppressBelow
        self.municipalities = municipalities
        self.corporations = corporations
        self.noodknop = noodknop
        self.huisstijl = huisstijl
    }

    /// The member municipality with this code, if any.
    func member(_ code: MunicipalityCode) -> MemberMunicipality? {
        municipalities.first { $0.code == code }
    }

    func isMember(_ code: MunicipalityCode) -> Bool { member(code) != nil }

    /// The member a CBS code counts as: the member with that code, or the member that lists it as a predecessor
    /// (`voorgangers`); nil for a municipality outside the region.
    func memberCode(for code: MunicipalityCode) -> MunicipalityCode? {
        municipalities.first { $0.code == code || $0.predecessors.contains(code) }?.code
    }

    /// The member that took over `code`, when `code` is a predecessor (not a member's own code).
    func successor(of code: MunicipalityCode) -> MemberMunicipality? {
        municipalities.first { $0.predecessors.contains(code) }
    }
}
