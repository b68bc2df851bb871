/// The records of a delivery as byte ranges: every field of every record stored once, without a `String` each.
///
/// A span points into `text` (a CSV file's UTF-8 text, which is the file's own bytes when they are UTF-8) or into
/// `gathered`, which holds the fields that had to be put together (a quoted field with `""` or text after its
/// closing quote) and a workbook's cell values. Only the values that are kept become a `String` (see
/// `RowReader`); this is what makes reading a national data set fast (docs/performance.md).
struct RowStore: Sendable {
    /// Where one field's bytes are: `start` in `text`, or in `gathered` at `~start` when `start` is negative.
    struct Span: Sendable, Equatable {
        var start: Int
        var count: Int

        /// Whether the bytes are in `gathered` rather than in `text`.
        var isGathered: Bool { start < 0 }
        /// The bytes' offsets in `text` or `gathered`.
        var range: Range<Int> {
            let offset = start >= 0 ? start : ~start
            return offset..<offset + count
        }
    }

    var text: [UInt8] = []
    var gathered: [UInt8] = []
    var spans: [Span] = []
    /// Per record: its line (a CSV file's physical line, a worksheet's row number).
    private(set) var lines: [Int] = []
    /// Per record: the index in `spans` of its first field; one more entry marks the end of the last record.
    private(set) var firsts: [Int] = [0]

    /// Ends a record whose fields are the spans appended since the previous record ended.
    mutating func endRecord(line: Int) {
        lines.append(line)
        firsts.append(spans.count)
    }

    /// Drops the spans appended since the last record ended (a record that is not kept).
    mutating func dropOpenRecord() {
        spans.removeSubrange(firsts[firsts.count - 1]...)
    }

    /// The spans of the record being read (appended since the last record ended).
    var openSpans: ArraySlice<Span> { spans[firsts[firsts.count - 1]...] }

    /// Removes the first `count` records (the rows above a header found below them); their bytes stay.
    mutating func removeFirst(_ count: Int) {
        let spanCount = firsts[count]
        spans.removeFirst(spanCount)
        lines.removeFirst(count)
        firsts = firsts.dropFirst(count).map { $0 - spanCount }
    }

    /// Appends a record of text fields (a workbook's row).
    mutating func append(line: Int, fields: [String]) {
        for field in fields {
            let start = gathered.count
            gathered.append(contentsOf: field.utf8)
            spans.append(Span(start: ~start, count: gathered.count - start))
        }
        endRecord(line: line)
    }

    /// Calls `body` with a function that gives the fields of a record by its index, valid inside `body` only.
    func withFields<R>(_ body: ((Int) -> Fields) throws -> R) rethrows -> R {
        try text.withUnsafeBufferPointer { text in
            try gathered.withUnsafeBufferPointer { gathered in
                try spans.withUnsafeBufferPointer { spans in
                    try body { index in
                        Fields(
                            text: text, gathered: gathered,
                            spans: UnsafeBufferPointer(rebasing: spans[firsts[index]..<firsts[index + 1]]))
                    }
                }
            }
        }
    }
}

extension RowStore: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { lines.count }

    /// Record `index` with its fields decoded (for `inspect`; the reader uses `withFields`).
    subscript(index: Int) -> CSVRecord {
        withFields { fields in
            let record = fields(index)
            return CSVRecord(line: lines[index], fields: (0..<record.count).map(record.string))
        }
    }

    /// The line of record `index`.
    func line(of index: Int) -> Int { lines[index] }
}

/// The fields of one record as bytes, valid only inside `RowStore.withFields`.
struct Fields {
    let text: UnsafeBufferPointer<UInt8>
    let gathered: UnsafeBufferPointer<UInt8>
    let spans: UnsafeBufferPointer<RowStore.Span>

    var count: Int { spans.count }

    /// The bytes of field `index` (which must be below `count`).
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        return UnsafeBufferPointer(rebasing: span.isGathered ? gathered[span.range] : text[span.range])
    }

    /// Field `index` as a string.
    func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}
