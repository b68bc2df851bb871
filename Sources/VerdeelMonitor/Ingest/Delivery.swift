/// A row or file that was not used because it breaks the contract.
///
/// `reason` never contains a value from the input, so it may appear in the report. `value` is the offending
/// value (an unknown code or municipality name) for the administrator's log only: when an export's columns are
/// shifted it could hold a per-person value, so no report or XML ever shows it.
public struct Reject: Sendable, Hashable {
    public var location: SourceLocation
    public var reason: String
    public var value: String?

    public init(_ location: SourceLocation, _ reason: String, value: String? = nil) {
        self.location = location
        self.reason = reason
        self.value = value
    }

    /// The reason with the offending value, for the log (stderr) and `validate`.
    public var logText: String { value.map { "\(reason): '\($0)'" } ?? reason }
}

/// Something worth knowing about the inputs that rejects nothing (an unknown corporation, a file read as
/// Windows-1252, a letting dated outside its delivery's period).
public struct Notice: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}

/// One recognised delivery file and what became of its rows.
///
/// The accounting identity holds for every delivery: `records == used + rejected + outsideRegion + superseded`.
public struct Delivery: Sendable, Hashable {
    public enum Status: String, Sendable { case gebruikt, vervangen }

    public var name: DeliveryName
    /// Path relative to the input folder.
    public var path: String
    /// SHA-256 of the file's raw bytes, lowercase hex.
    public var sha256: String
    public var status: Status
    public var encoding: TextEncoding?
    /// CSV records (a quoted line break does not start one, blank lines are not records).
    public var records = 0
    public var used = 0
    public var rejected = 0
    public var outsideRegion = 0
    /// Rows replaced by a later delivery; every row of a delivery replaced by a higher version.
    public var superseded = 0
    /// The file as a whole was rejected (unreadable, no header, a required column missing).
    public var rejectedAsFile = false

    public var isBalanced: Bool { records == used + rejected + outsideRegion + superseded }

    /// Whether this delivery counts as delivered for completeness: the version in use, not rejected as a file,
    /// and not every one of its records rejected. A file with a header and no records is a valid, empty
    /// delivery.
    public var isUsable: Bool {
        status == .gebruikt && !rejectedAsFile && (records == 0 || rejected < records)
    }
}

/// Everything ingestion produced: the records to count, and the account of every file and row.
public struct Dataset: Sendable {
    public var deliveries: [Delivery] = []
    /// Files in the input folder whose name does not fit the pattern (relative paths).
    public var unrecognised: [String] = []
    public var rejects: [Reject] = []
    public var notices: [Notice] = []
    public var lettings: [Letting] = []
    public var register: [UrgencyRecord] = []
    public var stock: [StockChange] = []

    public init() {}

    /// The half-years with at least one recognised delivery, in order.
    public var periods: [Period] { Set(deliveries.map(\.name.period)).sorted() }

    /// Rejected rows or files, files not recognised, or `missing` deliveries: the run has problems to report
    /// (exit code 3).
    public func hasProblems(missing: [MissingDelivery]) -> Bool {
        !rejects.isEmpty || !unrecognised.isEmpty || !missing.isEmpty
    }

    /// Whether any voorraad delivery exists for `period`.
    public func hasStock(in period: Period) -> Bool {
        deliveries.contains { $0.name.soort == .voorraad && $0.name.period == period && $0.isUsable }
    }
}
