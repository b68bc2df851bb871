import Foundation

/// Where the households of the member municipalities came from when `[huishoudens]` names a CBS file: the
/// colophon and the XML name it.
struct HouseholdsSource: Sendable, Hashable {
    /// `bestand` as written in `regio.toml` (relative to it).
    var file: String
    /// SHA-256 of the file's bytes.
    var sha256: String
    /// `peiljaar`: CBS period `<peiljaar>JJ00`, 1 January of that year.
    var peiljaar: Int
    /// Notes for the log and the report (a `huishoudens` number in a `[[gemeente]]` that was ignored).
    var notes: [String]
}

/// Private households per municipality from CBS open data table 71486ned ("Huishoudens; samenstelling,
/// grootte, regio, 1 januari"), as a TypedDataSet in CSV (`;` or `,`, quoted or not) or in OData JSON
/// (`{"value": [...]}`) (SPEC.md section 7).
///
/// Rows are selected by `RegioS` (trimmed: CBS pads it with spaces), `Perioden` (`<peiljaar>JJ00`) and, when the
/// column exists, `LeeftijdReferentiepersoon` = `10000` (the total); the households are the column whose name
/// starts with `TotaalParticuliereHuishoudens` (CBS adds a numeric suffix that differs between table versions).
/// A missing value (empty, `.`, null) is an error, never 0.
enum CBSHouseholds {
    static let measurePrefix = "TotaalParticuliereHuishoudens"
    static let totalAge = "10000"

    /// The households of every code in `members`; `file` names the CBS file in messages.
    static func households(
        in data: Data, peiljaar: Int, members: [MunicipalityCode], file: String
    ) throws(MonitorError) -> [MunicipalityCode: Int] {
        let rows = try Self.rows(data, file: file)
        guard let first = rows.first else { throw fail(file, "de CBS-tabel bevat geen rijen") }
        guard let measure = first.keys.sorted().first(where: { $0.hasPrefix(measurePrefix) }) else {
            throw fail(file, "de CBS-tabel heeft geen kolom die begint met '\(measurePrefix)' (is het tabel 71486ned?)")
        }
        for key in ["RegioS", "Perioden"] where first[key] == nil {
            throw fail(file, "de CBS-tabel heeft geen kolom '\(key)'")
        }
        let period = "\(peiljaar)JJ00"
        let hasAge = first["LeeftijdReferentiepersoon"] != nil
        var found: [MunicipalityCode: [String]] = [:]
        let wanted = Set(members.map(\.value))
        for row in rows {
            guard let region = row["RegioS"]?.trimmingCharacters(in: .whitespaces), wanted.contains(region),
                row["Perioden"]?.trimmingCharacters(in: .whitespaces) == period,
                !hasAge || row["LeeftijdReferentiepersoon"]?.trimmingCharacters(in: .whitespaces) == totalAge,
                let code = MunicipalityCode(region)
            else { continue }
            found[code, default: []].append(row[measure] ?? "")
        }
        var result: [MunicipalityCode: Int] = [:]
        for code in members {
            let values = found[code] ?? []
            guard values.count == 1 else {
                throw fail(
                    file,
                    "gemeente \(code) staat \(values.isEmpty ? "niet" : "\(values.count) keer") in de CBS-tabel voor "
                        + "peiljaar \(peiljaar) (Perioden \(period)\(hasAge ? ", LeeftijdReferentiepersoon \(totalAge)" : "")); "
                        + "er moet precies één rij zijn")
            }
            let text = values[0].trimmingCharacters(in: .whitespaces)
            guard let number = Int(text), number >= 1 else {
                throw fail(
                    file,
                    "gemeente \(code) heeft in de CBS-tabel geen aantal huishoudens voor peiljaar \(peiljaar) "
                        + "(\(text.isEmpty || text == "." ? "ontbrekende waarde" : "geen geheel getal: '\(text.prefix(20))'"))"
                )
            }
            result[code] = number
        }
        return result
    }

    private static func fail(_ file: String, _ message: String) -> MonitorError {
        MonitorError(.configuration, message, at: SourceLocation(file: file))
    }

    /// The rows of the file as column name -> text (a JSON number as its digits, null as empty).
    static func rows(_ data: Data, file: String) throws(MonitorError) -> [[String: String]] {
        let start = data.first {
            !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
        }
        if start == UInt8(ascii: "{") {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let values = object["value"] as? [[String: Any]]
            else { throw fail(file, "de CBS-tabel is geen OData-JSON met een lijst 'value'") }
            return values.map { row in
                row.mapValues { value in
                    switch value {
                    case let text as String: text
                    case let number as NSNumber: number.stringValue
                    default: ""
                    }
                }
            }
        }
        guard var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw fail(file, "de CBS-tabel is geen tekst")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        lines.removeAll { $0.allSatisfy(\.isWhitespace) }
        guard let headerLine = lines.first else { throw fail(file, "de CBS-tabel is leeg") }
        let delimiter: Character =
            headerLine.filter { $0 == ";" }.count >= headerLine.filter { $0 == "," }.count ? ";" : ","
        let header = fields(headerLine, delimiter: delimiter).map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.dropFirst().map { line in
            var row: [String: String] = [:]
            for (name, value) in zip(header, fields(line, delimiter: delimiter)) { row[name] = value }
            return row
        }
    }

    /// The fields of one CSV line: quoted (`"a;b"`, `""` a quote) or not.
    static func fields(_ line: Substring, delimiter: Character) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            current.append("\"")
                        } else {
                            inQuotes = false
                            pending = next
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.allSatisfy(\.isWhitespace) {
                current = ""
                inQuotes = true
            } else if character == delimiter {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
