import Foundation

/// The text encoding a delivery's bytes were read in.
///
/// A delivery is read as UTF-8 when its bytes are valid UTF-8, and otherwise as Windows-1252
/// (the encoding older spreadsheet exports on Windows use); the report notes the latter. A file that starts with
/// a UTF-16 byte-order mark (Excel's "Unicode-tekst") is read as UTF-16 (SPEC.md section 10).
enum TextEncoding: String, Sendable, Equatable {
    case utf8
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian

    /// The encoding's name as `inspect` prints it.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .windows1252: "Windows-1252"
        case .utf16LittleEndian: "UTF-16 (little endian)"
        case .utf16BigEndian: "UTF-16 (big endian)"
        }
    }
}

/// Turns a delivery's raw bytes into text: UTF-8 when the bytes are valid UTF-8, else Windows-1252.
///
/// The choice is made for the whole input at once, never per line or per field. A byte-order mark
/// is not handled here: `CSVRows(bytes:)` skips it before decoding. Windows-1252 covers all 256
/// byte values; the five bytes the Windows-1252 table leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
/// become U+FFFD, the replacement character, rather than the C1 control characters that WHATWG's
/// decoder yields (Python's `cp1252` codec refuses them outright).
enum TextDecoding: Sendable {
    /// The text of `bytes` from offset `start` as UTF-8, without a copy when it is valid UTF-8: then `text` is
    /// `bytes` itself and the text begins at `start`; else `text` is the Windows-1252 transcoding of the bytes
    /// from `start` on and begins at 0.
    ///
    /// ASCII bytes (delimiters, quotes, line ends) are the same in both encodings, so a byte-level parser can run
    /// on the text whatever the input was.
    static func utf8Text(_ bytes: [UInt8], from start: Int) -> (text: [UInt8], start: Int, encoding: TextEncoding) {
        bytes.withUnsafeBufferPointer { buffer in
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            if UTF8Validation.isValid(body) { return (bytes, start, .utf8) }
            return (Windows1252.transcodeToUTF8(body), 0, .windows1252)
        }
    }

    /// The UTF-8 text of UTF-16 `bytes` after their 2-byte byte-order mark; an odd last byte and unpaired
    /// surrogates become U+FFFD.
    static func utf16Text(_ bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        let units = (bytes.count - 2) / 2
        var code = [UInt16](repeating: 0, count: units)
        for index in 0..<units {
            let high = UInt16(bytes[2 + 2 * index + (bigEndian ? 0 : 1)])
            let low = UInt16(bytes[2 + 2 * index + (bigEndian ? 1 : 0)])
            code[index] = high << 8 | low
        }
        var text = Array(String(decoding: code, as: UTF16.self).utf8)
        if bytes.count % 2 == 1 { text += [0xEF, 0xBF, 0xBD] }
        return text
    }

    /// Whether `bytes` hold a NUL byte: no text file does (a workbook or other binary file named `.csv` does).
    static func holdsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0, raw.count) != nil
        }
    }
}
