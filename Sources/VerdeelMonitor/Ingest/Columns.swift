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

    init(header: [String], soort: Soort) {
        self.soort = soort
        let known = Set(Self.required(soort) + Self.optional(soort))
        var index: [String: Int] = [:]
        var extra: [String] = []
        var repeated: [String] = []
        for (position, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if known.contains(key) {
                if index[key] == nil { index[key] = position } else if !repeated.contains(key) { repeated.append(key) }
            } else if !key.isEmpty {
                extra.append(name)
            }
        }
        self.index = index
        self.extra = extra
        self.repeated = repeated
        self.missing = Self.required(soort).filter { index[$0] == nil }
        self.width = header.count
    }

    /// The trimmed value of column `name` in `fields`, or "" when the column or field is absent.
    ///
    /// The CSV reader already trims unquoted fields, so most values are returned as they are; only a value
    /// that starts or ends with white space (a quoted one) is trimmed here. This runs for every field of
    /// every row: it is the hot path of ingestion (see `make bench`).
    func value(_ name: String, in fields: [String]) -> String {
        guard let position = index[name], position < fields.count else { return "" }
        let field = fields[position]
        guard let first = field.first, let last = field.last, first.isWhitespace || last.isWhitespace else {
            return field
        }
        return field.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
