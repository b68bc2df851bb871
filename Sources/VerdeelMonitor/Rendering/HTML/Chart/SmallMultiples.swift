/// One small chart per municipality of its toewijzingspercentage over the half-years, all on the same scale,
/// with the band between minimum and signaalwaarde shaded and both norms drawn as lines.
enum SmallMultiples {
    struct Panel: Sendable {
        var label: String
        var values: [Double?]
        var signalen: [Signaal]
    }

    static let width = 200.0
    static let height = 124.0
    static let plotStart = 34.0
    static let plotEnd = 186.0
    static let top = 26.0
    static let plotBottom = 96.0

    /// The common axis: a multiple of 5% above every value and the signaalwaarde.
    static func upper(_ panels: [Panel], signaalwaarde: Double) -> Double {
        LinearScale.niceUpper(
            max(panels.flatMap { $0.values.compactMap { $0 } }.max() ?? 0, signaalwaarde + 5), step: 5)
    }

    static func charts(
        idPrefix: String, periods: [String], panels: [Panel], minimum: Double, signaalwaarde: Double
    ) -> [Chart] {
        let y = LinearScale(upper: upper(panels, signaalwaarde: signaalwaarde), start: plotBottom, end: top)
        let slot = (plotEnd - plotStart) / Double(max(periods.count, 1))
        func x(_ index: Int) -> Double { plotStart + slot * (Double(index) + 0.5) }
        return panels.enumerated().map { number, panel in
            let id = "\(idPrefix)-\(number + 1)"
            let title = "\(panel.label): toewijzingspercentage per halfjaar"
            guard panel.values.contains(where: { $0 != nil }) else {
                return Chart(
                    id: id, titel: panel.label, svg: SVG.empty(id: id, width: width, height: height, title: title),
                    leeg: true)
            }
            let description =
                zip(periods, panel.values).map { "\($0) \($1.map { Formatting.percent($0) } ?? "geen mutaties")" }
                .joined(separator: ", ") + "."
            var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
            svg += SVG.text(panel.label, x: 2, y: 14, className: "paneel-titel")
            svg +=
                "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(y(signaalwaarde)))\" width=\"\(SVG.number(plotEnd - plotStart))\" "
                + "height=\"\(SVG.number(y(minimum) - y(signaalwaarde)))\" class=\"band\"/>"
            svg += SVG.line(x1: plotStart, y1: y(minimum), x2: plotEnd, y2: y(minimum), className: "norm-minimum")
            svg += SVG.line(
                x1: plotStart, y1: y(signaalwaarde), x2: plotEnd, y2: y(signaalwaarde), className: "norm-signaal")
            for tick in [0, minimum, signaalwaarde] {
                svg += SVG.text(
                    DutchText.norm(tick), x: plotStart - 4, y: y(tick) + 3, anchor: "end", className: "as klein")
            }
            if let first = periods.first, let last = periods.last {
                svg += SVG.text(first, x: x(0), y: plotBottom + 14, anchor: "middle", className: "as klein")
                if periods.count > 1 {
                    svg += SVG.text(
                        last, x: x(periods.count - 1), y: plotBottom + 14, anchor: "middle", className: "as klein")
                }
            }
            let points = panel.values.enumerated().compactMap { index, value in value.map { (index, x(index), y($0)) } }
            if points.count > 1 {
                svg +=
                    "<polyline points=\""
                    + points.map { "\(SVG.number($0.1)),\(SVG.number($0.2))" }.joined(separator: " ")
                    + "\" class=\"lijn lijn-a\"/>"
            }
            for point in points {
                svg +=
                    "<circle cx=\"\(SVG.number(point.1))\" cy=\"\(SVG.number(point.2))\" r=\"3\" class=\"punt-\(Flag.cssClass(panel.signalen[point.0]))\"/>"
            }
            if let lastIndex = panel.values.lastIndex(where: { $0 != nil }), let value = panel.values[lastIndex] {
                svg += SVG.text(
                    "\(Flag.symbol(panel.signalen[lastIndex])) \(Formatting.percent(value))", x: width - 2, y: 14,
                    anchor: "end", className: "waarde")
            }
            return Chart(id: id, titel: panel.label, svg: svg + "</svg>", leeg: false)
        }
    }
}
