/// Detects a CSV file's delimiter from its header line, or takes it from Excel's `sep=` hint.
///
/// Counts `;`, `,` and tabs outside quotes in the header line: the tab when there are more tabs than `;` and
/// more than `,` (Excel's "Unicode-tekst" is tab-separated), else the more frequent of `;` and `,`, `;` on a tie
/// when both occur, `,` when neither does. A quote opens a quoted name only at the start of a name (after
/// optional spaces or tabs, where a name starts after any candidate delimiter), as in the parser; inside it `""`
/// is a literal quote and line breaks do not end the header line.
enum CSVDelimiter {
    static let semicolon = UInt8(ascii: ";")
    static let comma = UInt8(ascii: ",")
    static let tab = UInt8(ascii: "\t")

    /// The delimiter of the header line that starts at `headerStart` in `bytes`.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, headerStart: Int) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var tabs = 0
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
            case tab:
                tabs += 1
                atNameStart = true
            case CSVScanner.lineFeed, CSVScanner.carriageReturn: break scan
            case CSVScanner.space: continue
            case CSVScanner.quote where atNameStart:
                inQuotes = true
                atNameStart = false
            default: atNameStart = false
            }
        }
        if tabs > semicolons && tabs > commas { return tab }
        if semicolons == 0 && commas == 0 { return comma }
        return semicolons >= commas ? semicolon : comma
    }

    /// Excel's delimiter hint at `start`: a line `sep=;`, `sep=,` or `sep=` and a tab (`sep` in any case, spaces
    /// after it allowed), with the offset of its line end; nil when the line is something else.
    static func hint(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (delimiter: UInt8, end: Int)? {
        let word: [UInt8] = Array("sep".utf8)
        guard start + 4 < bytes.count, bytes[start + 3] == UInt8(ascii: "=") else { return nil }
        for (offset, letter) in word.enumerated() where bytes[start + offset] | 0x20 != letter { return nil }
        let delimiter = bytes[start + 4]
        guard delimiter == semicolon || delimiter == comma || delimiter == tab else { return nil }
        var end = start + 5
        while end < bytes.count && bytes[end] == CSVScanner.space { end += 1 }
        guard end == bytes.count || bytes[end] == CSVScanner.lineFeed || bytes[end] == CSVScanner.carriageReturn
        else { return nil }
        return (delimiter, end)
    }
}
