/// The frame of a chart with a row per municipality (and the region, last): 640 pixels wide like every chart
/// of the report, the names right-aligned left of `plotStart`, the plot from `plotStart` to `plotEnd`, a legend
/// or the norm labels in the `top` margin, and the axis labels in the `bottom` margin below the rows.
struct RowChartFrame: Sendable {
    /// The width of every chart of the report but the small multiples.
    static let width = 640.0
    var plotStart = 160.0
    var plotEnd: Double
    var top: Double
    var rowHeight: Double
    /// The thickness of a bar, where the chart has bars.
    var barHeight = 16.0
    var bottom = 30.0

    var width: Double { Self.width }

    /// The chart's height for `rows` rows (room for one when there are none).
    func height(rows: Int) -> Double { top + Double(max(rows, 1)) * rowHeight + bottom }

    /// Where row `row` starts; `rowTop(rows)` is where the plot ends.
    func rowTop(_ row: Int) -> Double { top + Double(row) * rowHeight }

    /// The scale of the plot for values `0...upper`.
    func scale(upper: Double) -> LinearScale { LinearScale(upper: upper, start: plotStart, end: plotEnd) }

    /// The scale for `values`, up to a multiple of `step` no lower than `floor`; nil without values (the chart
    /// is then `empty`).
    func scale(_ values: [Double], atLeast floor: Double, step: Double) -> LinearScale? {
        values.max().map { scale(upper: LinearScale.niceUpper(max($0, floor), step: step)) }
    }

    /// A key of the legend in the top margin.
    enum Key {
        /// A dot (`SVG.circle`) of the class.
        case dot(String)
        /// A square marker of the class.
        case square(String)
        /// A short bar of the class.
        case bar(String)
    }

    /// The legend in the top margin: each key `offset` right of the plot's start, with its text beside it.
    func legend(_ entries: [(key: Key, text: String, offset: Double)]) -> String {
        entries.map { key, text, offset in
            let x = plotStart + offset
            switch key {
            case .dot(let className):
                return SVG.circle(x: x + 6, y: 14, className: className) + SVG.text(text, x: x + 16, y: 18)
            case .square(let className):
                return SVG.rect(x: x, y: 9, width: 10, height: 10, className: className)
                    + SVG.text(text, x: x + 16, y: 18)
            case .bar(let className):
                return SVG.rect(x: x, y: 9, width: 14, height: 10, className: className)
                    + SVG.text(text, x: x + 20, y: 18)
            }
        }.joined()
    }

    /// The opening of the chart (`SVG.open`) with a row per item: its accessible description is `summary`, then
    /// `items` (one per row) separated by semicolons.
    func open(id: String, title: String, summary: String, items: [String]) -> String {
        SVG.open(
            id: id, width: width, height: height(rows: items.count), title: title,
            description: summary + items.joined(separator: "; ") + ".")
    }

    /// The chart without data: its frame and a clear "geen gegevens".
    func empty(id: String, title: String, rows: Int) -> Chart {
        Chart(
            id: id, titel: title, svg: SVG.empty(id: id, width: width, height: height(rows: rows), title: title),
            leeg: true)
    }

    /// The gridline of every tick of `x` over `rows` rows, each labelled below the plot with `label`.
    func grid(_ x: LinearScale, step: Double, rows: Int, label: (Double) -> String) -> String {
        let plotBottom = rowTop(rows)
        return LinearScale.ticks(upper: x.upper, step: step).map { tick in
            SVG.line(x1: x(tick), y1: top, x2: x(tick), y2: plotBottom, className: "raster")
                + SVG.text(label(tick), x: x(tick), y: plotBottom + 16, anchor: "middle", className: "as")
        }.joined()
    }

    /// The dotted line above the region's row `row`, from the names to `end`.
    func separator(above row: Int, to end: Double) -> String {
        SVG.line(x1: 8, y1: rowTop(row), x2: end, y2: rowTop(row), className: "scheiding")
    }

    /// A row's name, right-aligned left of the plot, with its baseline at `y`.
    func name(_ text: String, y: Double) -> String { SVG.text(text, x: plotStart - 8, y: y, anchor: "end") }

    /// The value axis along the plot's left edge, over `rows` rows.
    func axis(rows: Int) -> String {
        SVG.line(x1: plotStart, y1: top, x2: plotStart, y2: rowTop(rows), className: "as-lijn")
    }

    /// Row `row` of a bar chart: the name, a bar from the axis to `value` with `attributes` (its class, a fill)
    /// and `text(value)` right of it, or `missing` where there is no value; the region's row below a dotted line.
    func bar(
        row: Int, label: String, value: Double?, isRegion: Bool, x: LinearScale, attributes: String,
        missing: String, text: (Double) -> String
    ) -> String {
        var svg = row > 0 && isRegion ? separator(above: row, to: plotEnd) : ""
        let y = rowTop(row) + (rowHeight - barHeight) / 2
        svg += name(label, y: y + barHeight - 4)
        guard let value else { return svg + SVG.text(missing, x: plotStart + 6, y: y + barHeight - 4, className: "as") }
        return svg
            + "<rect x=\"\(SVG.number(plotStart))\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(x(value) - plotStart))\" "
            + "height=\"\(SVG.number(barHeight))\" \(attributes)/>"
            + SVG.text(text(value), x: x(value) + 6, y: y + barHeight - 4, className: "waarde")
    }
}
