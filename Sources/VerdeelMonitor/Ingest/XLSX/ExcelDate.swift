/// Excel's date serial numbers (ECMA-376 Part 1, 18.17.4.1).
///
/// In the 1900 system serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that never existed (kept for
/// compatibility with Lotus 1-2-3), so from serial 61 on a serial counts days since 1899-12-30. In the 1904
/// system serial 0 is 1904-01-01. A fraction is the time of day and is dropped. The last valid day is
/// 9999-12-31.
enum ExcelDate {
    /// The day of `serial`, or nil when it is no day (negative, 0 or 60 in the 1900 system, past 9999).
    static func day(serial: Double, date1904: Bool) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        let offset: Int
        if date1904 {
            offset = whole + 1462  // 1904-01-01 is serial 1462 of the 1900 system
        } else {
            guard whole >= 1, whole != 60 else { return nil }
            offset = whole < 60 ? whole + 1 : whole
        }
        // Serial 25569 of the 1900 system is 1970-01-01 (day number 0); past 9999-12-31 is no day.
        let dayNumber = offset - 25569
        guard dayNumber <= Day(year: 9999, month: 12, day: 31)!.dayNumber else { return nil }
        return Day(dayNumber: dayNumber)
    }
}
