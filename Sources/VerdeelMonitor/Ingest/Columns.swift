import Foundation

/// The columns of a delivery's header, matched by name case-insensitively after trimming.
struct Columns {
    let soort: Soort
    private let index: [String: Int]
    /// Header names that the contract does not know, as written.
    let extra: [String]
    /// Required columns that the header lacks.
    let missing: [String]
    /// Known columns that the header names more than once; the first is read.
    let repeated: [String]
    let width: Int

    static func required(_ soort: Soort) -> [String] {
        switch soort {
        case .verhuringen: ["verhuring_id", "datum", "gemeente"]
        case .urgentie: ["urgentienummer", "datum_aanvraag", "categorie"]
        case .voorraad: ["gemeente", "toegevoegd", "onttrokken"]
        case .zoekers: ["gemeente", "actief", "geslaagd"]
        }
    }

    static func optional(_ soort: Soort) -> [String] {
        switch soort {
        case .verhuringen: ["urgentie", "urgentienummer", "herkomstgemeente", "klein_betaalbaar"]
        case .urgentie:
            ["besluit", "datum_besluit", "herkomstgemeente", "woonplaatsbeginsel", "reden", "datum_vervallen"]
        case .voorraad, .zoekers: []
        }
    }

    /// The sender's profile, when it has one: the export's column names and value labels.
    let profile: Profile?
    /// The profile's value labels per contract column (empty without a profile: `value` then maps nothing).
    private let labels: [String: [String: String]]

    init(header: [String], soort: Soort, profile: Profile? = nil) {
        self.soort = soort
        self.profile = profile
        let contract = Self.required(soort) + Self.optional(soort)
        // The header name each contract column is looked for under: the profile's, else its own.
        var known: [String: String] = [:]
        for name in contract { known[profile?.columns[name] ?? name] = name }
        var index: [String: Int] = [:]
        var extra: [String] = []
        var repeated: [String] = []
        for (position, name) in header.enumerated() {
            let written = name.trimmingCharacters(in: .whitespaces).lowercased()
            let key = profile == nil ? known[written] : known[written.comparable]
            if let key {
                if index[key] == nil { index[key] = position } else if !repeated.contains(key) { repeated.append(key) }
            } else if !written.isEmpty {
                extra.append(name)
            }
        }
        self.index = index
        self.labels = profile?.values.filter { contract.contains($0.key) } ?? [:]
        self.extra = extra
        self.repeated = repeated
        self.missing = Self.required(soort).filter { index[$0] == nil }
        self.width = header.count
    }

    /// The trimmed value of column `name` in `fields`, or "" when the column or field is absent.
    func value(_ name: String, in fields: [String]) -> String {
        guard let position = index[name], position < fields.count else { return "" }
        return normalized(fields[position], column: name)
    }

    /// A field of column `name` as its value: trimmed of white space, then mapped by the profile.
    ///
    /// The CSV reader already trims spaces and tabs around unquoted fields, so most values are returned as they
    /// are; only a value that starts or ends with white space (a quoted one) is trimmed here. `RowReader` reads
    /// fields that need neither straight from their bytes and calls this only for the others.
    func normalized(_ field: String, column name: String) -> String {
        guard let first = field.first, let last = field.last, first.isWhitespace || last.isWhitespace else {
            return labels.isEmpty ? field : mapped(field, column: name)
        }
        let trimmed = field.trimmingCharacters(in: .whitespacesAndNewlines)
        return labels.isEmpty ? trimmed : mapped(trimmed, column: name)
    }

    /// Whether the profile maps the values of contract column `name` to contract values.
    func isMapped(_ name: String) -> Bool { labels[name] != nil }

    /// The column of the header where contract column `name` is, if it is there.
    func position(of name: String) -> Int? { index[name] }

    /// The trimmed value of column `name` without the profile's mapping (for `inspect`).
    func raw(_ name: String, in fields: [String]) -> String {
        guard let position = index[name], position < fields.count else { return "" }
        return fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The contract value the profile gives for an export value in `column`; an unmapped value as it is.
    private func mapped(_ value: String, column: String) -> String {
        guard let mapping = labels[column], !value.isEmpty else { return value }
        return mapping[value.comparable] ?? value
    }

    /// The header name a contract column is looked for under, for messages: `'Ingangsdatum' (datum)` with a
    /// profile that renames it, else the contract name.
    func describe(_ name: String) -> String {
        guard let renamed = profile?.columns[name] else { return name }
        return "'\(renamed)' (\(name))"
    }
}
