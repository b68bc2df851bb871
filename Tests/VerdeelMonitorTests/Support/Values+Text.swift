@testable import VerdeelMonitor

/// The value readers over a `String`, as tests write their values (the ingest reads them from the bytes).
extension Values {
    /// `day(utf8:)` of `text`.
    static func day(_ text: String) -> Day? { day(utf8: text.utf8) }

    /// `count(utf8:)` of `text`.
    static func count(_ text: String) -> Int? { count(utf8: text.utf8) }
}
