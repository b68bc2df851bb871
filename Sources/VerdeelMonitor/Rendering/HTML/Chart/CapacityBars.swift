/// Per municipality two bars on one count scale: the vraag (gehuisvest + wachtend, filled) against what the
/// statutory minimum would have housed (open, outlined). Where the filled bar is longer, the minimum falls short.
/// The bars differ in fill and outline, so the chart reads in greyscale; each ends in its value.
enum CapacityBars {
    struct Row: Sendable {
        var label: String
        var vraag: Int
        var bijMinimum: Double
    }

    static let frame = RowChartFrame(plotEnd: 560, top: 44, rowHeight: 34, barHeight: 11)

    static func chart(id: String, title: String, rows: [Row], minimum: Double) -> Chart {
        let largest = rows.map { max(Double($0.vraag), $0.bijMinimum) }.max() ?? 0
        guard largest > 0 else { return frame.empty(id: id, title: title, rows: rows.count) }
        let step = LinearScale.countStep(for: largest)
        let x = frame.scale(upper: LinearScale.niceUpper(largest, step: step))
        let norm = DutchText.norm(minimum)
        var svg = frame.open(
            id: id, title: title,
            summary:
                "Per gemeente het aantal urgenten dat een woning nodig had (gehuisvest plus wachtend, gevulde staaf) en "
                + "het aantal woningen dat het minimum van \(norm) van de verhuringen had opgeleverd (open staaf). ",
            items: rows.map {
                "\($0.label): \(Formatting.dutch($0.vraag)) nodig, \(Formatting.dutch($0.bijMinimum, places: 1)) bij het minimum"
            })
        svg += frame.legend([
            (.bar("staaf-vraag"), "nodig: gehuisvest + wachtend", 0),
            (.bar("staaf-minimum"), "bij het minimum van \(norm)", 230),
        ])
        svg += frame.grid(x, step: step, rows: rows.count) { Formatting.dutch(Int($0)) }
        for (index, row) in rows.enumerated() {
            let barHeight = frame.barHeight
            let y = frame.rowTop(index) + (frame.rowHeight - 2 * barHeight) / 2
            svg += frame.name(row.label, y: y + barHeight + 4)
            svg += bar(
                y: y, to: x(Double(row.vraag)), className: "staaf-vraag", label: Formatting.dutch(row.vraag))
            svg += bar(
                y: y + barHeight, to: x(row.bijMinimum), className: "staaf-minimum",
                label: Formatting.dutch(row.bijMinimum, places: 1))
        }
        svg += frame.axis(rows: rows.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }

    private static func bar(y: Double, to end: Double, className: String, label: String) -> String {
        SVG.rect(
            x: frame.plotStart, y: y, width: max(end - frame.plotStart, 0), height: frame.barHeight,
            className: className)
            + SVG.text(label, x: end + 5, y: y + frame.barHeight - 2, className: "waarde")
    }
}
