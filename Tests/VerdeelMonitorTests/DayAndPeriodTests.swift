import Testing

@testable import VerdeelMonitor

/// Calendar days and half-years: the units every count is placed in.
@Suite("Day and Period")
struct DayAndPeriodTests {
    @Test("a day exists only when the Gregorian calendar has it")
    func existingDays() {
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2025, month: 2, day: 30) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 0, day: 1) == nil)
        #expect(Day(year: 2026, month: 1, day: 0) == nil)
        #expect(Day(year: 2100, month: 2, day: 29) == nil)  // divisible by 100, not by 400
        #expect(Day(year: 2024, month: 2, day: 29)?.description == "2024-02-29")
        #expect(Day(year: 2000, month: 2, day: 29)?.description == "2000-02-29")
        #expect(Day(year: 2026, month: 12, day: 31)?.description == "2026-12-31")
    }

    @Test("the distance between two days is counted in calendar days")
    func dayNumbers() throws {
        let newYear = try #require(Day(year: 2026, month: 1, day: 1))
        let march = try #require(Day(year: 2026, month: 3, day: 1))
        #expect(newYear.days(to: march) == 59)  // 31 (January) + 28 (February)
        #expect(march.days(to: newYear) == -59)
        let leapNewYear = try #require(Day(year: 2024, month: 1, day: 1))
        #expect(leapNewYear.days(to: try #require(Day(year: 2024, month: 3, day: 1))) == 60)
        #expect(try #require(Day(year: 2025, month: 12, day: 31)).days(to: newYear) == 1)
        #expect(try #require(Day(year: 1970, month: 1, day: 1)).dayNumber == 0)
        // 30 years of 365 days plus the leap days of 1972, 1976, ..., 1996 (7).
        #expect(try #require(Day(year: 2000, month: 1, day: 1)).dayNumber == 30 * 365 + 7)
        #expect(try #require(Day(year: 1969, month: 12, day: 31)).dayNumber == -1)
    }

    @Test("days are ordered by year, then month, then day")
    func dayOrder() throws {
        let a = try #require(Day(year: 2025, month: 12, day: 31))
        let b = try #require(Day(year: 2026, month: 1, day: 1))
        let c = try #require(Day(year: 2026, month: 1, day: 2))
        #expect(a < b && b < c)
        #expect([c, a, b].sorted() == [a, b, c])
    }

    @Test("a period is written JJJJ-H1 or JJJJ-H2, exactly")
    func periodParsing() {
        #expect(Period("2026-H1")?.year == 2026)
        #expect(Period("2026-H1")?.half == 1)
        #expect(Period("2026-H2")?.half == 2)
        #expect(Period("2026-H2")?.description == "2026-H2")
        for text in [
            "2026-H3", "2026-H0", "26-H1", "2026-h1", "2026H1", "2026-H1-x", "", "-H1", "2026-",
            "+026-H1", " 2026-H1", "2026-H 1",
        ] {
            #expect(Period(text) == nil, "\(text) is not a period")
        }
    }

    @Test("H1 runs from 1 January to 30 June, H2 from 1 July to 31 December")
    func firstAndLastDays() throws {
        let h1 = try #require(Period("2026-H1"))
        let h2 = try #require(Period("2026-H2"))
        let newYear = try #require(Day(year: 2026, month: 1, day: 1))
        let july = try #require(Day(year: 2026, month: 7, day: 1))
        #expect(h1.last.description == "2026-06-30")
        #expect(h2.last.description == "2026-12-31")
        #expect(h1.contains(newYear) && !h2.contains(newYear) && h2.contains(july) && !h1.contains(july))
        #expect(newYear.days(to: h1.last) + 1 == 181)  // 31+28+31+30+31+30
        #expect(july.days(to: h2.last) + 1 == 184)  // 31+31+30+31+30+31
    }

    @Test("the period before 2026-H1 is 2025-H2, and before 2026-H2 is 2026-H1")
    func previous() throws {
        #expect(try #require(Period("2026-H1")).previous == Period("2025-H2"))
        #expect(try #require(Period("2026-H2")).previous == Period("2026-H1"))
        #expect(try #require(Period("2025-H2")) < (try #require(Period("2026-H1"))))
        #expect(try #require(Period("2026-H1")) < (try #require(Period("2026-H2"))))
    }

    @Test("30 June falls in H1 and 1 July in H2")
    func containing() throws {
        let june30 = try #require(Day(year: 2026, month: 6, day: 30))
        let july1 = try #require(Day(year: 2026, month: 7, day: 1))
        #expect(Period(containing: june30) == Period("2026-H1"))
        #expect(Period(containing: july1) == Period("2026-H2"))
        #expect(try #require(Period("2026-H1")).contains(june30))
        #expect(!(try #require(Period("2026-H1")).contains(july1)))
        #expect(Period(containing: try #require(Day(year: 2025, month: 12, day: 31))) == Period("2025-H2"))
    }

    @Test("a period or date before 1900 is a typo: the file is not recognised, the date is rejected, nothing crashes")
    func ancientPeriods() throws {
        #expect(DeliveryName(fileName: "verhuringen_corp-a_0001-H1.csv") == nil)
        #expect(Period("1899-H2") == nil)
        #expect(Period("1900-H1")?.previous == nil)
        #expect(Values.day("0001-01-01") == nil)
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_0001-H1.csv": "verhuring_id;datum;gemeente\nA;2026-01-01;GM0153\n"
        ])
        #expect(data.unrecognised == ["verhuringen_corp-a_0001-H1.csv"])
    }
}
