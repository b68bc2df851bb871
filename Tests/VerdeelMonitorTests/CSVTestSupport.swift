@testable import VerdeelMonitor

/// Reads `text` (as UTF-8 bytes) the way a delivery file is read.
func readCSV(_ text: String) throws(CSVReadError) -> CSVTable {
    try CSVTable(bytes: Array(text.utf8))
}

/// The records of `text` as (line, fields) pairs, for compact expectations.
func csvRecords(_ text: String) throws(CSVReadError) -> [CSVRecord] {
    try readCSV(text).records
}

/// Shorthand for an expected record.
func csvRecord(_ line: Int, _ fields: String...) -> CSVRecord {
    CSVRecord(line: line, fields: fields)
}
