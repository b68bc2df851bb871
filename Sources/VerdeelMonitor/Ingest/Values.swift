/// Reading the values of export fields, as the contract allows them to be written.
enum Values {
    /// `JJJJ-MM-DD` or `DD-MM-JJJJ`, also with `/`; day and month with or without a leading zero.
    ///
    /// Read over the UTF-8 bytes: every row has one or more dates, so this is on the hot path of ingestion.
    static func day(utf8 bytes: some Sequence<UInt8>) -> Day? {
        var numbers = (0, 0, 0)
        var digits = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in bytes {
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

    /// `flag(_:)` over a value's UTF-8 bytes: ASCII compared byte by byte, anything else as text.
    static func flag(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard isASCII(bytes) else { return flag(String(decoding: bytes, as: UTF8.self)) }
        // Compared word by word, without an array of candidates per call.
        switch bytes.count {
        case 0: return false
        case 1:
            switch lowercased(bytes[0]) {
            case UInt8(ascii: "n"), UInt8(ascii: "0"): return false
            case UInt8(ascii: "j"), UInt8(ascii: "1"): return true
            default: return nil
            }
        default:
            if equalsIgnoringCase(bytes, "nee") || equalsIgnoringCase(bytes, "false") { return false }
            if equalsIgnoringCase(bytes, "ja") || equalsIgnoringCase(bytes, "true") { return true }
            return nil
        }
    }

    static func urgencyCode(_ text: String) -> UrgencyCode? { UrgencyCode(rawValue: text.uppercased()) }

    /// `urgencyCode(_:)` over a value's UTF-8 bytes: ASCII compared byte by byte, anything else as text.
    static func urgencyCode(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UrgencyCode? {
        guard isASCII(bytes) else { return urgencyCode(String(decoding: bytes, as: UTF8.self)) }
        guard bytes.count <= 3 else { return nil }
        let packed = bytes.reduce(UInt32(bytes.count)) { $0 << 8 | UInt32(lowercased($1)) }
        return packedCodes.first { $0.packed == packed }?.code
    }

    /// Every urgency code with its length and lower-case ASCII letters packed into one number (at most three
    /// letters; the length keeps `\0MZ` apart from `MZ`).
    private static let packedCodes: [(packed: UInt32, code: UrgencyCode)] = UrgencyCode.allCases.map { code in
        (code.rawValue.utf8.reduce(UInt32(code.rawValue.utf8.count)) { $0 << 8 | UInt32(lowercased($1)) }, code)
    }

    /// The value of `bytes` lower-cased, as a closed list of words compares it (`besluit`, `woonplaatsbeginsel`).
    static func lowercased(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard isASCII(bytes) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = lowercased(byte) }
            return bytes.count
        }
    }

    /// An ASCII letter in lower case; every other byte as it is.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether every byte is ASCII: then upper and lower case are a matter of one bit.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// Whether the ASCII `bytes` spell `word` in any case.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard word.utf8CodeUnitCount == bytes.count else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var index = 0
        for expected in expected {
            guard lowercased(bytes[index]) == lowercased(expected) else { return false }
            index += 1
        }
        return index == bytes.count
    }

    /// The largest count a row may hold: more homes than the country has is a typo, and sums stay far from
    /// overflowing.
    static let largestCount = 1_000_000

    /// A whole number from 0 to `largestCount`, digits only (no sign, separator or decimal point); leading zeros
    /// are allowed (`007` is 7). Read over the value's UTF-8 bytes.
    static func count(utf8 bytes: some Collection<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        var significant = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            if value > 0 || byte != UInt8(ascii: "0") { significant += 1 }
            guard significant <= 7 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value <= largestCount ? value : nil
    }
}
