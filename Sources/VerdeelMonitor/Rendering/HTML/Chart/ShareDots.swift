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
        var svg = frame.open(
            id: id, title: title,
            summary: "Per gemeente het aandeel in de gehuisveste urgenten (gevulde cirkel) en het aandeel in de "
                + "huishoudens (open vierkant). ",
            items: rows.map {
                "\($0.label): \(Formatting.percent($0.housed)) van de gehuisvesten, \(Formatting.percent($0.households)) van de huishoudens"
            })
        svg += frame.legend([
            (.dot("punt-gehuisvest"), "aandeel gehuisveste urgenten", 0),
            (.square("punt-huishoudens"), "aandeel huishoudens", 235),
        ])
        svg += frame.grid(x, step: 10, rows: rows.count) { Formatting.percent($0, places: 0) }
        for (index, row) in rows.enumerated() {
            let y = frame.rowTop(index) + frame.rowHeight / 2
            svg += frame.name(row.label, y: y + 4)
            svg += SVG.line(x1: x(row.households), y1: y, x2: x(row.housed), y2: y, className: "verbinding")
            svg += SVG.rect(x: x(row.households) - 5, y: y - 5, width: 10, height: 10, className: "punt-huishoudens")
            svg += SVG.circle(x: x(row.housed), y: y, className: "punt-gehuisvest")
        }
        svg += frame.axis(rows: rows.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
