import Foundation

/// A delivery's rows as text, whatever its format: the header, the records with their line (a CSV file's
/// physical line, a worksheet's row number) and the structural problems, each of which counts as one rejected
/// record. Everything after parsing (columns, values, keys, the account) works on this, so a CSV file and a
/// workbook with the same rows give the same records, rejects and figures.
struct DeliveryTable: Sendable, Equatable {
    var header: [String]
    var records: [CSVRecord]
    var problems: [CSVProblem]
    /// The text encoding of a CSV file; nil for a workbook.
    var encoding: TextEncoding?
    /// The line of the header: 1 for a CSV file (as the account has always said), the row number in a workbook.
    var headerLine = 1
}

extension DeliveryTable {
    init(_ csv: CSVTable) {
        self.init(header: csv.header, records: csv.records, problems: csv.problems, encoding: csv.encoding)
    }
}

/// Why a delivery gives no table at all: an empty CSV file, or a workbook that cannot be read.
struct TableProblem: Error {
    var message: String
}

extension DeliveryTable {
    /// Parses a delivery's bytes by its format: CSV (the fast path, unchanged) or an XLSX workbook.
    static func read(
        _ data: Data, format: DeliveryName.Format, soort: Soort, limits: Limits
    ) -> Result<DeliveryTable, TableProblem> {
        switch format {
        case .csv:
            guard let table = try? CSVTable(bytes: [UInt8](data)) else {
                return .failure(TableProblem(message: "het bestand is leeg: geen kopregel"))
            }
            return .success(DeliveryTable(table))
        case .xlsx:
            do throws(XLSXError) {
                let workbook = try Workbook(data: data, preferredSheet: soort.rawValue, limits: limits)
                guard !workbook.table.header.isEmpty || !workbook.table.problems.isEmpty else {
                    return .failure(
                        TableProblem(message: "het werkblad '\(workbook.sheet)' is leeg: geen kopregel"))
                }
                return .success(workbook.table)
            } catch {
                return .failure(TableProblem(message: error.message))
            }
        }
    }
}
