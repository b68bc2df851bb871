/// One letting of a social-rental home by a corporation (a row of a `verhuringen` export).
///
/// `id` and `urgencyNumber` identify a person's letting and beschikking: they are used to resolve and link
/// records and never appear in any output.
public struct Letting: Sendable, Hashable {
    public var id: String
    public var date: Day
    /// Municipality of the home.
    public var municipality: MunicipalityCode
    /// nil for a regular home seeker.
    public var urgency: UrgencyCode?
    public var urgencyNumber: String?
    public var origin: MunicipalityCode?
    public var smallAffordable: Bool
    /// The corporation that let the home (the delivery's bron).
    public var corporation: String

    public init(id: String, date: Day, municipality: MunicipalityCode, urgency: UrgencyCode? = nil,
                urgencyNumber: String? = nil, origin: MunicipalityCode? = nil, smallAffordable: Bool = false,
                corporation: String) {
        self.id = id
        self.date = date
        self.municipality = municipality
        self.urgency = urgency
        self.urgencyNumber = urgencyNumber
        self.origin = origin
        self.smallAffordable = smallAffordable
        self.corporation = corporation
    }

    /// A letting to a wettelijk urgent.
    public var isStatutory: Bool { urgency?.isStatutory ?? false }
}

/// The decision on an urgency application.
public enum Besluit: String, Sendable, Hashable {
    case toegekend, afgewezen, ingetrokken
}

/// One urgency application in a municipality's register, in its latest state (a row of an `urgentie` export).
public struct UrgencyRecord: Sendable, Hashable {
    public var number: String
    /// The municipality whose register holds the row (the delivery's bron).
    public var municipality: MunicipalityCode
    public var applied: Day
    /// A statutory code or `LOK`.
    public var category: UrgencyCode
    public var besluit: Besluit?
    public var decided: Day?
    public var origin: MunicipalityCode?
    /// The row documents an exception to the woonplaatsbeginsel (afspraak 1b).
    public var exception: Bool
    public var reden: String
    public var lapsed: Day?

    public init(number: String, municipality: MunicipalityCode, applied: Day, category: UrgencyCode,
                besluit: Besluit? = nil, decided: Day? = nil, origin: MunicipalityCode? = nil,
                exception: Bool = false, reden: String = "", lapsed: Day? = nil) {
        self.number = number
        self.municipality = municipality
        self.applied = applied
        self.category = category
        self.besluit = besluit
        self.decided = decided
        self.origin = origin
        self.exception = exception
        self.reden = reden
        self.lapsed = lapsed
    }
}

/// The change in small, (very) affordable social-rental homes of one municipality (a `voorraad` row).
public struct StockChange: Sendable, Hashable {
    public var municipality: MunicipalityCode
    public var period: Period
    public var added: Int
    public var removed: Int

    public init(municipality: MunicipalityCode, period: Period, added: Int, removed: Int) {
        self.municipality = municipality
        self.period = period
        self.added = added
        self.removed = removed
    }
}
