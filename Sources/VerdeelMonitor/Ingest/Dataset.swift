/// Everything ingestion produced: the records to count, and the account of every file and row.
struct Dataset: Sendable {
    var deliveries: [Delivery] = []
    /// Files in the input folder whose name does not fit the pattern (relative paths).
    var unrecognised: [String] = []
    /// Entries that are not regular files (a pipe, a device, a dangling or looping link), skipped unread; each is
    /// also a file-level reject.
    var skipped: [Discovery.Skipped] = []
    var rejects: [Reject] = []
    var notices: [Notice] = []
    /// The chosen lettings, when the intake keeps them (`LettingUse.countedAndKept`); a run counts them
    /// while reading instead (`LettingTally`) and leaves this empty.
    var lettings: [Letting] = []
    /// The chosen register rows, in the order of the rows they come from.
    var register: [UrgencyRecord] = []
    var stock: [StockChange] = []
    /// The used `zoekers` rows (SPEC.md section 9).
    var seekers: [SeekerCount] = []
    /// Per predecessor code (`voorgangers`): the accepted rows that name it as gemeente or herkomstgemeente. The
    /// report says which predecessors were included.
    var predecessorRows: [MunicipalityCode: Int] = [:]

    init() {}

    /// The half-years with at least one recognised delivery, in order.
    var periods: [Period] { Set(deliveries.map(\.name.period)).sorted() }

    /// Whether a usable voorraad delivery exists for `period` (see `Delivery.isUsable`).
    func hasStock(in period: Period) -> Bool { hasUsable(.voorraad, in: period) }

    /// Whether a usable zoekers delivery exists for `period`: then every municipality has a slaagkans.
    func hasSeekers(in period: Period) -> Bool { hasUsable(.zoekers, in: period) }

    /// Whether a delivery of `soort` for `period` is usable: the version in use, not rejected as a whole file, and
    /// not every record rejected (a file with only a header counts). A period whose only voorraad or zoekers file is
    /// unreadable shows no figures rather than zeros.
    func hasUsable(_ soort: Soort, in period: Period) -> Bool {
        deliveries.contains { $0.name.soort == soort && $0.name.period == period && $0.isUsable }
    }
}
