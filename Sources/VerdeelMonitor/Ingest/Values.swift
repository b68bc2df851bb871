/// Reading the values of export fields, as the contract allows them to be written.
enum Values {
    /// `JJJJ-MM-DD` or `DD-MM-JJJJ`, also with `/`; day and month with or without a leading zero.
    ///
    /// Read over the UTF-8 bytes: every row has one or more dates, so this is on the hot path of ingestion.
    static func day(_ text: String) -> Day? {
        var numbers = (0, 0, 0)
        var digits = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                switch part {
                case 0:
                    numbers.0 = numbers.0 * 10 + digit
                    digits.0 += 1
                case 1:
                    numbers.1 = numbers.1 * 10 + digit
                    digits.1 += 1
                default:
                    numbers.2 = numbers.2 * 10 + digit
                    digits.2 += 1
                }
                if digits.0 > 4 || digits.1 > 4 || digits.2 > 4 { return nil }
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                guard part < 2, separator == 0 || separator == byte else { return nil }
                separator = byte
                part += 1
            default:
                return nil
            }
        }
        guard part == 2, digits.0 > 0, digits.1 > 0, digits.2 > 0 else { return nil }
        if digits.0 == 4, digits.1 <= 2, digits.2 <= 2 { return Day(year: numbers.0, month: numbers.1, day: numbers.2) }
        if digits.2 == 4, digits.0 <= 2, digits.1 <= 2 { return Day(year: numbers.2, month: numbers.1, day: numbers.0) }
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

    /// A whole number from 0 to `largestCount`, digits only (no sign, separator or decimal point); leading zeros
    /// are allowed (`007` is 7).
    static func count(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let significant = text.drop { $0 == "0" }
        guard significant.count <= 7 else { return nil }
        guard let value = significant.isEmpty ? 0 : Int(significant), value <= largestCount else { return nil }
        return value
    }
}
