// libFuzzer target over the CSV reader (`make fuzz`, docs/fuzzing.md). Built with swiftc on its own, with the
// reader's sources (Sources/VerdeelMonitor/Ingest/CSV, Ingest/Text and Configuration/Limits.swift), so that
// neither `swift build` nor `swift test` sees it.
//
// Each input is read three times: without limits, with small limits (a field of 64 bytes, 5 records), and
// with the same bytes behind a UTF-8 byte-order mark. The properties checked are what the ingest relies on:
// no crash, no hang, every record's line is at least 1 and never goes down, and the small limits account for
// every record the unlimited read found (kept + over the field limit + beyond the record limit).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? CSVRows(bytes: bytes) else { return 0 }
    var line = 0
    for record in table.records {
        precondition(record.line >= 1 && record.line >= line, "record lines go down")
        line = record.line
    }
    if let limited = try? CSVRows(bytes: bytes, limits: CSVLimits(fieldBytes: 64, records: 5)) {
        let all = table.records.count + table.problems.count
        let counted = limited.records.count + limited.problems.count + limited.excessRecords
        precondition(counted == all, "the limits lost a record: \(counted) of \(all)")
        precondition(limited.records.count + limited.problems.count <= 5 || limited.excessRecords == 0)
    }
    _ = try? CSVRows(bytes: [0xEF, 0xBB, 0xBF] + bytes)
    return 0
}

// XLSX: when the XLSX reader exists (Sources/VerdeelMonitor/Ingest/XLSX), add Tests/Fuzz/FuzzXLSX.swift with its
// own LLVMFuzzerTestOneInput over the workbook reader, and a line for it in Tests/Fuzz/fuzz.sh (TARGETS).
