@testable import VerdeelMonitor

/// A parsed CSV file: its header, dialect, data records and structural problems.
struct CSVTable: Sendable, Equatable {
    /// The header's column names, trimmed, as written (not lower-cased).
    var header: [String]
    /// The field delimiter: `UInt8(ascii: ";")` or `UInt8(ascii: ",")`.
    var delimiter: UInt8
    /// The encoding the bytes were read in.
    var encoding: TextEncoding
    /// Whether the file started with a UTF-8 or UTF-16 byte-order mark (which is not part of the text).
    var hadByteOrderMark: Bool
    /// The data records (not the header), in file order; blank lines are skipped.
    var records: [CSVRecord]
    /// Structural problems found while reading, such as an unterminated quote or a field over the limit; each
    /// stands for one record that is not in `records`.
    var problems: [CSVProblem]
    /// Records beyond `CSVLimits.records`: counted, not kept.
    var excessRecords = 0
    /// The physical line of the header.
    var headerLine = 1
    /// The non-blank lines above the header that were skipped (a title, an export date; not a `sep=` line).
    var skippedAbove = 0
}

extension CSVTable {
    /// Reads CSV from raw file bytes and decodes every field, by the rules of `CSVRows` (which the delivery
    /// reader and `inspect` work on).
    ///
    /// - Throws: `CSVReadError.empty` when there is no header row (no bytes, or only blank lines);
    ///   `.headerFieldTooLong` when a header field is over the field limit.
    init(bytes: [UInt8], limits: CSVLimits = .none, header rule: HeaderRule? = nil) throws(CSVReadError) {
        let rows = try CSVRows(bytes: bytes, limits: limits, header: rule)
        self.init(
            header: rows.header, delimiter: rows.delimiter, encoding: rows.encoding,
            hadByteOrderMark: rows.hadByteOrderMark,
            records: Array(rows.records),
            problems: rows.problems, excessRecords: rows.excessRecords, headerLine: rows.headerLine,
            skippedAbove: rows.skippedAbove)
    }
}
