import Foundation

/// Number and date forms of the outputs: a point in XML, Dutch style in the HTML report.
enum Formatting {
    /// A decimal with a point and exactly `places` decimals, rounded as C's printf does (`17.35`).
    static func decimal(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    /// A whole number with a point between thousands (`1.234`, `-12`).
    static func dutch(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A decimal with a comma and `places` decimals, thousands grouped (`17,3`, `1.234,50`).
    static func dutch(_ value: Double, places: Int) -> String {
        let text = decimal(value.magnitude, places: places)
        let parts = text.split(separator: ".")
        let whole = dutch(Int(parts[0]) ?? 0)
        let sign = value < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + whole + (parts.count > 1 ? "," + parts[1] : "")
    }

    /// A percentage in Dutch style with one decimal (`17,3%`).
    static func percent(_ value: Double, places: Int = 1) -> String { dutch(value, places: places) + "%" }

    /// `percent(value)`, or `–` where there is no percentage (nothing to divide by).
    static func percent(orDash value: Double?) -> String { value.map { percent($0) } ?? "–" }

    /// An ISO 8601 UTC timestamp (`2026-01-01T00:00:00Z`).
    static func timestamp(_ seconds: Int) -> String {
        let days = Int((Double(seconds) / 86400).rounded(.down))
        let rest = seconds - days * 86400
        let day = Day(dayNumber: days)
        return "\(day)T"
            + [rest / 3600, rest % 3600 / 60, rest % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
            + "Z"
    }
}
