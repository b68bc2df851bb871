/// Each municipality's toewijzingspercentage at the start and at the end of the evaluation window, on one
/// percentage scale with the minimum and the signaalwaarde: an open circle for the start, a filled circle for
/// the end, joined by a line (a dumbbell chart). The two markers differ in shape, so the chart reads in
/// greyscale; each row ends in both values in words.
enum Dumbbell {
    struct Row: Sendable {
        var label: String
        /// nil without mutaties in that period.
        var begin: Double?
        var end: Double?
        var isRegion = false
    }

    static let width = 640.0
    static let plotStart = 160.0
    static let plotEnd = 480.0
    static let top = 44.0
    static let rowHeight = 26.0
    static let bottom = 30.0

    static func chart(
        id: String, title: String, rows: [Row], beginLabel: String, endLabel: String, minimum: Double,
        signaalwaarde: Double
    ) -> Chart {
        let values = rows.flatMap { [$0.begin, $0.end].compactMap { $0 } }
        let height = top + Double(max(rows.count, 1)) * rowHeight + bottom
        guard !values.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let x = LinearScale(
            upper: LinearScale.niceUpper(max(values.max() ?? 0, signaalwaarde + 5), step: 5), start: plotStart,
            end: plotEnd)
        let plotBottom = top + Double(rows.count) * rowHeight
        func words(_ value: Double?) -> String { value.map { Formatting.percent($0) } ?? "geen mutaties" }
        let description =
            "Per gemeente het toewijzingspercentage in \(beginLabel) (open cirkel) en in \(endLabel) (gevulde cirkel), "
            + "met het minimum van \(DutchText.norm(minimum)) en de signaalwaarde van \(DutchText.norm(signaalwaarde)). "
            + rows.map { "\($0.label): van \(words($0.begin)) naar \(words($0.end))" }.joined(separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        svg +=
            "<circle cx=\"\(SVG.number(plotStart + 6))\" cy=\"14\" r=\"5\" class=\"punt-begin\"/>"
            + SVG.text(beginLabel, x: plotStart + 16, y: 18)
            + "<circle cx=\"\(SVG.number(plotStart + 136))\" cy=\"14\" r=\"5\" class=\"punt-eind\"/>"
            + SVG.text(endLabel, x: plotStart + 146, y: 18)
        for tick in LinearScale.ticks(upper: x.upper, step: 5) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.percent(tick, places: 0), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        svg += SVG.line(x1: x(minimum), y1: top - 4, x2: x(minimum), y2: plotBottom, className: "norm-minimum")
        svg += SVG.line(
            x1: x(signaalwaarde), y1: top - 4, x2: x(signaalwaarde), y2: plotBottom, className: "norm-signaal")
        svg += SVG.text(
            "minimum \(DutchText.norm(minimum))", x: x(minimum) - 3, y: top - 8, anchor: "end", className: "norm-label")
        svg += SVG.text(
            "signaalwaarde \(DutchText.norm(signaalwaarde))", x: x(signaalwaarde) + 3, y: top - 8,
            className: "norm-label")
        for (index, row) in rows.enumerated() {
            if index > 0, row.isRegion {
                let line = top + Double(index) * rowHeight
                svg += SVG.line(x1: 8, y1: line, x2: width - 8, y2: line, className: "scheiding")
            }
            let y = top + Double(index) * rowHeight + rowHeight / 2
            svg += SVG.text(row.label, x: plotStart - 8, y: y + 4, anchor: "end")
            if let begin = row.begin, let end = row.end {
                svg += SVG.line(x1: x(begin), y1: y, x2: x(end), y2: y, className: "verbinding")
            }
            if let begin = row.begin {
                svg += "<circle cx=\"\(SVG.number(x(begin)))\" cy=\"\(SVG.number(y))\" r=\"5\" class=\"punt-begin\"/>"
            }
            if let end = row.end {
                svg += "<circle cx=\"\(SVG.number(x(end)))\" cy=\"\(SVG.number(y))\" r=\"5\" class=\"punt-eind\"/>"
            }
            let text =
                "\(row.begin.map { Formatting.percent($0) } ?? "–") → \(row.end.map { Formatting.percent($0) } ?? "–")"
            svg += SVG.text(text, x: plotEnd + 12, y: y + 4, className: "waarde")
        }
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
