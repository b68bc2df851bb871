/// Per municipality two bars on one count scale: the vraag (gehuisvest + wachtend, filled) against what the
/// statutory minimum would have housed (open, outlined). Where the filled bar is longer, the minimum falls short.
/// The bars differ in fill and outline, so the chart reads in greyscale; each ends in its value.
enum CapacityBars {
    struct Row: Sendable {
        var label: String
        var vraag: Int
        var bijMinimum: Double
    }

    static let width = 640.0
    static let plotStart = 160.0
    static let plotEnd = 560.0
    static let top = 44.0
    static let rowHeight = 34.0
    static let barHeight = 11.0
    static let bottom = 30.0

    static func chart(id: String, title: String, rows: [Row], minimum: Double) -> Chart {
        let height = top + Double(max(rows.count, 1)) * rowHeight + bottom
        let largest = rows.map { max(Double($0.vraag), $0.bijMinimum) }.max() ?? 0
        guard largest > 0 else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let step = LinearScale.countStep(for: largest)
        let x = LinearScale(upper: LinearScale.niceUpper(largest, step: step), start: plotStart, end: plotEnd)
        let plotBottom = top + Double(rows.count) * rowHeight
        let norm = DutchText.norm(minimum)
        let description =
            "Per gemeente het aantal urgenten dat een woning nodig had (gehuisvest plus wachtend, gevulde staaf) en "
            + "het aantal woningen dat het minimum van \(norm) van de verhuringen had opgeleverd (open staaf). "
            + rows.map {
                "\($0.label): \(Formatting.dutch($0.vraag)) nodig, \(Formatting.dutch($0.bijMinimum, places: 1)) bij het minimum"
            }.joined(separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        svg +=
            "<rect x=\"\(SVG.number(plotStart))\" y=\"9\" width=\"14\" height=\"10\" class=\"staaf-vraag\"/>"
            + SVG.text("nodig: gehuisvest + wachtend", x: plotStart + 20, y: 18)
            + "<rect x=\"\(SVG.number(plotStart + 230))\" y=\"9\" width=\"14\" height=\"10\" class=\"staaf-minimum\"/>"
            + SVG.text("bij het minimum van \(norm)", x: plotStart + 250, y: 18)
        for tick in LinearScale.ticks(upper: x.upper, step: step) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.dutch(Int(tick)), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + (rowHeight - 2 * barHeight) / 2
            svg += SVG.text(row.label, x: plotStart - 8, y: y + barHeight + 4, anchor: "end")
            svg += bar(
                y: y, to: x(Double(row.vraag)), className: "staaf-vraag", label: Formatting.dutch(row.vraag))
            svg += bar(
                y: y + barHeight, to: x(row.bijMinimum), className: "staaf-minimum",
                label: Formatting.dutch(row.bijMinimum, places: 1))
        }
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }

    private static func bar(y: Double, to end: Double, className: String, label: String) -> String {
        "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(max(end - plotStart, 0)))\" "
            + "height=\"\(SVG.number(barHeight))\" class=\"\(className)\"/>"
            + SVG.text(label, x: end + 5, y: y + barHeight - 2, className: "waarde")
    }
}
