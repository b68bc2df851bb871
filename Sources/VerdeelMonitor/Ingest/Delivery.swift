/// One recognised delivery file and what became of its rows.
///
/// The accounting identity holds for every delivery: `records == used + rejected + outsideRegion + superseded`.
struct Delivery: Sendable, Hashable {
    /// `afgewezen`: the version in use, rejected as a whole (SPEC.md section 10); it still replaces the lower
    /// versions, so the delivery counts as missing.
    enum Status: String, Sendable { case gebruikt, vervangen, afgewezen }

    var name: DeliveryName
    /// Path relative to the input folder.
    var path: String
    /// SHA-256 of the file's raw bytes, lowercase hex.
    var sha256: String
    var status: Status
    var encoding: TextEncoding?
    /// CSV records (a quoted line break does not start one, blank lines are not records).
    var records = 0
    var used = 0
    var rejected = 0
    var outsideRegion = 0
    /// Rows replaced by a later delivery; every row of a delivery replaced by a higher version.
    var superseded = 0
    /// The file as a whole was rejected (unreadable, no header, a required column missing).
    var rejectedAsFile = false

    /// Whether this delivery counts as delivered for completeness: the version in use, not rejected as a file,
    /// and not every one of its records rejected. A file with a header and no records is a valid, empty
    /// delivery.
    var isUsable: Bool {
        status == .gebruikt && !rejectedAsFile && (records == 0 || rejected < records)
    }
}
