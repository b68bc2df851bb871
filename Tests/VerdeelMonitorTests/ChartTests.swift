import Testing

@testable import VerdeelMonitor

/// The SVG charts: scales and axis values for known inputs, an empty chart, and escaped text.
@Suite("Charts")
struct ChartTests {
    @Test("a linear scale maps 0...25% onto the bar chart's plot from x = 160 to x = 560")
    func horizontalScale() {
        let x = PercentBars.frame.scale(upper: 25)
        #expect(x(0) == 160)
        #expect(x(15) == 400)  // 160 + 400 x 15/25
        #expect(x(20) == 480)  // 160 + 400 x 20/25
        #expect(x(25) == 560)
        #expect(x(40) == 560, "values beyond the axis are clamped")
    }

    @Test("a vertical scale of height 180 (y = 200 at 0%, y = 20 at 25%) puts the 20% line at y = 56")
    func verticalScale() {
        let y = LinearScale(upper: 25, start: 200, end: 20)
        #expect(y(20) == 56)  // 200 - 180 x 20/25
        #expect(y(15) == 92)  // 200 - 180 x 15/25
    }

    @Test("the percentage axis runs to a multiple of 5 with room above the signaalwaarde")
    func percentUpper() {
        #expect(PercentBars.upper(values: [24.4, 11.4], signaalwaarde: 20) == 25)
        #expect(PercentBars.upper(values: [26.1], signaalwaarde: 20) == 30)
        #expect(PercentBars.upper(values: [3], signaalwaarde: 20) == 25)
        #expect(LinearScale.ticks(upper: 25, step: 5) == [0, 5, 10, 15, 20, 25])
    }

    @Test("count axes use steps of 1, 2, 5, 10, 20, 50, ... with at most five steps")
    func countSteps() {
        #expect(LinearScale.countStep(for: 4) == 1)
        #expect(LinearScale.countStep(for: 9) == 2)
        #expect(LinearScale.countStep(for: 190) == 50)
        #expect(LinearScale.niceUpper(190 * 1.05, step: 50) == 200)
    }

    @Test("the bar chart draws both norms, the axis values and a bar of the right length")
    func barChart() {
        let chart = PercentBars.chart(
            id: "g", title: "Titel",
            bars: [
                .init(label: "Zwolle", value: 24.4, signaal: .bovenSignaalwaarde),
                .init(label: "Dalfsen", value: 11.4, signaal: .onderMinimum),
            ], minimum: 15, signaalwaarde: 20)
        #expect(!chart.leeg)
        #expect(chart.svg.contains("<line x1=\"400\" y1=\"24\" x2=\"400\""), "minimum at x = 400")
        #expect(chart.svg.contains("<line x1=\"480\" y1=\"24\" x2=\"480\""), "signaalwaarde at x = 480")
        for tick in ["0%", "5%", "10%", "15%", "20%", "25%"] { #expect(chart.svg.contains(">\(tick)</text>")) }
        // 24,4% of 25% of 400 px = 390,4 px.
        #expect(chart.svg.contains("width=\"390.4\" height=\"16\" class=\"staaf boven\""))
        #expect(chart.svg.contains("▲ 24,4%") && chart.svg.contains("▼ 11,4%"), "a shape as well as colour")
        #expect(
            chart.svg.contains("role=\"img\"") && chart.svg.contains("<title id=\"g-t\">Titel</title>")
                && chart.svg.contains("<desc id=\"g-d\">"))
    }

    @Test("the trend chart puts the 20% line at y = 56 when the axis runs to 25%")
    func trendChart() {
        // Largest value 20 (the signaalwaarde) x 1,1 = 22 -> axis to 25%; plot from y = 200 down to y = 20.
        let chart = PeriodLines.chart(
            id: "t", title: "Trend", periods: ["2025-2", "2026-1"],
            series: [.init(name: "Regio", values: [17, 19.9], style: "a")], percent: true,
            norms: [(label: "minimum", value: 15), (label: "signaalwaarde", value: 20)])
        #expect(chart.svg.contains("<line x1=\"56\" y1=\"56\" x2=\"520\" y2=\"56\" class=\"norm-signaal\"/>"))
        #expect(chart.svg.contains("<line x1=\"56\" y1=\"92\" x2=\"520\" y2=\"92\" class=\"norm-minimum\"/>"))
        #expect(chart.svg.contains(">2025-2</text>") && chart.svg.contains("Regio 19,9%"))
    }

    @Test("a chart without any value says 'geen gegevens'")
    func emptyChart() {
        let bars = PercentBars.chart(
            id: "e", title: "Leeg", bars: [.init(label: "A", value: nil, signaal: .geenMutaties)], minimum: 15,
            signaalwaarde: 20)
        #expect(bars.leeg && bars.svg.contains(">geen gegevens</text>"))
        let lines = PeriodLines.chart(
            id: "l", title: "Leeg", periods: ["2026-1"], series: [.init(name: "x", values: [nil], style: "a")],
            percent: true)
        #expect(lines.leeg && lines.svg.contains("geen gegevens"))
        #expect(ShareDots.chart(id: "d", title: "Leeg", rows: []).leeg)
    }

    @Test("names in a chart are escaped: a hostile municipality name is text, not markup")
    func escaping() {
        let chart = PercentBars.chart(
            id: "x", title: "T & <b>",
            bars: [
                .init(label: "<script>alert('x')</script> & \"Co\"", value: 17, signaal: .binnen)
            ], minimum: 15, signaalwaarde: 20)
        #expect(!chart.svg.contains("<script>") && !chart.svg.contains("<b>"))
        #expect(chart.svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(chart.svg.contains("<title id=\"x-t\">T &amp; &lt;b&gt;</title>"))
    }

    @Test("small multiples share one scale and mark the latest value with its flag")
    func smallMultiples() {
        let charts = SmallMultiples.charts(
            idPrefix: "k", periods: ["2025-2", "2026-1"],
            panels: [
                .init(label: "Zwolle", values: [22.1, 24.4], signalen: [.bovenSignaalwaarde, .bovenSignaalwaarde]),
                .init(label: "Leeg", values: [nil, nil], signalen: [.geenMutaties, .geenMutaties]),
            ], minimum: 15, signaalwaarde: 20)
        #expect(charts.map(\.id) == ["k-1", "k-2"])
        #expect(charts[0].svg.contains("▲ 24,4%"))
        #expect(charts[1].leeg && charts[1].svg.contains("geen gegevens"))
        // Axis 0..25% over y = 96 ... 26 (70 px): the 20% line at 96 - 70 x 20/25 = 40.
        #expect(charts[0].svg.contains("y1=\"40\" x2=\"186\" y2=\"40\" class=\"norm-signaal\""))
    }
}
