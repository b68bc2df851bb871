import Testing

@testable import VerdeelMonitor

/// `SVG.number` writes coordinates without `String(format:)`; it must print what "%.1f" printed.
@Suite("SVG numbers")
struct SVGNumberTests {
    @Test("coordinates by hand: whole numbers without decimals, one decimal otherwise, never -0")
    func byHand() {
        #expect(SVG.number(400) == "400")
        #expect(SVG.number(12.5) == "12.5")
        #expect(SVG.number(12.46) == "12.5")
        #expect(SVG.number(0.04) == "0")
        #expect(SVG.number(-0.04) == "0")
        #expect(SVG.number(-0.25) == "-0.3")
        #expect(SVG.number(-7.15) == "-7.2")
        #expect(SVG.number(1234.56) == "1234.6")
        #expect(SVG.number(0.96) == "1")
    }

    @Test("the same text as \"%.1f\" of the value rounded to tenths, over a spread of values")
    func asFormat() {
        var value = -500.0
        while value < 5000 {
            let rounded = (value * 10).rounded() / 10
            let expected =
                rounded == rounded.rounded() ? String(Int(rounded)) : Formatting.decimal(rounded, places: 1)
            #expect(SVG.number(value) == expected, "\(value)")
            value += 0.0937
        }
        #expect(SVG.number(.nan) == Formatting.decimal(.nan, places: 1))
    }
}
