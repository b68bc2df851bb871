/// One letting of a social-rental home by a corporation (a row of a `verhuringen` export).
///
/// `id` and `urgencyNumber` identify a person's letting and beschikking: they are used to resolve and link
/// records and never appear in any output.
struct Letting: Sendable, Hashable {
    /// The verhuring_id.
    var key: RecordID
    var date: Day
    /// Municipality of the home.
    var municipality: MunicipalityCode
    /// nil for a regular home seeker.
    var urgency: UrgencyCode?
    /// The urgentienummer of the beschikking the home was let on, if given.
    var urgencyKey: RecordID?
    var origin: MunicipalityCode?
    var smallAffordable: Bool
    /// The corporation that let the home (the delivery's bron).
    var corporation: String

    init(
        id: String, date: Day, municipality: MunicipalityCode, urgency: UrgencyCode? = nil,
        urgencyNumber: String? = nil, origin: MunicipalityCode? = nil, smallAffordable: Bool = false,
        corporation: String
    ) {
        self.init(
            key: RecordID(id), date: date, municipality: municipality, urgency: urgency,
            urgencyKey: urgencyNumber.map(RecordID.init), origin: origin, smallAffordable: smallAffordable,
            corporation: corporation)
    }

    init(
        key: RecordID, date: Day, municipality: MunicipalityCode, urgency: UrgencyCode?, urgencyKey: RecordID?,
        origin: MunicipalityCode?, smallAffordable: Bool, corporation: String
    ) {
        self.key = key
        self.date = date
        self.municipality = municipality
        self.urgency = urgency
        self.urgencyKey = urgencyKey
        self.origin = origin
        self.smallAffordable = smallAffordable
        self.corporation = corporation
    }

    var id: String { key.description }
    var urgencyNumber: String? { urgencyKey?.description }

    /// A letting to a wettelijk urgent.
    var isStatutory: Bool { urgency?.isStatutory ?? false }
}

/// The decision on an urgency application.
enum Besluit: String, Sendable, Hashable {
    case toegekend, afgewezen, ingetrokken
}

/// One urgency application in a municipality's register, in its latest state (a row of an `urgentie` export).
struct UrgencyRecord: Sendable, Hashable {
    /// The urgentienummer.
    var key: RecordID
    /// The municipality whose register holds the row (the delivery's bron).
    var municipality: MunicipalityCode
    var applied: Day
    /// A statutory code or `LOK`.
    var category: UrgencyCode
    var besluit: Besluit?
    var decided: Day?
    var origin: MunicipalityCode?
    /// The row documents an exception to the woonplaatsbeginsel (afspraak 1b).
    var exception: Bool
    var reden: String
    var lapsed: Day?

    init(
        number: String, municipality: MunicipalityCode, applied: Day, category: UrgencyCode,
        besluit: Besluit? = nil, decided: Day? = nil, origin: MunicipalityCode? = nil,
        exception: Bool = false, reden: String = "", lapsed: Day? = nil
    ) {
        self.init(
            key: RecordID(number), municipality: municipality, applied: applied, category: category, besluit: besluit,
            decided: decided, origin: origin, exception: exception, reden: reden, lapsed: lapsed)
    }

    init(
        key: RecordID, municipality: MunicipalityCode, applied: Day, category: UrgencyCode, besluit: Besluit?,
        decided: Day?, origin: MunicipalityCode?, exception: Bool, reden: String, lapsed: Day?
    ) {
        self.key = key
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

    var number: String { key.description }
}

/// The change in small, (very) affordable social-rental homes of one municipality (a `voorraad` row).
struct StockChange: Sendable, Hashable {
    var municipality: MunicipalityCode
    var period: Period
    var added: Int
    var removed: Int
}

/// The home seekers of one municipality in one period, from a `zoekers` row (SPEC.md section 9). These are
/// aggregates, not persons: how many home seekers were active (reacted to an offer or were mediated) and how many
/// of them were let a home.
struct SeekerCount: Sendable, Hashable {
    var municipality: MunicipalityCode
    /// The delivery's periode: a zoekers row has no date of its own.
    var period: Period
    var active: Int
    var succeeded: Int
}
