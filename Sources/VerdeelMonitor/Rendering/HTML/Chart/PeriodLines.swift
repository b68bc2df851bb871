/// Values of the region over the half-years as lines with markers. Each series has its own marker shape and
/// dash and is named at its last point, so no legend in colour is needed.
enum PeriodLines {
    struct Series: Sendable {
        var name: String
        var values: [Double?]
        /// `a` (solid, circles) or `b` (dashed, squares).
        var style: String
    }

    static let width = RowChartFrame.width
    static let height = 240.0
    static let plotStart = 56.0
    static let plotEnd = 520.0
    static let top = 20.0
    static let plotBottom = 200.0

    /// `percent`: the axis shows percentages in steps of 5 and the norms are drawn; else counts.
    static func chart(
        id: String, title: String, periods: [String], series: [Series], percent: Bool,
        norms: [(label: String, value: Double)] = []
    ) -> Chart {
        let all = series.flatMap { $0.values.compactMap { $0 } }
        guard !all.isEmpty, !periods.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let largest = max(all.max() ?? 0, norms.map(\.value).max() ?? 0)
        let step = percent ? 5 : LinearScale.countStep(for: largest)
        let y = LinearScale(
            upper: LinearScale.niceUpper(largest * (percent ? 1.1 : 1.05), step: step), start: plotBottom, end: top)
        let slot = (plotEnd - plotStart) / Double(periods.count)
        func x(_ index: Int) -> Double { plotStart + slot * (Double(index) + 0.5) }
        func label(_ value: Double) -> String {
            percent ? Formatting.percent(value) : Formatting.dutch(Int(value.rounded()))
        }
        let description =
            series.map { serie in
                serie.name + ": "
                    + zip(periods, serie.values).map { "\($0) \($1.map(label) ?? "geen gegevens")" }.joined(
                        separator: ", ")
            }.joined(separator: ". ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        for tick in LinearScale.ticks(upper: y.upper, step: step) {
            svg += SVG.line(x1: plotStart, y1: y(tick), x2: plotEnd, y2: y(tick), className: "raster")
            svg += SVG.text(
                percent ? Formatting.percent(tick, places: 0) : Formatting.dutch(Int(tick)), x: plotStart - 6,
                y: y(tick) + 4, anchor: "end", className: "as")
        }
        for (index, period) in periods.enumerated() {
            svg += SVG.text(period, x: x(index), y: plotBottom + 18, anchor: "middle", className: "as")
        }
        for norm in norms {
            svg += SVG.line(
                x1: plotStart, y1: y(norm.value), x2: plotEnd, y2: y(norm.value),
                className: norm.value == norms.first?.value ? "norm-minimum" : "norm-signaal")
            svg += SVG.text(norm.label, x: plotStart + 4, y: y(norm.value) - 4, className: "norm-label")
        }
        for serie in series {
            let points = serie.values.enumerated().compactMap { index, value in value.map { (x(index), y($0)) } }
            if points.count > 1 {
                svg +=
                    "<polyline points=\""
                    + points.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " ")
                    + "\" class=\"lijn lijn-\(serie.style)\"/>"
            }
            for (px, py) in points { svg += marker(x: px, y: py, style: serie.style) }
            if let lastIndex = serie.values.lastIndex(where: { $0 != nil }), let value = serie.values[lastIndex] {
                svg += SVG.text(
                    "\(serie.name) \(label(value))", x: x(lastIndex) + 9, y: y(value) - 8, className: "waarde")
            }
        }
        svg += SVG.line(x1: plotStart, y1: plotBottom, x2: plotEnd, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }

    static func marker(x: Double, y: Double, style: String) -> String {
        style == "a"
            ? SVG.circle(x: x, y: y, r: 4, className: "punt-a")
            : SVG.rect(x: x - 4, y: y - 4, width: 8, height: 8, className: "punt-b")
    }
}
