/// Dutch phrasing shared by the report's sentences: lists, number words, dates and period names.
enum DutchText {
    /// "A", "A en B", "A, B en C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
    }

    /// One to twelve as a word (`twee`), larger numbers in digits.
    static func numberWord(_ value: Int) -> String {
        let words = [
            "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        ]
        return words.indices.contains(value) ? words[value] : Formatting.dutch(value)
    }

    /// `eerste halfjaar 2026`.
    static func periodLong(_ period: Period) -> String {
        "\(period.half == 1 ? "eerste" : "tweede") halfjaar \(period.year)"
    }

    /// `1e halfjaar 2026`, for tables.
    static func periodShort(_ period: Period) -> String { "\(period.half)e halfjaar \(period.year)" }

    /// `2026-H1`, the contract's notation, for chart axes and short references.
    static func periodAxis(_ period: Period) -> String { period.description }

    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ]

    /// The UTC day of `seconds` since 1970 as `1 juli 2026`.
    static func date(_ seconds: Int) -> String {
        let day = Day(dayNumber: Int((Double(seconds) / 86400).rounded(.down)))
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// `text` as the content of a CSS string (between double quotes): every character other than letters,
    /// digits, space and a few safe marks becomes a CSS hex escape, so input cannot end the string or the
    /// `<style>` element.
    static func cssString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || " -.,:()".unicodeScalars.contains(scalar)
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return result
    }
}

extension DutchText {
    /// A norm as a percentage: whole numbers without decimals (`15%`), others with one (`17,5%`).
    static func norm(_ value: Double) -> String {
        Formatting.percent(value, places: value == value.rounded() ? 0 : 1)
    }
}
