import Testing

@testable import VerdeelMonitor

/// Days, half-years and gemeentecodes held as small integers: same values, same order, fewer bytes.
@Suite("Compact domain values")
struct CompactDomainTests {
    @Test("a day takes four bytes, a gemeentecode two, a period two")
    func sizes() {
        #expect(MemoryLayout<Day>.size == 4)
        #expect(MemoryLayout<MunicipalityCode>.size == 2)
        #expect(MemoryLayout<Period>.size == 2)
    }

    @Test("packed days keep their year, month and day")
    func components() throws {
        let day = try #require(Day(year: 9999, month: 12, day: 31))
        #expect(day.year == 9999 && day.month == 12 && day.day == 31)
        let first = try #require(Day(year: 1900, month: 1, day: 1))
        #expect(first.year == 1900 && first.month == 1 && first.day == 1)
        #expect(first.description == "1900-01-01")
        #expect(Day(year: 1899, month: 12, day: 31) == nil)
        #expect(Day(year: 10000, month: 1, day: 1) == nil)
    }

    @Test("packed days order across month and year boundaries")
    func order() throws {
        let days = try [
            (1999, 12, 31), (2000, 1, 1), (2000, 1, 31), (2000, 2, 1), (2000, 2, 29), (2000, 3, 1),
            (2000, 9, 30), (2000, 10, 1), (2000, 12, 31), (2001, 1, 1),
        ].map { try #require(Day(year: $0.0, month: $0.1, day: $0.2)) }
        for (earlier, later) in zip(days, days.dropFirst()) {
            #expect(earlier < later, "\(earlier) before \(later)")
            #expect(earlier != later)
            #expect(earlier.days(to: later) > 0 && later.days(to: earlier) < 0)
        }
        #expect(days.reversed().sorted() == days)
        #expect(Set(days + days).count == days.count)
        #expect(days[0].days(to: days[1]) == 1)  // 1999-12-31 to 2000-01-01
        #expect(days[4].days(to: days[5]) == 1)  // 2000-02-29 to 2000-03-01
        #expect(days[1].days(to: days[9]) == 366)  // 2000 is a leap year
    }

    @Test("day numbers of known dates")
    func knownDayNumbers() throws {
        #expect(try #require(Day(year: 1970, month: 1, day: 1)).dayNumber == 0)
        // 30 years of 365 days, 7 leap days (1972...1996), then January (31) and February 2000 (29).
        #expect(try #require(Day(year: 2000, month: 3, day: 1)).dayNumber == 11017)
        // 56 years of 365 days, 14 leap days (1972...2024), then 1 January to 30 June 2026 (180 days, minus 1).
        #expect(try #require(Day(year: 2026, month: 6, day: 30)).dayNumber == 20634)
        // 70 years of 365 days back, 17 leap days (1904...1968).
        #expect(try #require(Day(year: 1900, month: 1, day: 1)).dayNumber == -25567)
        #expect(Day(dayNumber: 11017) == Day(year: 2000, month: 3, day: 1))
        #expect(Day(dayNumber: 20634) == Day(year: 2026, month: 6, day: 30))
        #expect(Day(dayNumber: -25567) == Day(year: 1900, month: 1, day: 1))
        #expect(Day(dayNumber: 11016) == Day(year: 2000, month: 2, day: 29))
    }

    @Test("periods order by year, then half")
    func periodOrder() throws {
        let periods = try ["1900-H1", "1900-H2", "2025-H2", "2026-H1", "2026-H2", "9999-H2"].map {
            try #require(Period($0))
        }
        #expect(periods.reversed().sorted() == periods)
        #expect(periods.map(\.description) == ["1900-H1", "1900-H2", "2025-H2", "2026-H1", "2026-H2", "9999-H2"])
        #expect(periods[3].year == 2026 && periods[3].half == 1)
        #expect(periods[3].previous == periods[2])
        #expect(periods[0].previous == nil)
        let june = try #require(Day(year: 2026, month: 6, day: 30))
        let july = try #require(Day(year: 2026, month: 7, day: 1))
        #expect(Period(containing: june) == periods[3])
        #expect(Period(containing: july) == periods[4])
    }

    @Test("a gemeentecode is held as its number and written as GM and four digits")
    func municipalityCodeText() throws {
        for text in ["GM0153", "gm0153", "Gm0153", "gM0153", "0153", "153", "GM153"] {
            let code = try #require(MunicipalityCode(text), "\(text)")
            #expect(code.number == 153)
            #expect(code.value == "GM0153")
            #expect(code.description == "GM0153")
        }
        #expect(MunicipalityCode("0")?.value == "GM0000")
        #expect(MunicipalityCode("GM9999")?.number == 9999)
        #expect(MunicipalityCode("GM1")?.value == "GM0001")
        for text in [
            "", "GM", "gm", "G", "GM12345", "12345", "GMGM01", "GM 153", " 153", "15a", "-153", "+153",
            "GM०१५३", "１５３", "GM0153\n", "153\r\n",
        ] {
            #expect(MunicipalityCode(text) == nil, "\(text) is not a gemeentecode")
        }
    }

    @Test("gemeentecodes order as their written form")
    func municipalityCodeOrder() throws {
        let texts = ["GM0003", "GM0010", "GM0153", "GM0999", "GM1000", "GM9999"]
        let codes = try texts.map { try #require(MunicipalityCode($0)) }
        #expect(codes.reversed().sorted() == codes)
        #expect(codes.map(\.value) == texts.sorted())
    }

    @Test("a gemeentecode from bytes equals the one from text")
    func municipalityCodeBytes() {
        let forms = [
            "GM0153", "gm0153", "0153", "153", "GM1", "0", "9999", "", "GM", "gm", "GM12345", "12345", "GM 153",
            "GMé1", "G\u{301}M12", "GM\u{301}12", "１５３", "GM0153\n", "x153", "GMGM12",
        ]
        for text in forms {
            let fromText = MunicipalityCode(text)
            let fromArray = MunicipalityCode(utf8: Array(text.utf8))
            let fromBuffer = Array(text.utf8).withUnsafeBufferPointer { MunicipalityCode(utf8: $0) }
            #expect(fromText?.value == Self.characterRule(text), "\(text)")
            #expect(fromArray == fromText, "\(text)")
            #expect(fromBuffer == fromText, "\(text)")
        }
        #expect(MunicipalityCode(utf8: Array("GM0153".utf8))?.number == 153)
        #expect(MunicipalityCode(utf8: Array("GM0153 ".utf8)) == nil)
    }

    /// The rule as it was written over characters, before codes were held as numbers.
    private static func characterRule(_ text: String) -> String? {
        var digits = Substring(text)
        if digits.count > 2, digits.prefix(2).uppercased() == "GM" { digits = digits.dropFirst(2) }
        guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "GM" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}
