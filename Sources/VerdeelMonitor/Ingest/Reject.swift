/// A row or file that was not used because it breaks the contract.
///
/// `reason` never contains a value from the input, so it may appear in the report. `value` is the offending
/// value (an unknown code or municipality name) for the administrator's log only: when an export's columns are
/// shifted it could hold a per-person value, so no report or XML ever shows it.
struct Reject: Sendable, Hashable {
    var location: SourceLocation
    var reason: String
    var value: String?
    /// The contract column (`kolom`) the offending value is in, when the reject is about one column.
    var column: String?

    init(_ location: SourceLocation, _ reason: String, value: String? = nil, column: String? = nil) {
        self.location = location
        self.reason = reason
        self.value = value
        self.column = column
    }

    /// The reason with the offending value, for the log (stderr) and `validate`.
    var logText: String { value.map { "\(reason): '\($0)'" } ?? reason }
}

/// Something worth knowing about the inputs that rejects nothing (an unknown corporation, a file read as
/// Windows-1252, a letting dated outside its delivery's period).
struct Notice: Sendable, Hashable {
    var location: SourceLocation
    var message: String
    /// A notice that makes the run one with problems (exit code 3), such as a delivery for a future period.
    var isProblem: Bool
    /// For a notice that one delivery can give once per row: what they are, counted (e.g. "verhuringen gedateerd
    /// buiten de periode van de levering (2026-H1)"). The log then gives one line per delivery with the count, and
    /// each notice only at `--log-level debug` (`Summary`); the report lists them as before.
    var counted: String?

    init(_ location: SourceLocation, _ message: String, isProblem: Bool = false, counted: String? = nil) {
        self.location = location
        self.message = message
        self.isProblem = isProblem
        self.counted = counted
    }
}
