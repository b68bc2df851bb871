/// One CSV record: the values of its fields and the line of the file it starts on.
///
/// `line` is the physical line (1-based; the header usually is line 1) where the record begins,
/// so a record after a quoted field with a line break in it has a line number that skips ahead.
/// Fields are not padded or cut to the header's width: that is the caller's decision.
struct CSVRecord: Sendable, Equatable {
    var line: Int
    var fields: [String]
}

/// A structural problem in a CSV file, with the line where it is.
///
/// `message` is Dutch, written for the policy officer who reads the report.
struct CSVProblem: Sendable, Equatable {
    var line: Int
    var message: String

    /// A quoted field opened on `line` was never closed, so the rest of the file was not read.
    static func unterminatedQuote(line: Int) -> CSVProblem {
        CSVProblem(
            line: line,
            message: "aanhalingsteken niet gesloten vanaf regel \(line); de rest van het bestand is niet gelezen")
    }
}

/// Why a CSV file could not be read at all.
enum CSVReadError: Error, Sendable, Equatable {
    /// The file has no header row: it is empty or holds only blank lines.
    case empty
    /// The file holds NUL bytes without a UTF-16 byte-order mark: it is no text file (SPEC.md section 10).
    case notText
    /// The line that the profile's `kopregel` names is blank or beyond the end of the file.
    case headerLineMissing(line: Int)
    /// A header field is longer than `CSVLimits.fieldBytes` (the limit in bytes).
    case headerFieldTooLong(limit: Int)
}

/// A parsed CSV file with its records as byte ranges (`RowStore`): what the delivery reader works on.
struct CSVRows: Sendable {
    /// The header's column names, trimmed, as written (not lower-cased).
    var header: [String]
    var delimiter: UInt8
    var encoding: TextEncoding
    var hadByteOrderMark: Bool
    /// The data records (not the header), in file order; blank lines are skipped.
    var records: RowStore
    /// Structural problems, each standing for one record that is not in `records`.
    var problems: [CSVProblem]
    /// Records beyond `CSVLimits.records`: counted, not kept.
    var excessRecords = 0
    /// The physical line of the header.
    var headerLine = 1
    /// The non-blank lines above the header that were skipped (see `HeaderRule`).
    var skippedAbove = 0
}

extension CSVRows {
    /// Reads CSV from raw file bytes: byte-order mark, encoding, delimiter, header line, RFC 4180 quoting.
    ///
    /// A file that starts with a UTF-16 byte-order mark (FF FE or FE FF) is decoded as UTF-16; any other file
    /// with a NUL byte is no text (`.notText`). A leading UTF-8 byte-order mark (EF BB BF) is skipped; when the
    /// remaining bytes are not valid UTF-8 they are all read as Windows-1252. A first line `sep=;`, `sep=,` or
    /// `sep=` with a tab sets the delimiter and is not the header. Without `rule` the first non-blank line is the
    /// header; with it the header is found as `HeaderRule` says. The header's delimiter, unless a `sep=` line set
    /// it, is detected on the header line itself (`CSVDelimiter`). See `CSVScanner` for the quoting and white-space
    /// rules. A quoted field that is still open at the end of the file gives a `CSVProblem` at the line where it
    /// opened; that last partial record is dropped. When that happens in the header, `header` is empty and there
    /// are no records. Valid UTF-8 is not copied: the records point into `bytes`.
    ///
    /// `limits` bound fields and records (`CSVLimits`).
    init(bytes: [UInt8], limits: CSVLimits = .none, header rule: HeaderRule? = nil) throws(CSVReadError) {
        let (text, start, encoding, hadByteOrderMark) = try Self.text(of: bytes)
        let parsed = text.withUnsafeBufferPointer { buffer in
            CSVRows.parse(
                buffer, from: start, encoding: encoding, hadByteOrderMark: hadByteOrderMark, limits: limits,
                rule: rule)
        }
        self = try parsed.get()
        records.text = text
    }

    /// The file's text as UTF-8 from offset `start`, with its encoding and whether it had a byte-order mark.
    private static func text(
        of bytes: [UInt8]
    ) throws(CSVReadError) -> (text: [UInt8], start: Int, encoding: TextEncoding, hadByteOrderMark: Bool) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            let text = TextDecoding.utf16Text(bytes, bigEndian: bigEndian)
            guard !TextDecoding.holdsNUL(text) else { throw .notText }
            return (text, 0, bigEndian ? .utf16BigEndian : .utf16LittleEndian, true)
        }
        guard !TextDecoding.holdsNUL(bytes) else { throw .notText }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hadByteOrderMark = bytes.starts(with: byteOrderMark)
        let (text, start, encoding) = TextDecoding.utf8Text(bytes, from: hadByteOrderMark ? byteOrderMark.count : 0)
        return (text, start, encoding, hadByteOrderMark)
    }

    /// Parses UTF-8 bytes from offset `start`; `.empty` when there is no non-blank line.
    private static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, encoding: TextEncoding, hadByteOrderMark: Bool,
        limits: CSVLimits, rule: HeaderRule?
    ) -> Result<CSVRows, CSVReadError> {
        var scanner = CSVScanner(bytes: buffer)
        scanner.position = start
        scanner.fieldLimit = limits.fieldBytes
        guard scanner.skipBlankLines() else { return .failure(.empty) }
        let hint = CSVDelimiter.hint(in: buffer, at: scanner.position)
        if let hint {
            scanner.position = hint.end
            if hint.end < buffer.count { scanner.consumeLineEnd() }
            guard scanner.skipBlankLines() else { return .failure(.empty) }
        }
        var problems: [CSVProblem] = []
        var excess = 0
        var kept: Int { scanner.rows.count + problems.count }
        var table = CSVRows(
            header: [], delimiter: hint?.delimiter ?? CSVDelimiter.comma, encoding: encoding,
            hadByteOrderMark: hadByteOrderMark, records: RowStore(), problems: [])
        func finished() -> CSVRows {
            table.delimiter = scanner.delimiter
            table.records = scanner.rows
            table.problems = problems
            table.excessRecords = excess
            return table
        }
        switch scanner.readHeader(rule, hint: hint?.delimiter) {
        case .names(let names, let line, let skipped):
            table.header = names
            table.headerLine = line
            table.skippedAbove = skipped
        case .fieldTooLong: return .failure(.headerFieldTooLong(limit: limits.fieldBytes))
        case .unterminatedQuote(let line):
            problems.append(.unterminatedQuote(line: line))
            return .success(finished())
        case .missing(let line): return .failure(.headerLineMissing(line: line))
        }
        while true {
            switch scanner.nextRecord() {
            case .record(let line):
                if kept < limits.records {
                    scanner.rows.endRecord(line: line)
                } else {
                    scanner.rows.dropOpenRecord()
                    excess += 1
                }
            case .fieldTooLong(let line):
                if kept < limits.records {
                    problems.append(limits.fieldTooLong(line: line))
                } else {
                    excess += 1
                }
            case .end:
                return .success(finished())
            case .unterminatedQuote(let line):
                // The partial record is one more record: beyond the record limit it is only counted.
                if kept < limits.records {
                    problems.append(.unterminatedQuote(line: line))
                } else {
                    excess += 1
                }
                return .success(finished())
            }
        }
    }
}
