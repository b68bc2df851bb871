/// Finding the header line of a CSV file (SPEC.md section 10, `HeaderRule`): the first non-blank line, unless a
/// rule finds it lower down or a profile's `kopregel` names it. Each candidate line is read with the delimiter
/// detected on that line (a title line has no delimiters, or other ones), unless a `sep=` line gave it; the lines
/// above the header are never records, so their field count does not matter.
extension CSVScanner {
    /// What reading the header gave.
    enum Header {
        /// The header's names, its line and the non-blank lines skipped above it.
        case names([String], line: Int, skipped: Int)
        /// A field of the header line is over the field limit.
        case fieldTooLong
        /// A quoted field of the header line opened on `line` is never closed.
        case unterminatedQuote(line: Int)
        /// The line that `kopregel` names is blank or beyond the end.
        case missing(line: Int)
    }

    /// Reads the header from `position` (at a non-blank line) and leaves `position` after it, with `delimiter`
    /// set for the records.
    mutating func readHeader(_ rule: HeaderRule?, hint: UInt8?) -> Header {
        if let line = rule?.fixedLine {
            guard let skipped = skipLines(before: line), case .names(let names, line, _) = readHeaderLine(hint: hint)
            else { return .missing(line: line) }
            return .names(names, line: line, skipped: skipped)
        }
        let start = (position, self.line)
        let first = readHeaderLine(hint: hint)
        guard let rule, !first.holds(rule) else { return first }
        var skipped = 1
        search: for _ in 1..<HeaderRule.searchedRows {
            switch readHeaderLine(hint: hint) {
            case .names(let names, let line, _) where rule.matches(names):
                return .names(names, line: line, skipped: skipped)
            case .names, .fieldTooLong: skipped += 1
            case .unterminatedQuote, .missing: break search
            }
        }
        (position, self.line) = start
        rows = RowStore()
        return readHeaderLine(hint: hint)
    }

    /// Reads the next non-blank line as a header line, with the hint or the delimiter detected on it.
    private mutating func readHeaderLine(hint: UInt8?) -> Header {
        guard skipBlankLines() else { return .missing(line: line) }
        delimiter = hint ?? CSVDelimiter.detect(in: bytes, headerStart: position)
        switch nextRecord() {
        case .record(let line):
            let names = openStrings()
            rows.dropOpenRecord()
            return .names(names, line: line, skipped: 0)
        case .fieldTooLong: return .fieldTooLong
        case .unterminatedQuote(let line): return .unterminatedQuote(line: line)
        case .end: return .missing(line: line)
        }
    }

    /// Skips physical lines up to the start of line `target`; the number of non-blank lines skipped, or nil when
    /// `target` lies above `position` or beyond the end.
    private mutating func skipLines(before target: Int) -> Int? {
        guard target >= line else { return nil }
        var skipped = 0
        while line < target {
            guard position < bytes.count else { return nil }
            var blank = true
            while position < bytes.count, bytes[position] != Self.lineFeed, bytes[position] != Self.carriageReturn {
                if bytes[position] != Self.space && bytes[position] != Self.tab { blank = false }
                position += 1
            }
            if !blank { skipped += 1 }
            if position < bytes.count { consumeLineEnd() }
        }
        return skipped
    }
}

extension CSVScanner.Header {
    /// Whether this is a header line that `rule` takes.
    fileprivate func holds(_ rule: HeaderRule) -> Bool {
        if case .names(let names, _, _) = self { return rule.matches(names) }
        return false
    }
}
