/// Detects a CSV file's delimiter from its header line.
///
/// Counts `;` and `,` outside quotes in the header line; the more frequent wins, `;` on a tie when
/// both occur, `,` when neither does. A quote opens a quoted name only at the start of a name (after
/// optional spaces or tabs, where a name starts after either candidate delimiter), as in the parser;
/// inside it `""` is a literal quote and line breaks do not end the header line.
enum CSVDelimiter {
    static let semicolon = UInt8(ascii: ";")
    static let comma = UInt8(ascii: ",")

    /// The delimiter of the header line that starts at `headerStart` in `bytes`.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, headerStart: Int) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var inQuotes = false
        var atNameStart = true
        var index = headerStart
        scan: while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == CSVScanner.quote {
                    if index < bytes.count && bytes[index] == CSVScanner.quote {
                        index += 1
                    } else {
                        inQuotes = false
                    }
                }
                continue
            }
            switch byte {
            case semicolon:
                semicolons += 1
                atNameStart = true
            case comma:
                commas += 1
                atNameStart = true
            case CSVScanner.lineFeed, CSVScanner.carriageReturn: break scan
            case CSVScanner.space, CSVScanner.tab: continue
            case CSVScanner.quote where atNameStart:
                inQuotes = true
                atNameStart = false
            default: atNameStart = false
            }
        }
        if semicolons == 0 && commas == 0 { return comma }
        return semicolons >= commas ? semicolon : comma
    }
}
