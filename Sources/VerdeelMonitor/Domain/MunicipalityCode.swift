/// A CBS gemeentecode, always written as `GM` and four digits (`GM0153`).
///
/// Held as its number (0...9999), two bytes instead of a string: codes are kept and hashed for every row at
/// national scale. The written form has a fixed width, so the order of the numbers is the order of the
/// written codes.
struct MunicipalityCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The four digits as a number: 153 for `GM0153`.
    let number: UInt16

    /// `GM` and four digits: `GM0153`.
    var value: String {
        let digits = String(number)
        return "GM" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// Accepts `GM0153`, `gm0153`, `0153` and `153`.
    init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses the forms `init?(_:)` accepts from UTF-8 bytes, without making a string.
    ///
    /// `GM` (in any case) is dropped only when something follows it; then one to four ASCII digits must
    /// remain. Any other byte, a non-ASCII one included, refuses the code.
    init?<Bytes: Collection>(utf8 bytes: Bytes) where Bytes.Element == UInt8 {
        var index = bytes.startIndex
        var count = bytes.count
        if count > 2, bytes[index] | 0x20 == UInt8(ascii: "g"),
            bytes[bytes.index(after: index)] | 0x20 == UInt8(ascii: "m")
        {
            index = bytes.index(index, offsetBy: 2)
            count -= 2
        }
        guard (1...4).contains(count) else { return nil }
        var number: UInt16 = 0
        while index != bytes.endIndex {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            number = number * 10 + UInt16(digit)
            bytes.formIndex(after: &index)
        }
        self.number = number
    }

    var description: String { value }

    static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.number < rhs.number }
}
