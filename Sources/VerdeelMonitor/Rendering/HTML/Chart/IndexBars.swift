/// The verdeling index per municipality as lollipops from 1,00 (exactly naar rato van huishoudens): a line from
/// the 1,00 line to a filled circle at the index, with the value beside it. Left of the line a municipality houses
/// less than its share, right of it more; the value is always written, so position is never the only cue.
enum IndexBars {
    struct Row: Sendable {
        var label: String
        /// nil when nobody was housed in the region (no index).
        var index: Double?
    }

    static let frame = RowChartFrame(plotEnd: 560, top: 30, rowHeight: 24)

    static func chart(id: String, title: String, rows: [Row]) -> Chart {
        guard let x = frame.scale(rows.compactMap(\.index), atLeast: 2, step: 0.5) else {
            return frame.empty(id: id, title: title, rows: rows.count)
        }
        let plotBottom = frame.rowTop(rows.count)
        func words(_ value: Double?) -> String { value.map { Formatting.dutch($0, places: 2) } ?? "geen index" }
        var svg = frame.open(
            id: id, title: title,
            summary:
                "Per gemeente de index van de verdeling naar rato van huishoudens over de evaluatieperiode; 1,00 is "
                + "precies naar rato, lager is minder dan het eigen aandeel, hoger is meer. ",
            items: rows.map { "\($0.label): \(words($0.index))" })
        svg += frame.grid(x, step: 0.5, rows: rows.count) { Formatting.dutch($0, places: 1) }
        svg += SVG.line(x1: x(1), y1: frame.top - 6, x2: x(1), y2: plotBottom, className: "norm-naar-rato")
        svg += SVG.text("1,00 = naar rato", x: x(1) + 3, y: frame.top - 10, className: "norm-label")
        for (index, row) in rows.enumerated() {
            let y = frame.rowTop(index) + frame.rowHeight / 2
            svg += frame.name(row.label, y: y + 4)
            guard let value = row.index else {
                svg += SVG.text("geen index", x: frame.plotStart + 6, y: y + 4, className: "as")
                continue
            }
            svg += SVG.line(x1: x(1), y1: y, x2: x(value), y2: y, className: "verbinding")
            svg += SVG.circle(x: x(value), y: y, className: "punt-eind")
            let right = value >= 1 || x(value) - frame.plotStart < 48
            svg += SVG.text(
                Formatting.dutch(value, places: 2), x: x(value) + (right ? 9 : -9), y: y + 4,
                anchor: right ? "start" : "end", className: "waarde")
        }
        svg += frame.axis(rows: rows.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
