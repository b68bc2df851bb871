/// The toewijzingspercentage per municipality as horizontal bars, with the minimum and the signaalwaarde as
/// vertical lines. Each bar ends in its value and a shape for its signaal, so colour is never the only cue.
enum PercentBars {
    /// One bar: a municipality (or the region) and its percentage; nil without mutaties.
    struct Bar: Sendable {
        var label: String
        var value: Double?
        var signaal: Signaal
        /// The region's bar, last and set apart by a dotted line.
        var isRegion = false
    }

    static let width = 640.0
    /// The plot runs from x = 160 to x = 560; names sit left of it, values right of the bars.
    static let plotStart = 160.0
    static let plotEnd = 560.0
    static let top = 30.0
    static let rowHeight = 24.0
    static let barHeight = 16.0
    static let bottom = 30.0

    /// The axis runs to a multiple of 5% that leaves room above the signaalwaarde (at least signaalwaarde + 5).
    static func upper(values: [Double], signaalwaarde: Double) -> Double {
        LinearScale.niceUpper(max(values.max() ?? 0, signaalwaarde + 5), step: 5)
    }

    static func scale(upper: Double) -> LinearScale { LinearScale(upper: upper, start: plotStart, end: plotEnd) }

    static func chart(id: String, title: String, bars: [Bar], minimum: Double, signaalwaarde: Double) -> Chart {
        let values = bars.compactMap(\.value)
        let height = top + Double(max(bars.count, 1)) * rowHeight + bottom
        guard !values.isEmpty else {
            return Chart(
                id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height, title: title), leeg: true)
        }
        let x = scale(upper: upper(values: values, signaalwaarde: signaalwaarde))
        let plotBottom = top + Double(bars.count) * rowHeight
        let description =
            "Staafdiagram van het toewijzingspercentage per gemeente, met het minimum van "
            + "\(DutchText.norm(minimum)) en de signaalwaarde van \(DutchText.norm(signaalwaarde)). "
            + bars.map { "\($0.label): \($0.value.map { Formatting.percent($0) } ?? "geen mutaties")" }.joined(
                separator: "; ") + "."
        var svg = SVG.open(id: id, width: width, height: height, title: title, description: description)
        // Bars below the minimum are hatched, so they differ from the others in greyscale too.
        svg +=
            "<defs><pattern id=\"\(SVG.escape(id))-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"arcering-grond\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"arcering-lijn\"/></pattern></defs>"
        for tick in LinearScale.ticks(upper: x.upper, step: 5) {
            svg += SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
            svg += SVG.text(
                Formatting.percent(tick, places: 0), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }
        for (row, bar) in bars.enumerated() {
            if row > 0, row == bars.count - 1, bar.isRegion {
                svg += SVG.line(
                    x1: 8, y1: top + Double(row) * rowHeight, x2: plotEnd, y2: top + Double(row) * rowHeight,
                    className: "scheiding")
            }
            let y = top + Double(row) * rowHeight + (rowHeight - barHeight) / 2
            svg += SVG.text(bar.label, x: plotStart - 8, y: y + barHeight - 4, anchor: "end")
            guard let value = bar.value else {
                svg += SVG.text("geen mutaties", x: plotStart + 6, y: y + barHeight - 4, className: "as")
                continue
            }
            svg +=
                "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(x(value) - plotStart))\" "
                + "height=\"\(SVG.number(barHeight))\" class=\"staaf \(Flag.cssClass(bar.signaal))\""
                + (bar.signaal == .onderMinimum ? " fill=\"url(#\(SVG.escape(id))-arcering)\"" : "") + "/>"
            svg += SVG.text(
                "\(Flag.symbol(bar.signaal)) \(Formatting.percent(value))", x: x(value) + 6, y: y + barHeight - 4,
                className: "waarde")
        }
        svg += norm(
            x(minimum), label: "minimum \(DutchText.norm(minimum))", bottom: plotBottom, className: "norm-minimum")
        svg += norm(
            x(signaalwaarde), label: "signaalwaarde \(DutchText.norm(signaalwaarde))", bottom: plotBottom,
            className: "norm-signaal")
        svg += SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: plotBottom, className: "as-lijn")
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }

    /// A labelled norm line across the plot.
    private static func norm(_ x: Double, label: String, bottom: Double, className: String) -> String {
        let anchor = className == "norm-minimum" ? "end" : "start"
        return SVG.line(x1: x, y1: top - 6, x2: x, y2: bottom, className: className)
            + SVG.text(label, x: anchor == "end" ? x - 3 : x + 3, y: top - 10, anchor: anchor, className: "norm-label")
    }
}
