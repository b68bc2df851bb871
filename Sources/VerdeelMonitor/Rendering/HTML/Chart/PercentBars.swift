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

    /// The plot runs from x = 160 to x = 560; names sit left of it, values right of the bars.
    static let frame = RowChartFrame(plotEnd: 560, top: 30, rowHeight: 24)

    /// The axis runs to a multiple of 5% that leaves room above the signaalwaarde (at least signaalwaarde + 5).
    static func upper(values: [Double], signaalwaarde: Double) -> Double {
        LinearScale.niceUpper(max(values.max() ?? 0, signaalwaarde + 5), step: 5)
    }

    static func chart(id: String, title: String, bars: [Bar], minimum: Double, signaalwaarde: Double) -> Chart {
        let values = bars.compactMap(\.value)
        guard !values.isEmpty else { return frame.empty(id: id, title: title, rows: bars.count) }
        let x = frame.scale(upper: upper(values: values, signaalwaarde: signaalwaarde))
        let plotBottom = frame.rowTop(bars.count)
        var svg = frame.open(
            id: id, title: title,
            summary: "Staafdiagram van het toewijzingspercentage per gemeente, met het minimum van "
                + "\(DutchText.norm(minimum)) en de signaalwaarde van \(DutchText.norm(signaalwaarde)). ",
            items: bars.map { "\($0.label): \($0.value.map { Formatting.percent($0) } ?? "geen mutaties")" })
        // Bars below the minimum are hatched, so they differ from the others in greyscale too.
        svg +=
            "<defs><pattern id=\"\(SVG.escape(id))-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"arcering-grond\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"arcering-lijn\"/></pattern></defs>"
        svg += frame.grid(x, step: 5, rows: bars.count) { Formatting.percent($0, places: 0) }
        for (row, bar) in bars.enumerated() {
            svg += frame.bar(
                row: row, label: bar.label, value: bar.value, isRegion: bar.isRegion, x: x,
                attributes: "class=\"staaf \(Flag.cssClass(bar.signaal))\""
                    + (bar.signaal == .onderMinimum ? " fill=\"url(#\(SVG.escape(id))-arcering)\"" : ""),
                missing: "geen mutaties"
            ) { "\(Flag.symbol(bar.signaal)) \(Formatting.percent($0))" }
        }
        svg += norm(
            x(minimum), label: "minimum \(DutchText.norm(minimum))", bottom: plotBottom, className: "norm-minimum")
        svg += norm(
            x(signaalwaarde), label: "signaalwaarde \(DutchText.norm(signaalwaarde))", bottom: plotBottom,
            className: "norm-signaal")
        svg += frame.axis(rows: bars.count)
        return Chart(id: id, titel: title, svg: svg + "</svg>", leeg: false)
    }

    /// A labelled norm line across the plot.
    private static func norm(_ x: Double, label: String, bottom: Double, className: String) -> String {
        let anchor = className == "norm-minimum" ? "end" : "start"
        return SVG.line(x1: x, y1: frame.top - 6, x2: x, y2: bottom, className: className)
            + SVG.text(
                label, x: anchor == "end" ? x - 3 : x + 3, y: frame.top - 10, anchor: anchor, className: "norm-label")
    }
}
