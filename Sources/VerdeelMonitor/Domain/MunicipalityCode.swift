/// A CBS gemeentecode, always held as `GM` and four digits (`GM0153`).
struct MunicipalityCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    let value: String

    /// Accepts `GM0153`, `gm0153`, `0153` and `153`.
    init?(_ text: some StringProtocol) {
        var digits = Substring(text)
        if digits.count > 2, digits.prefix(2).uppercased() == "GM" { digits = digits.dropFirst(2) }
        guard (1...4).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        value = "GM" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    var description: String { value }

    static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.value < rhs.value }
}
