/// A calendar day, without time or time zone.
///
/// Exports carry dates only; comparing and subtracting them needs nothing more than a day number, so this
/// type avoids `Foundation.Date` and its time zones altogether. At national scale millions of days are held
/// and hashed, so a day is packed into one `Int32`: `year << 9 | month << 5 | day`. Integer order is then
/// calendar order, and `==`, `<` and hashing are single integer operations.
struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`: the day in bits 0-4, the month in bits 5-8, the year above.
    private let packed: Int32

    var year: Int { Int(packed >> 9) }
    var month: Int { Int((packed >> 5) & 0xF) }
    var day: Int { Int(packed & 0x1F) }

    /// The years a day may have: an export dated before 1900 or after 9999 holds a typo.
    static let years = 1900...9999

    /// Creates a day when the date exists in the Gregorian calendar (so not 31 February) and its year is in
    /// `years`.
    init?(year: Int, month: Int, day: Int) {
        guard Day.years.contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant.
    ///
    /// Years start at 1900, so the shifted year is never negative and the era needs no correction for it.
    var dayNumber: Int {
        let month = self.month
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `dayNumber` days after 1970-01-01 (H. Hinnant's days-from-civil, inverted).
    init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// The number of days from `self` to `other` (positive when `other` is later).
    func days(to other: Day) -> Int { other.dayNumber - dayNumber }

    /// `JJJJ-MM-DD`.
    var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
