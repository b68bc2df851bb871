/// A share per municipality (and the region, last, below a dotted line) as horizontal bars on a 0-100% scale,
/// each ending in its value: the share of lettings to regular seekers, or the slaagkans.
enum ShareBars {
    struct Bar: Sendable {
        var label: String
        /// Percent; nil when there is nothing to divide by (the chart then says `missing`).
        var value: Double?
        var isRegion = false
    }

    static let width = 640.0
    static let plotStart = 160.0
    static let plotEnd = 560.0
    static let top = 20.0
    static let rowHeight = 24.0
    static let barHeight = 16.0
    static let bottom = 30.0

    /// `measure` names what the bars show, for the description ("aandeel reguliere woningzoekenden"); `missing`
    /// is the text for a bar without a value ("geen verhuringen"). The axis runs to 100% unless every value is
    /// far below it, then to a multiple of 10% above the largest.
    static func chart(id: String, title: String, measure: String, missing: String, bars: [Bar]) -> Chart {
        let values = bars.compactMap(\.value)
        let height = top + Double(max(bars.count, 1)) * rowHeight + bottom
        guard !values.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let upper = min(100, LinearScale.niceUpper((values.max() ?? 0) * 1.1, step: 10))
        let step = upper > 50 ? 10.0 : 5.0
        let x = LinearScale(upper: upper, start: plotStart, end: plotEnd)
        let plotBottom = top + Double(bars.count) * rowHeight
        let description =
            "Staafdiagram van het \(measure) per gemeente en voor de regio. "
            + bars.map { "\($0.label): \($0.value.map { Formatting.percent($0) } ?? missing)" }.joined(
                separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        for tick in LinearScale.ticks(upper: x.upper, step: step) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.percent(tick, places: 0), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        for (row, bar) in bars.enumerated() {
            if row > 0, bar.isRegion {
                svg += SVG.line(
                    x1: 8, y1: top + Double(row) * rowHeight, x2: plotEnd, y2: top + Double(row) * rowHeight,
                    className: "scheiding")
            }
            let y = top + Double(row) * rowHeight + (rowHeight - barHeight) / 2
            svg += SVG.text(bar.label, x: plotStart - 8, y: y + barHeight - 4, anchor: "end")
            guard let value = bar.value else {
                svg += SVG.text(missing, x: plotStart + 6, y: y + barHeight - 4, className: "as")
                continue
            }
            svg +=
                "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(x(value) - plotStart))\" "
                + "height=\"\(SVG.number(barHeight))\" class=\"\(bar.isRegion ? "staaf-regio" : "staaf-aandeel")\"/>"
            svg += SVG.text(Formatting.percent(value), x: x(value) + 6, y: y + barHeight - 4, className: "waarde")
        }
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
