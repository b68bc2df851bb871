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

    static let frame = RowChartFrame(plotEnd: 480, top: 44, rowHeight: 26)

    static func chart(
        id: String, title: String, rows: [Row], beginLabel: String, endLabel: String, minimum: Double,
        signaalwaarde: Double
    ) -> Chart {
        guard
            let x = frame.scale(
                rows.flatMap { [$0.begin, $0.end].compactMap { $0 } }, atLeast: signaalwaarde + 5, step: 5)
        else {
            return frame.empty(id: id, title: title, rows: rows.count)
        }
        let (top, plotBottom) = (frame.top, frame.rowTop(rows.count))
        func words(_ value: Double?) -> String { value.map { Formatting.percent($0) } ?? "geen mutaties" }
        var svg = frame.open(
            id: id, title: title,
            summary:
                "Per gemeente het toewijzingspercentage in \(beginLabel) (open cirkel) en in \(endLabel) (gevulde cirkel), "
                + "met het minimum van \(DutchText.norm(minimum)) en de signaalwaarde van \(DutchText.norm(signaalwaarde)). ",
            items: rows.map { "\($0.label): van \(words($0.begin)) naar \(words($0.end))" })
        svg += frame.legend([(.dot("punt-begin"), beginLabel, 0), (.dot("punt-eind"), endLabel, 130)])
        svg += frame.grid(x, step: 5, rows: rows.count) { Formatting.percent($0, places: 0) }
        svg += SVG.line(x1: x(minimum), y1: top - 4, x2: x(minimum), y2: plotBottom, className: "norm-minimum")
        svg += SVG.line(
            x1: x(signaalwaarde), y1: top - 4, x2: x(signaalwaarde), y2: plotBottom, className: "norm-signaal")
        svg += SVG.text(
            "minimum \(DutchText.norm(minimum))", x: x(minimum) - 3, y: top - 8, anchor: "end", className: "norm-label")
        svg += SVG.text(
            "signaalwaarde \(DutchText.norm(signaalwaarde))", x: x(signaalwaarde) + 3, y: top - 8,
            className: "norm-label")
        for (index, row) in rows.enumerated() {
            if index > 0, row.isRegion { svg += frame.separator(above: index, to: frame.width - 8) }
            let y = frame.rowTop(index) + frame.rowHeight / 2
            svg += frame.name(row.label, y: y + 4)
            if let begin = row.begin, let end = row.end {
                svg += SVG.line(x1: x(begin), y1: y, x2: x(end), y2: y, className: "verbinding")
            }
            if let begin = row.begin {
                svg += SVG.circle(x: x(begin), y: y, className: "punt-begin")
            }
            if let end = row.end {
                svg += SVG.circle(x: x(end), y: y, className: "punt-eind")
            }
            let text =
                "\(Formatting.percent(orDash: row.begin)) → \(Formatting.percent(orDash: row.end))"
            svg += SVG.text(text, x: frame.plotEnd + 12, y: y + 4, className: "waarde")
        }
        svg += frame.axis(rows: rows.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }
}
