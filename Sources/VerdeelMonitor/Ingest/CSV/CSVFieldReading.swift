/// The field-level steps of `CSVScanner`: reading one unquoted or quoted field, and line ends.
///
/// A field becomes a span of `rows`: into the input itself for an unquoted field and for a quoted field without
/// `""` and without text after its closing quote; otherwise its pieces are put together in `rows.gathered`.
extension CSVScanner {
    /// Reads up to the delimiter or line end; trailing spaces and tabs are dropped.
    mutating func readUnquotedField() {
        let start = position
        advanceToFieldEnd()
        let end = trimmedEnd(from: start, to: position)
        guard end - start <= fieldLimit else {
            fieldTooLong = true
            return
        }
        rows.spans.append(RowStore.Span(start: start, count: end - start))
    }

    /// Reads a quoted field starting at its opening quote; false when the quote is never closed.
    mutating func readQuotedField() -> Bool {
        position += 1
        var runStart = position
        var gatheredStart: Int?
        while true {
            guard position < bytes.count else {
                if let gatheredStart { rows.gathered.removeSubrange(gatheredStart...) }
                return false
            }
            let byte = bytes[position]
            if byte == Self.quote {
                guard position + 1 < bytes.count && bytes[position + 1] == Self.quote else { break }
                if gatheredStart == nil { gatheredStart = rows.gathered.count }
                rows.gathered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...position]))
                position += 2
                runStart = position
                continue
            }
            if byte == Self.lineFeed || (byte == Self.carriageReturn && !isLineFeed(at: position + 1)) {
                line += 1
            }
            position += 1
        }
        let runEnd = position
        position += 1
        let tailStart = position
        advanceToFieldEnd()
        let tailEnd = trimmedEnd(from: tailStart, to: position)
        let gatheredCount = gatheredStart.map { rows.gathered.count - $0 } ?? 0
        guard gatheredCount + (runEnd - runStart) + (tailEnd - tailStart) <= fieldLimit else {
            if let gatheredStart { rows.gathered.removeSubrange(gatheredStart...) }
            fieldTooLong = true
            return true
        }
        if gatheredStart == nil && tailStart == tailEnd {
            rows.spans.append(RowStore.Span(start: runStart, count: runEnd - runStart))
            return true
        }
        let start = gatheredStart ?? rows.gathered.count
        rows.gathered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd]))
        rows.gathered.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tailStart..<tailEnd]))
        rows.spans.append(RowStore.Span(start: ~start, count: rows.gathered.count - start))
        return true
    }

    /// Moves `position` to the next delimiter, CR or LF (or the end).
    mutating func advanceToFieldEnd() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { return }
            position += 1
        }
    }

    /// The end of `start..<end` without trailing spaces and tabs (`padding`).
    func trimmedEnd(from start: Int, to end: Int) -> Int {
        var end = end
        while end > start && (bytes[end - 1] == Self.space || bytes[end - 1] == padding) { end -= 1 }
        return end
    }

    mutating func skipSpaces() {
        while position < bytes.count && (bytes[position] == Self.space || bytes[position] == padding) {
            position += 1
        }
    }

    /// Consumes one line end (CRLF, LF or CR) at `position` and counts the line.
    mutating func consumeLineEnd() {
        if bytes[position] == Self.carriageReturn && isLineFeed(at: position + 1) { position += 1 }
        position += 1
        line += 1
    }

    func isLineFeed(at index: Int) -> Bool {
        index < bytes.count && bytes[index] == Self.lineFeed
    }
}
