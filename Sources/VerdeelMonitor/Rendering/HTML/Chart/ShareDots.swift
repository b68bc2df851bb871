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

    static let frame = RowChartFrame(plotEnd: 600, top: 44, rowHeight: 24)

    static func chart(id: String, title: String, rows: [Row]) -> Chart {
        guard !rows.isEmpty else { return frame.empty(id: id, title: title, rows: rows.count) }
        let largest = rows.map { max($0.housed, $0.households) }.max() ?? 0
        let x = frame.scale(upper: LinearScale.niceUpper(largest, step: 10))
        let plotStart = frame.plotStart
        var svg = frame.open(
            id: id, title: title,
            summary: "Per gemeente het aandeel in de gehuisveste urgenten (gevulde cirkel) en het aandeel in de "
                + "huishoudens (open vierkant). ",
            items: rows.map {
                "\($0.label): \(Formatting.percent($0.housed)) van de gehuisvesten, \(Formatting.percent($0.households)) van de huishoudens"
            })
        svg +=
            "<circle cx=\"\(SVG.number(plotStart + 6))\" cy=\"14\" r=\"5\" class=\"punt-gehuisvest\"/>"
            + SVG.text("aandeel gehuisveste urgenten", x: plotStart + 16, y: 18)
            + "<rect x=\"\(SVG.number(plotStart + 235))\" y=\"9\" width=\"10\" height=\"10\" class=\"punt-huishoudens\"/>"
            + SVG.text("aandeel huishoudens", x: plotStart + 251, y: 18)
        svg += frame.grid(x, step: 10, rows: rows.count) { Formatting.percent($0, places: 0) }
        for (index, row) in rows.enumerated() {
            let y = frame.rowTop(index) + frame.rowHeight / 2
            svg += frame.name(row.label, y: y + 4)
            svg += SVG.line(x1: x(row.households), y1: y, x2: x(row.housed), y2: y, className: "verbinding")
            svg +=
                "<rect x=\"\(SVG.number(x(row.households) - 5))\" y=\"\(SVG.number(y - 5))\" width=\"10\" height=\"10\" class=\"punt-huishoudens\"/>"
            svg +=
                "<circle cx=\"\(SVG.number(x(row.housed)))\" cy=\"\(SVG.number(y))\" r=\"5\" class=\"punt-gehuisvest\"/>"
        }
        svg += frame.axis(rows: rows.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
