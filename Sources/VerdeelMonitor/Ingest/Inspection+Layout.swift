/// What `inspect` says about an export's layout (SPEC.md section 10): the rows skipped above the header, the
/// total and empty rows under it, and the Excel error values per column. Counts and line numbers only, never a
/// value.
extension Inspection {
    static func layout(_ table: DeliveryTable, soort: Soort, profile: Profile?) -> [String] {
        var out = [""]
        out.append("indeling (voor \(soort.rawValue)):")
        let above = table.skippedAbove
        out.append(
            above == 0
                ? "  boven de kopregel: niets overgeslagen"
                : "  boven de kopregel overgeslagen: \(above) \(above == 1 ? "regel" : "regels") met tekst")
        let columns = Columns(header: table.header, soort: soort, profile: profile)
        guard columns.missing.isEmpty else { return out }
        let kinds = RowKind.Classifier(columns)
        let read = Set(
            (Columns.required(soort) + Columns.optional(soort)).compactMap(columns.position(of:)))
        var totals: [Int] = []
        var empty = 0
        var errors: [Int: [String: Int]] = [:]
        table.records.withFields { fieldsOf in
            for index in table.records.indices {
                let fields = fieldsOf(index)
                switch kinds.kind(of: fields) {
                case .total: totals.append(table.records.line(of: index))
                case .empty: empty += 1
                case .record:
                    for position in 0..<fields.count {
                        guard let first = fields[position].first, ExcelError.mayStart(first),
                            let error = ExcelError.named(fields.string(position))
                        else { continue }
                        errors[position, default: [:]][error, default: 0] += 1
                    }
                }
            }
        }
        let lines = totals.prefix(20).map(String.init).joined(separator: ", ") + (totals.count > 20 ? ", ..." : "")
        out.append(
            totals.isEmpty
                ? "  totaalregels: geen"
                : "  totaalregels (geen records, tellen nergens mee): \(totals.count), op regel \(lines)")
        if empty > 0 { out.append("  regels zonder waarde in de verplichte kolommen (geen records): \(empty)") }
        if errors.isEmpty { out.append("  Excel-fouten: geen") }
        for position in errors.keys.sorted() {
            let kinds = errors[position]!.sorted { $0.key < $1.key }.map { error, count in
                "\(error == ExcelError.uncachedFormula ? "formule zonder uitkomst" : error) \(count)x"
            }
            let verdict = read.contains(position) ? "die regels worden afgewezen" : "kolom niet gelezen: genegeerd"
            let column = position < table.header.count ? shown(table.header[position]) : "\(position + 1)"
            out.append("  Excel-fouten in kolom \(column): \(kinds.joined(separator: ", ")) (\(verdict))")
        }
        return out
    }
}
