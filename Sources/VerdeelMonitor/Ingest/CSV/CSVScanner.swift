/// A byte-level state machine that reads CSV records one at a time from UTF-8 bytes.
///
/// Rules (RFC 4180, made lenient where spreadsheets are sloppy):
/// - A record ends at LF, CRLF or a lone CR outside quotes; each of these counts as one line end.
/// - A line that is empty or holds only spaces and tabs is blank: skipped, not a record. A line of
///   only delimiters is a record of empty fields.
/// - An unquoted field is trimmed of spaces and tabs; a `"` inside it is a literal character. When the tab is the
///   delimiter, only spaces pad a field (`padding`).
/// - A field whose first non-blank character is `"` is quoted: up to the closing quote the delimiter,
///   CR, LF and spaces are literal and `""` is one `"`. Spaces around the quotes are dropped. Text
///   between the closing quote and the delimiter is appended literally, without its trailing spaces
///   (`"ab"c` reads as `abc`, `"ab" c` as `ab c`).
/// - Line ends inside quotes advance the line count, so later records keep their physical line.
struct CSVScanner {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// What reading the next record gave.
    enum Outcome {
        /// A record starting on `line`; its fields are the open record of `rows` (end it or drop it).
        case record(line: Int)
        /// No more records.
        case end
        /// A quoted field opened on `line` is still open at the end of the bytes.
        case unterminatedQuote(line: Int)
        /// The record starting on `line` has a field longer than `fieldLimit`; the record was read to its end
        /// but not kept.
        case fieldTooLong(line: Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var delimiter = CSVDelimiter.comma {
        didSet { padding = delimiter == Self.tab ? Self.space : Self.tab }
    }
    /// The byte that pads a field besides the space: the tab, unless the tab is the delimiter.
    private(set) var padding = tab
    /// Offset of the next byte to read.
    var position = 0
    /// The physical line (1-based) of the byte at `position`.
    var line = 1
    /// The fields read: spans into `bytes`, and the quoted fields that had to be put together (`""` or trailing
    /// text) in `rows.gathered`. `rows.text` is left for the caller to fill with the bytes themselves.
    var rows = RowStore()
    /// The longest field kept, in bytes; a longer one is not decoded and marks its record (`fieldTooLong`).
    var fieldLimit = Int.max
    /// Whether the record being read had a field over `fieldLimit`.
    var fieldTooLong = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Skips blank lines; true when a non-blank line starts at `position`, false at the end.
    mutating func skipBlankLines() -> Bool {
        while true {
            skipSpaces()
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            guard byte == Self.lineFeed || byte == Self.carriageReturn else { return true }
            consumeLineEnd()
        }
    }

    /// Reads the next record, skipping blank lines before it, into the open record of `rows`.
    ///
    /// A record over the field limit or cut off by an unclosed quote leaves nothing open.
    mutating func nextRecord() -> Outcome {
        guard skipBlankLines() else { return .end }
        let startLine = line
        fieldTooLong = false
        while true {
            skipSpaces()
            if position < bytes.count && bytes[position] == Self.quote {
                let openLine = line
                guard readQuotedField() else {
                    rows.dropOpenRecord()
                    return .unterminatedQuote(line: openLine)
                }
            } else {
                readUnquotedField()
            }
            guard position < bytes.count else { break }
            if bytes[position] == delimiter {
                position += 1
                continue
            }
            consumeLineEnd()
            break
        }
        if fieldTooLong {
            rows.dropOpenRecord()
            return .fieldTooLong(line: startLine)
        }
        return .record(line: startLine)
    }

    /// The fields of the open record as strings (the header).
    func openStrings() -> [String] {
        rows.openSpans.map { span in
            span.isGathered
                ? String(decoding: rows.gathered[span.range], as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
        }
    }
}
