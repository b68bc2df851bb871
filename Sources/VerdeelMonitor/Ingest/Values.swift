/// Reading the values of export fields, as the contract allows them to be written.
enum Values {
    /// `JJJJ-MM-DD` or `DD-MM-JJJJ`, also with `/`; day and month with or without a leading zero.
    static func day(_ text: String) -> Day? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 { return Day(year: a, month: b, day: c) }
        if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 { return Day(year: c, month: b, day: a) }
        return nil
    }

    /// `ja`/`nee`, `j`/`n`, `1`/`0`, `true`/`false`; empty is no.
    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "ja", "j", "1", "true": true
        case "nee", "n", "0", "false", "": false
        default: nil
        }
    }

    static func urgencyCode(_ text: String) -> UrgencyCode? { UrgencyCode(rawValue: text.uppercased()) }

    /// The largest count a row may hold: more homes than the country has is a typo, and sums stay far from
    /// overflowing.
    static let largestCount = 1_000_000

    /// A whole number from 0 to `largestCount`.
    static func count(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 7, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(text), value <= largestCount else { return nil }
        return value
    }
}

/// Finds municipalities by CBS code, configured name or alias.
public struct MunicipalityDirectory: Sendable {
    private var byName: [String: MunicipalityCode] = [:]

    public init(_ config: RegionConfig) {
        for municipality in config.municipalities {
            for name in [municipality.naam] + municipality.aliases {
                byName[Self.normalised(name)] = municipality.code
            }
        }
    }

    /// Lower-cased with white space collapsed, the form names are compared in.
    public static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The code for `text`: a CBS code (any municipality, in the region or not) or a configured name or alias.
    public func code(for text: String) -> MunicipalityCode? {
        MunicipalityCode(text) ?? byName[Self.normalised(text)]
    }
}
