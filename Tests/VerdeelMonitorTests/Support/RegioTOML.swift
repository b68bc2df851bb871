/// The text of a `regio.toml` for tests that write or parse a configuration (contract section 2).
///
/// By default the smallest valid region: `code = "x"`, `naam = "X"` and one municipality GM0001 "A" with one
/// household. Values are written as given, so a test can also write a wrong one (`minimum = "hoog"`). The text
/// keeps the order of the contract: `code`, `naam`, the further top-level `keys` (from line 3 on), then the
/// `[[gemeente]]` tables, the `[[corporatie]]` tables and the named `tables` such as `[noodknop]`.
struct RegioTOML {
    struct Gemeente {
        var code: String
        var naam: String
        /// `nil` leaves the key out (a required key that is missing).
        var huishoudens: Int?
        var aliassen: [String] = []
        /// Further lines of the table, as TOML (`uitgezonderde_categorieen = ["MO"]`).
        var lines: [String] = []
    }

    struct Corporatie {
        var code: String
        var naam: String
    }

    var code = "x"
    var naam = "X"
    /// Further top-level lines, as TOML (`minimum = 15`).
    var keys: [String] = []
    var gemeenten = [Gemeente(code: "GM0001", naam: "A", huishoudens: 1)]
    var corporaties: [Corporatie] = []
    /// Named tables after the rest (`[noodknop]`, `[huisstijl]`), each with its lines as TOML.
    var tables: [(name: String, lines: [String])] = []

    /// This configuration with a named table added at the end.
    func with(_ table: String, _ lines: String...) -> RegioTOML {
        var copy = self
        copy.tables.append((table, lines))
        return copy
    }

    var text: String {
        var out = ["code = \(Self.quoted(code))", "naam = \(Self.quoted(naam))"] + keys
        for gemeente in gemeenten {
            out += ["", "[[gemeente]]", "code = \(Self.quoted(gemeente.code))", "naam = \(Self.quoted(gemeente.naam))"]
            if let households = gemeente.huishoudens { out.append("huishoudens = \(households)") }
            if !gemeente.aliassen.isEmpty {
                out.append("aliassen = [\(gemeente.aliassen.map(Self.quoted).joined(separator: ", "))]")
            }
            out += gemeente.lines
        }
        for corporatie in corporaties {
            out += [
                "", "[[corporatie]]", "code = \(Self.quoted(corporatie.code))",
                "naam = \(Self.quoted(corporatie.naam))",
            ]
        }
        for table in tables {
            out += ["", "[\(table.name)]"] + table.lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string; the tests' names hold no quote or backslash, the check keeps it that way.
    static func quoted(_ value: String) -> String {
        precondition(!value.contains("\"") && !value.contains("\\"), "write \(value) as a raw TOML line instead")
        return "\"\(value)\""
    }
}
