import Testing

@testable import VerdeelMonitor

/// Numbers, dates and lists in the report are written the Dutch way.
@Suite("Dutch formatting")
struct FormattingTests {
    @Test(
        "percentages with a decimal comma",
        arguments: [(17.3, "17,3%"), (17.349, "17,3%"), (0, "0,0%"), (100, "100,0%")])
    func percent(value: Double, expected: String) {
        #expect(Formatting.percent(value) == expected)
    }

    @Test(
        "whole numbers with a point between thousands",
        arguments: [(1234, "1.234"), (999, "999"), (1_234_567, "1.234.567"), (-1234, "-1.234"), (0, "0")])
    func thousands(value: Int, expected: String) {
        #expect(Formatting.dutch(value) == expected)
    }

    @Test("decimals with comma and grouped thousands")
    func decimals() {
        #expect(Formatting.dutch(1234.5, places: 2) == "1.234,50")
        #expect(Formatting.dutch(0.56, places: 2) == "0,56")
    }

    @Test("norms without decimals when whole, with one otherwise")
    func norms() {
        #expect(DutchText.norm(15) == "15%")
        #expect(DutchText.norm(17.5) == "17,5%")
    }

    @Test("lists, number words, period names and the date of generation")
    func words() {
        #expect(DutchText.list(["Kampen"]) == "Kampen")
        #expect(DutchText.list(["Kampen", "Zwolle"]) == "Kampen en Zwolle")
        #expect(DutchText.list(["Dalfsen", "Kampen", "Zwolle"]) == "Dalfsen, Kampen en Zwolle")
        #expect(DutchText.numberWord(2) == "twee")
        #expect(DutchText.numberWord(14) == "14")
        #expect(DutchText.periodLong(Period(year: 2026, half: 1)!) == "eerste halfjaar 2026")
        #expect(DutchText.periodShort(Period(year: 2025, half: 2)!) == "2e halfjaar 2025")
        // 1782864000 = 2026-07-01T00:00:00Z.
        #expect(DutchText.date(1_782_864_000) == "1 juli 2026")
    }

    @Test("text for a CSS string cannot end the string or the style element")
    func cssString() {
        let escaped = DutchText.cssString("A \"B\" </style> & C")
        #expect(escaped == "A \\22 B\\22  \\3C \\2F style\\3E  \\26  C")
        #expect(!escaped.contains("\"") && !escaped.contains("<"))
    }
}
