/// Share of the region's housed urgents against share of its households, per municipality, as a dot plot:
/// a filled circle for the share housed, an open square for the share of households, joined by a line.
/// The two markers differ in shape, so the chart reads in greyscale.
enum ShareDots {
    struct Row: Sendable {
        var label: String
        /// Percent of the region's housed urgents (g_m / G x 100).
        var housed: Double
        /// Percent of the region's households (h_m / H x 100).
        var households: Double
    }

    static let width = 640.0
    static let plotStart = 160.0
    static let plotEnd = 600.0
    static let top = 44.0
    static let rowHeight = 24.0
    static let bottom = 30.0

    static func chart(id: String, title: String, rows: [Row]) -> Chart {
        let height = top + Double(max(rows.count, 1)) * rowHeight + bottom
        guard !rows.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let largest = rows.map { max($0.housed, $0.households) }.max() ?? 0
        let x = LinearScale(upper: LinearScale.niceUpper(largest, step: 10), start: plotStart, end: plotEnd)
        let plotBottom = top + Double(rows.count) * rowHeight
        let description =
            "Per gemeente het aandeel in de gehuisveste urgenten (gevulde cirkel) en het aandeel in de "
            + "huishoudens (open vierkant). "
            + rows.map {
                "\($0.label): \(Formatting.percent($0.housed)) van de gehuisvesten, \(Formatting.percent($0.households)) van de huishoudens"
            }.joined(separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        svg +=
            "<circle cx=\"\(SVG.number(plotStart + 6))\" cy=\"14\" r=\"5\" class=\"punt-gehuisvest\"/>"
            + SVG.text("aandeel gehuisveste urgenten", x: plotStart + 16, y: 18)
            + "<rect x=\"\(SVG.number(plotStart + 235))\" y=\"9\" width=\"10\" height=\"10\" class=\"punt-huishoudens\"/>"
            + SVG.text("aandeel huishoudens", x: plotStart + 251, y: 18)
        for tick in LinearScale.ticks(upper: x.upper, step: 10) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.percent(tick, places: 0), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            svg += SVG.text(row.label, x: plotStart - 8, y: y + 4, anchor: "end")
            svg += SVG.line(x1: x(row.households), y1: y, x2: x(row.housed), y2: y, className: "verbinding")
            svg +=
                "<rect x=\"\(SVG.number(x(row.households) - 5))\" y=\"\(SVG.number(y - 5))\" width=\"10\" height=\"10\" class=\"punt-huishoudens\"/>"
            svg +=
                "<circle cx=\"\(SVG.number(x(row.housed)))\" cy=\"\(SVG.number(y))\" r=\"5\" class=\"punt-gehuisvest\"/>"
        }
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
