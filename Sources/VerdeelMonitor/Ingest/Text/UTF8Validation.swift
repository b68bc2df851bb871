/// Checks whether bytes are well-formed UTF-8.
///
/// Follows the Unicode well-formedness table (Unicode 15, table 3-7): no overlong forms, no
/// surrogates (U+D800–U+DFFF), nothing above U+10FFFF, no truncated sequence at the end.
enum UTF8Validation {
    /// True when every byte sequence in `bytes` is well-formed UTF-8 (the empty input is).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Exports are nearly all ASCII: skip eight ASCII bytes at a time.
            while index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var trailing: Int
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0:
                trailing = 2
                secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED:
                trailing = 2
                secondHigh = 0x9F
            case 0xF0:
                trailing = 3
                secondLow = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4:
                trailing = 3
                secondHigh = 0x8F
            default: return false
            }
            guard index + trailing < count else { return false }
            let second = bytes[index + 1]
            guard second >= secondLow && second <= secondHigh else { return false }
            var next = 2
            while next <= trailing {
                guard bytes[index + next] & 0xC0 == 0x80 else { return false }
                next += 1
            }
            index += trailing + 1
        }
        return true
    }
}
