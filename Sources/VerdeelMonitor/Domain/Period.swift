/// A half-year, the unit of the monitor: `2026-H1` is 1 January to 30 June, `2026-H2` 1 July to 31 December.
///
/// Held as one number, `year * 2 + half - 1`, so that integer order is calendar order.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `year * 2 + half - 1`: at most 19999 for the years a day may have.
    private let key: UInt16

    var year: Int { Int(key >> 1) }
    /// 1 or 2.
    var half: Int { Int(key & 1) + 1 }

    init?(year: Int, half: Int) {
        guard Day.years.contains(year), half == 1 || half == 2 else { return nil }
        key = UInt16(year * 2 + half - 1)
    }

    /// Parses `JJJJ-H1` or `JJJJ-H2`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(parts[0]),
            parts[1] == "H1" || parts[1] == "H2"
        else { return nil }
        self.init(year: year, half: parts[1] == "H1" ? 1 : 2)
    }

    /// The half-year a day falls in.
    init(containing day: Day) {
        key = UInt16(day.year * 2 + (day.month <= 6 ? 0 : 1))
    }

    var last: Day { Day(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)! }

    func contains(_ day: Day) -> Bool { Period(containing: day) == self }

    /// The half-year just before this one; nil before the first year a day may have.
    var previous: Period? { half == 2 ? Period(year: year, half: 1) : Period(year: year - 1, half: 2) }

    public var description: String { "\(year)-H\(half)" }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.key < rhs.key }
}
