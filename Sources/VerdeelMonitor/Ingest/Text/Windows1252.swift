/// Transcodes Windows-1252 bytes to UTF-8 bytes.
///
/// 0x00–0x7F are ASCII and 0xA0–0xFF are the Latin-1 characters U+00A0–U+00FF. 0x80–0x9F follow
/// the Windows-1252 table (0x80 is "€", 0x96 is "–"); its five undefined bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) become U+FFFD.
enum Windows1252 {
    /// The Unicode scalars for bytes 0x80–0x9F, in byte order.
    static let highControls: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88–8F
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98–9F
    ]

    /// Returns the UTF-8 encoding of the Windows-1252 text in `bytes`; every input byte maps to a character.
    static func transcodeToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else if byte >= 0xA0 {
                output.append(0xC0 | (byte >> 6))
                output.append(0x80 | (byte & 0x3F))
            } else {
                let scalar = highControls[Int(byte - 0x80)]
                if scalar < 0x800 {
                    output.append(UInt8(0xC0 | (scalar >> 6)))
                    output.append(UInt8(0x80 | (scalar & 0x3F)))
                } else {
                    output.append(UInt8(0xE0 | (scalar >> 12)))
                    output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    output.append(UInt8(0x80 | (scalar & 0x3F)))
                }
            }
        }
        return output
    }
}
