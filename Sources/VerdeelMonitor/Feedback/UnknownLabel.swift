/// A label in a sender's export that the contract does not know and no profile maps (`Uitstroom MO` in
/// `urgentie`), with the `[[profiel]]` line that would map it.
struct UnknownLabel: Sendable, Hashable {
    /// The contract column (`urgentie`, `categorie`, `besluit`, `woonplaatsbeginsel`, `klein_betaalbaar`).
    var column: String
    /// The label as the sender wrote it (the first time it was met).
    var label: String
    /// How many rejected rows hold it.
    var rows: Int
    /// The contract value the label most likely stands for: the one contract value among its words; nil when
    /// there is none or more than one.
    var guess: String?

    /// The columns whose values a profile maps to codes (`[profiel.waarden.<kolom>]`), with their contract values.
    static let contractValues: [String: [String]] = [
        "urgentie": UrgencyCode.allCases.map(\.rawValue),
        "categorie": UrgencyCode.allCases.filter { $0 != .vh }.map(\.rawValue),
        "besluit": ["toegekend", "afgewezen", "ingetrokken"],
        "woonplaatsbeginsel": ["ja", "uitzondering"],
        "klein_betaalbaar": ["ja", "nee"],
    ]

    /// The line for `[profiel.waarden.<column>]`: `"Uitstroom MO" = "MO"`; without a guess the value is `"?"`
    /// with a comment to fill it in (a `"?"` is never a code, so the line maps nothing until it is filled).
    var profileLine: String {
        "\(Self.tomlString(label)) = " + (guess.map(Self.tomlString) ?? "\"?\"   # vul de juiste code in")
    }

    /// The unknown labels among `rejects`, in the order they were first met: a reject in a label column with a
    /// value that is no spreadsheet error.
    static func labels(in rejects: [Reject]) -> [UnknownLabel] {
        var found: [UnknownLabel] = []
        var index: [String: Int] = [:]
        for reject in rejects {
            guard let column = reject.column, let values = contractValues[column], let label = reject.value,
                !label.isEmpty, !FeedbackAdvice.isSpreadsheetError(label)
            else { continue }
            let key = column + "\u{0}" + label.comparable
            if let known = index[key] {
                found[known].rows += 1
                continue
            }
            index[key] = found.count
            found.append(UnknownLabel(column: column, label: label, rows: 1, guess: guess(label, among: values)))
        }
        return found
    }

    /// The one contract value that is a word of `label` (case-insensitive), else nil.
    private static func guess(_ label: String, among values: [String]) -> String? {
        let words = Set(label.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() })
        let matches = values.filter { words.contains($0.lowercased()) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `text` as a TOML basic string: quotes, backslashes and control characters escaped.
    static func tomlString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
