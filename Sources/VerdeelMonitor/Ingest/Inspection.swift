import Foundation

/// What `verdeelmonitor inspect FILE` tells the policy officer who receives a new export: the sheets (of a
/// workbook), the header, how many records, which contract columns it found and which not, the distinct values
/// of the code columns with what they map to, and a `[[profiel]]` skeleton for what it could not match.
///
/// It never prints a value of an identifier column (verhuring_id, urgentienummer) or a date of a person: only
/// the header names, counts and the values of the code columns.
enum Inspection {
    /// The code columns whose distinct values are shown, per soort.
    static func codeColumns(_ soort: Soort) -> [String] {
        // Not a switch: a soort without code columns (voorraad, and any added later) has none to list.
        if soort == .verhuringen { return ["urgentie"] }
        if soort == .urgentie { return ["categorie", "besluit", "woonplaatsbeginsel"] }
        return []
    }

    /// How many distinct values of one code column are listed at most.
    static let listedValues = 40

    /// The report on the file at `path`; `config` gives the profile of the bron and the limits (optional).
    static func lines(path: String, config: RegionConfig?) -> [String] {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var out = ["bestand: \(fileName)"]
        guard let data = FileManager.default.contents(atPath: path) else {
            return out + ["het bestand is niet te lezen of bestaat niet"]
        }
        let name = DeliveryName(fileName: fileName)
        // A binary Office file is read as a workbook whatever its name, so that its bytes are never shown as text.
        let isWorkbook =
            name?.format.isWorkbook == true || CompoundFile.isCompoundFile(data)
            || (name == nil && data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let soorten: [Soort]
        if let name {
            out.append(
                "soort: \(name.soort.rawValue), bron: \(name.bron), periode: \(name.period) (uit de bestandsnaam)")
            soorten = [name.soort]
        } else {
            out.append(
                "de bestandsnaam past niet bij <soort>_<bron>_<periode>.csv, .xlsx of .ods: de kolommen zijn vergeleken met alle soorten"
            )
            soorten = Soort.allCases.sorted()
        }
        let limits = config?.limits ?? Limits()
        let profile = name.flatMap { config?.profile(forBron: $0.bron) }
        let rule = HeaderRule(soorten: soorten, profile: profile)
        var table: DeliveryTable
        if isWorkbook {
            do throws(XLSXError) {
                let workbook = try Workbook(data: data, preferredSheet: name?.soort.rawValue, limits: limits)
                out.append(
                    workbook.kind == .ods ? "formaat: OpenDocument-rekenblad (.ods)" : "formaat: Excel-werkmap (.xlsx)")
                let sheets = workbook.sheets.map { "'\($0.name)'" + ($0.hidden ? " (verborgen)" : "") }
                out.append("werkbladen: \(sheets.joined(separator: ", ")); gelezen: '\(workbook.sheet)'")
                table = workbook.table
            } catch {
                return out + ["de werkmap is niet te lezen: \(error.message)"]
            }
            if let line = table.locateHeader(rule) { return out + [rule.lineMissing(line)] }
        } else {
            let csv: CSVRows
            do throws(CSVReadError) {
                csv = try CSVRows(bytes: [UInt8](data), header: rule)
            } catch .headerLineMissing(let line) {
                return out + [rule.lineMissing(line)]
            } catch {
                return out + [error.message]
            }
            let delimiter = csv.delimiter == CSVDelimiter.tab ? "tab" : "'\(Character(UnicodeScalar(csv.delimiter)))'"
            out.append("formaat: CSV, scheidingsteken \(delimiter), tekst \(csv.encoding.name)")
            table = DeliveryTable(csv)
        }
        out.append("kopregel (regel \(table.headerLine)): \(table.header.map(shown).joined(separator: ", "))")
        // The skeleton is for one soort: the file name's, else the one whose columns the header matches best.
        let best = soorten.max { a, b in matched(table, a, profile) < matched(table, b, profile) }
        let records = best.map { recordIndices(table, soort: $0, profile: profile).count } ?? table.records.count
        out.append(
            "records: \(records)" + (table.problems.isEmpty ? "" : ", en \(table.problems.count) onleesbare regels"))
        if let profile { out.append("profiel: '\(profile.naam)' (van bron \(name!.bron) in de configuratie)") }
        var skeleton: [String] = []
        for soort in soorten {
            var lines: [String] = []
            out += describe(table, soort: soort, profile: profile, skeleton: &lines)
            if soort == best { skeleton = lines }
        }
        if let best { out += layout(table, soort: best, profile: profile) }
        if soorten.count > 1, let best, !skeleton.isEmpty {
            skeleton.insert("# voor soort \(best.rawValue), waarvan de kopregel de meeste kolommen heeft", at: 0)
        }
        if !skeleton.isEmpty {
            out.append("")
            out.append(
                "# Een begin voor regio.toml: vul in wat de export gebruikt en verwijs ernaar met profiel = \"...\"")
            out.append("[[profiel]]")
            out.append("naam = \"\(profile?.naam ?? "mijn-export")\"")
            out += skeleton
        }
        return out
    }

    /// The rows the monitor counts as records for `soort`: all but the total and empty rows (`RowKind`), which
    /// it can tell apart once the header holds every required column.
    private static func recordIndices(_ table: DeliveryTable, soort: Soort, profile: Profile?) -> [Int] {
        let columns = Columns(header: table.header, soort: soort, profile: profile)
        guard columns.missing.isEmpty else { return Array(table.records.indices) }
        let kinds = RowKind.Classifier(columns)
        return table.records.withFields { fieldsOf in
            table.records.indices.filter { kinds.kind(of: fieldsOf($0)) == .record }
        }
    }

    /// How well the header fits soort: (required columns found, all columns found).
    private static func matched(_ table: DeliveryTable, _ soort: Soort, _ profile: Profile?) -> (Int, Int) {
        let columns = Columns(header: table.header, soort: soort, profile: profile)
        let required = Columns.required(soort).filter { columns.position(of: $0) != nil }.count
        let all = (Columns.required(soort) + Columns.optional(soort)).filter { columns.position(of: $0) != nil }.count
        return (required, all)
    }

    private static func describe(
        _ table: DeliveryTable, soort: Soort, profile: Profile?, skeleton: inout [String]
    ) -> [String] {
        var out = [""]
        out.append("kolommen van het contract voor \(soort.rawValue):")
        let columns = Columns(header: table.header, soort: soort, profile: profile)
        let required = Set(Columns.required(soort))
        var missing: [String] = []
        for name in Columns.required(soort) + Columns.optional(soort) {
            let kind = required.contains(name) ? "verplicht" : "optioneel"
            if let position = columns.position(of: name) {
                out.append("  gevonden: \(name) (\(kind)) in kolom '\(table.header[position])'")
            } else {
                out.append("  NIET gevonden: \(name) (\(kind))")
                missing.append(name)
            }
        }
        if !columns.extra.isEmpty {
            out.append(
                "  kolommen die het contract niet kent: \(columns.extra.map(shown).joined(separator: ", "))")
        }
        var labelLines: [String] = []
        for column in codeColumns(soort) where columns.position(of: column) != nil {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for index in recordIndices(table, soort: soort, profile: profile) {
                let raw = columns.raw(column, in: table.records[index].fields)
                if counts[raw] == nil { order.append(raw) }
                counts[raw, default: 0] += 1
            }
            out.append("  waarden in \(columns.describe(column)):")
            var unmatched: [String] = []
            for value in order.sorted().prefix(listedValues) {
                let mapped = columns.value(column, in: [String](repeating: value, count: columns.width))
                let verdict = meaning(mapped, column: column)
                let printed =
                    value.isEmpty
                    ? "(leeg)" : value == ExcelError.uncachedFormula ? "(formule zonder uitkomst)" : "'\(value)'"
                let via = mapped != value ? " via het profiel" : ""
                out.append("    \(printed) (\(counts[value]!)x) -> \(verdict.text)\(via)")
                if !verdict.valid { unmatched.append(value) }
            }
            if order.count > listedValues { out.append("    en nog \(order.count - listedValues) andere waarden") }
            if !unmatched.isEmpty {
                labelLines.append("[profiel.waarden.\(column)]   # de waarde van de export = de code van het contract")
                for value in unmatched { labelLines.append("\"\(tomlEscape(value))\" = \"\"") }
            }
        }
        if !missing.isEmpty {
            skeleton.append(
                "[profiel.kolommen]   # de kolom van het contract = de kolomnaam in de export (\(soort.rawValue))")
            for name in missing {
                skeleton.append("\(required.contains(name) ? "" : "# ")\(name) = \"\"")
            }
        }
        skeleton += labelLines
        return out
    }

    /// What a (mapped) value of a code column means under the contract.
    static func meaning(_ value: String, column: String) -> (text: String, valid: Bool) {
        // An error value is no label to map (SPEC.md section 10): the row is rejected by name.
        if ExcelError.named(value) != nil { return ("Excel-fout: de regel wordt afgewezen", true) }
        switch column {
        case "urgentie", "categorie":
            if value.isEmpty {
                return column == "urgentie"
                    ? ("leeg: reguliere woningzoekende", true) : ("leeg: verplicht, afgewezen", false)
            }
            guard let code = Values.urgencyCode(value) else { return ("onbekende urgentiecode: afgewezen", false) }
            if code.isStatutory { return ("\(code.rawValue) (wettelijke categorie)", true) }
            return ("\(code.rawValue) (geen wettelijke categorie)", true)
        case "besluit":
            if value.isEmpty { return ("leeg: nog geen besluit", true) }
            return Besluit(rawValue: value.lowercased()).map { ($0.rawValue, true) } ?? (
                "onbekend besluit: afgewezen", false
            )
        default:
            switch value.lowercased() {
            case "", "ja": return ("ja (woonplaatsbeginsel geldt)", true)
            case "uitzondering": return ("uitzondering (afspraak 1b)", true)
            default: return ("onbekende waarde: afgewezen", false)
            }
        }
    }

    /// A header name as printed: quoted, or not shown when it holds a digit. Without a header row the first
    /// record is read as one, and its identifiers and dates (which hold digits) must not be printed.
    static func shown(_ name: String) -> String {
        name.contains(where: \.isNumber) ? "(een naam met cijfers, niet getoond)" : "'\(name)'"
    }

    static func tomlEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
