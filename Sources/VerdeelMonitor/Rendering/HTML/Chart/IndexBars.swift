/// The verdeling index per municipality as lollipops from 1,00 (exactly naar rato van huishoudens): a line from
/// the 1,00 line to a filled circle at the index, with the value beside it. Left of the line a municipality houses
/// less than its share, right of it more; the value is always written, so position is never the only cue.
enum IndexBars {
    struct Row: Sendable {
        var label: String
        /// nil when nobody was housed in the region (no index).
        var index: Double?
    }

    static let width = 640.0
    static let plotStart = 160.0
    static let plotEnd = 560.0
    static let top = 30.0
    static let rowHeight = 24.0
    static let bottom = 30.0

    static func chart(id: String, title: String, rows: [Row]) -> Chart {
        let values = rows.compactMap(\.index)
        let height = top + Double(max(rows.count, 1)) * rowHeight + bottom
        guard !values.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let x = LinearScale(
            upper: LinearScale.niceUpper(max(values.max() ?? 0, 2), step: 0.5), start: plotStart, end: plotEnd)
        let plotBottom = top + Double(rows.count) * rowHeight
        func words(_ value: Double?) -> String { value.map { Formatting.dutch($0, places: 2) } ?? "geen index" }
        let description =
            "Per gemeente de index van de verdeling naar rato van huishoudens over de evaluatieperiode; 1,00 is "
            + "precies naar rato, lager is minder dan het eigen aandeel, hoger is meer. "
            + rows.map { "\($0.label): \(words($0.index))" }.joined(separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        for tick in LinearScale.ticks(upper: x.upper, step: 0.5) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.dutch(tick, places: 1), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        svg += SVG.line(x1: x(1), y1: top - 6, x2: x(1), y2: plotBottom, className: "norm-naar-rato")
        svg += SVG.text("1,00 = naar rato", x: x(1) + 3, y: top - 10, className: "norm-label")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            svg += SVG.text(row.label, x: plotStart - 8, y: y + 4, anchor: "end")
            guard let value = row.index else {
                svg += SVG.text("geen index", x: plotStart + 6, y: y + 4, className: "as")
                continue
            }
            svg += SVG.line(x1: x(1), y1: y, x2: x(value), y2: y, className: "verbinding")
            svg += "<circle cx=\"\(SVG.number(x(value)))\" cy=\"\(SVG.number(y))\" r=\"5\" class=\"punt-eind\"/>"
            let right = value >= 1 || x(value) - plotStart < 48
            svg += SVG.text(
                Formatting.dutch(value, places: 2), x: x(value) + (right ? 9 : -9), y: y + 4,
                anchor: right ? "start" : "end", className: "waarde")
        }
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
