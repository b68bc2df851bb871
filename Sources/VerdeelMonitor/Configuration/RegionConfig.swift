/// Which lettings count as mutaties, the denominator of the toewijzingspercentage.
public enum Denominator: String, Sendable, Hashable, CaseIterable {
    case alle
    case zonderVergunninghouders = "zonder-vergunninghouders"
}

/// A member municipality of the region, as configured.
public struct MemberMunicipality: Sendable, Hashable {
    public var code: MunicipalityCode
    public var naam: String
    /// CBS private households.
    public var households: Int
    public var aliases: [String]
    /// Categories this municipality handles in another region; left out of the verdeling only.
    public var excludedCategories: Set<UrgencyCode>

    public init(code: MunicipalityCode, naam: String, households: Int, aliases: [String] = [],
                excludedCategories: Set<UrgencyCode> = []) {
        self.code = code
        self.naam = naam
        self.households = households
        self.aliases = aliases
        self.excludedCategories = excludedCategories
    }
}

/// A housing corporation expected to deliver lettings.
public struct Corporation: Sendable, Hashable {
    public var code: String
    public var naam: String

    public init(code: String, naam: String) {
        self.code = code
        self.naam = naam
    }
}

/// The thresholds of the noodknop rules.
public struct NoodknopSettings: Sendable, Hashable {
    /// How many half-years in a row above the signaalwaarde make the rule fire.
    public var signaalwaardeReeks: Int = 2
    /// How many half-years of strict growth in the region's wachtenden make the rule fire.
    public var wachtendenGroei: Int = 2

    public init(signaalwaardeReeks: Int = 2, wachtendenGroei: Int = 2) {
        self.signaalwaardeReeks = signaalwaardeReeks
        self.wachtendenGroei = wachtendenGroei
    }
}

/// The configuration of one housing-market region (`regio.toml`).
public struct RegionConfig: Sendable, Hashable {
    public var code: String
    public var naam: String
    /// Statutory minimum allocation percentage.
    public var minimum: Double
    public var signaalwaarde: Double
    public var noemer: Denominator
    /// Public output hides category cells from 1 to this value minus one.
    public var suppressBelow: Int
    /// In report order.
    public var municipalities: [MemberMunicipality]
    public var corporations: [Corporation]
    public var noodknop: NoodknopSettings
    /// The report's house style; empty when `[huisstijl]` is absent.
    public var huisstijl: Huisstijl

    public init(code: String, naam: String, minimum: Double = 15, signaalwaarde: Double = 20,
                noemer: Denominator = .alle, suppressBelow: Int = 5, municipalities: [MemberMunicipality],
                corporations: [Corporation], noodknop: NoodknopSettings = NoodknopSettings(),
                huisstijl: Huisstijl = Huisstijl()) {
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
    public func member(_ code: MunicipalityCode) -> MemberMunicipality? {
        municipalities.first { $0.code == code }
    }

    public func isMember(_ code: MunicipalityCode) -> Bool { member(code) != nil }
}
