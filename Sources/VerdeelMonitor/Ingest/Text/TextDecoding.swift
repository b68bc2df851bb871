/// The text encoding a delivery's bytes were read in.
///
/// A delivery is read as UTF-8 when its bytes are valid UTF-8, and otherwise as Windows-1252
/// (the encoding older spreadsheet exports on Windows use); the report notes the latter.
enum TextEncoding: String, Sendable, Equatable {
    case utf8
    case windows1252
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
}
