/// A share per municipality (and the region, last, below a dotted line) as horizontal bars on a 0-100% scale,
/// each ending in its value: the share of lettings to regular seekers, or the slaagkans.
enum ShareBars {
    struct Bar: Sendable {
        var label: String
        /// Percent; nil when there is nothing to divide by (the chart then says `missing`).
        var value: Double?
        var isRegion = false
    }

    static let frame = RowChartFrame(plotEnd: 560, top: 20, rowHeight: 24)

    /// `measure` names what the bars show, for the description ("aandeel reguliere woningzoekenden"); `missing`
    /// is the text for a bar without a value ("geen verhuringen"). The axis runs to 100% unless every value is
    /// far below it, then to a multiple of 10% above the largest.
    static func chart(id: String, title: String, measure: String, missing: String, bars: [Bar]) -> Chart {
        let values = bars.compactMap(\.value)
        guard !values.isEmpty else { return frame.empty(id: id, title: title, rows: bars.count) }
        let upper = min(100, LinearScale.niceUpper((values.max() ?? 0) * 1.1, step: 10))
        let step = upper > 50 ? 10.0 : 5.0
        let x = frame.scale(upper: upper)
        var svg = frame.open(
            id: id, title: title,
            summary: "Staafdiagram van het \(measure) per gemeente en voor de regio. ",
            items: bars.map { "\($0.label): \($0.value.map { Formatting.percent($0) } ?? missing)" })
        svg += frame.grid(x, step: step, rows: bars.count) { Formatting.percent($0, places: 0) }
        for (row, bar) in bars.enumerated() {
            svg += frame.bar(
                row: row, label: bar.label, value: bar.value, isRegion: bar.isRegion, x: x,
                attributes: "class=\"\(bar.isRegion ? "staaf-regio" : "staaf-aandeel")\"", missing: missing
            ) { Formatting.percent($0) }
        }
        svg += frame.axis(rows: bars.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
