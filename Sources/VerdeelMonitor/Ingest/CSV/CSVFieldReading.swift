/// The field-level steps of `CSVScanner`: reading one unquoted or quoted field, and line ends.
///
/// Each field's bytes are decoded to a `String` once. A quoted field without `""` and without text
/// after its closing quote is decoded straight from the input; otherwise its pieces are gathered in
/// the scanner's reusable scratch buffer first.
extension CSVScanner {
    /// Reads up to the delimiter or line end; trailing spaces and tabs are dropped.
    mutating func readUnquotedField() -> String {
        let start = position
        advanceToFieldEnd()
        let end = trimmedEnd(from: start, to: position)
        guard end - start <= fieldLimit else {
            fieldTooLong = true
            return ""
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Reads a quoted field starting at its opening quote; nil when the quote is never closed.
    mutating func readQuotedField() -> String? {
        position += 1
        var runStart = position
        var usesScratch = false
        while true {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            if byte == Self.quote {
                guard position + 1 < bytes.count && bytes[position + 1] == Self.quote else { break }
                if !usesScratch { scratch.removeAll(keepingCapacity: true) }
                usesScratch = true
                scratch.append(contentsOf: bytes[runStart...position])
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
        guard (usesScratch ? scratch.count : 0) + (runEnd - runStart) + (tailEnd - tailStart) <= fieldLimit else {
            fieldTooLong = true
            return ""
        }
        if !usesScratch && tailStart == tailEnd {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd]), as: UTF8.self)
        }
        if !usesScratch { scratch.removeAll(keepingCapacity: true) }
        scratch.append(contentsOf: bytes[runStart..<runEnd])
        scratch.append(contentsOf: bytes[tailStart..<tailEnd])
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Moves `position` to the next delimiter, CR or LF (or the end).
    mutating func advanceToFieldEnd() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || byte == Self.lineFeed || byte == Self.carriageReturn { return }
            position += 1
        }
    }

    /// The end of `start..<end` without trailing spaces and tabs.
    func trimmedEnd(from start: Int, to end: Int) -> Int {
        var end = end
        while end > start && (bytes[end - 1] == Self.space || bytes[end - 1] == Self.tab) { end -= 1 }
        return end
    }

    mutating func skipSpaces() {
        while position < bytes.count && (bytes[position] == Self.space || bytes[position] == Self.tab) {
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
