import Foundation

/// A delivery's rows as text, whatever its format: the header, the records with their line (a CSV file's
/// physical line, a worksheet's row number) and the structural problems, each of which counts as one rejected
/// record. Everything after parsing (columns, values, keys, the account) works on this, so a CSV file and a
/// workbook with the same rows give the same records, rejects and figures.
struct DeliveryTable: Sendable {
    var header: [String]
    /// The records as byte ranges (a workbook's cell values are gathered into the store).
    var records: RowStore
    var problems: [CSVProblem]
    /// The text encoding of a CSV file; nil for a workbook.
    var encoding: TextEncoding?
    /// The line of the header: a CSV file's physical line, the row number in a workbook.
    var headerLine = 1
    /// Records beyond `[limieten] regels_per_bestand` that were counted but not kept (see `CSVLimits`).
    var excessRecords = 0
    /// The non-empty rows above the header that were skipped (a title, an export date; see `HeaderRule`).
    var skippedAbove = 0
}

extension DeliveryTable {
    init(_ csv: CSVRows) {
        self.init(
            header: csv.header, records: csv.records, problems: csv.problems, encoding: csv.encoding,
            headerLine: csv.headerLine, excessRecords: csv.excessRecords, skippedAbove: csv.skippedAbove)
    }
}

/// Why a delivery gives no table at all: an empty CSV file, or a workbook that cannot be read.
struct TableProblem: Error {
    var message: String
}

extension DeliveryTable {
    /// Parses a delivery's bytes by its format: CSV (the fast path) or an XLSX workbook, with the header where
    /// `HeaderRule` finds it for the soort and the sender's profile.
    static func read(
        _ bytes: [UInt8], format: DeliveryName.Format, soort: Soort, limits: Limits, profile: Profile? = nil
    ) -> Result<DeliveryTable, TableProblem> {
        let rule = HeaderRule(soorten: [soort], profile: profile)
        switch format {
        case .csv:
            do throws(CSVReadError) {
                return .success(DeliveryTable(try CSVRows(bytes: bytes, limits: CSVLimits(limits), header: rule)))
            } catch .headerLineMissing(let line) {
                return .failure(TableProblem(message: rule.lineMissing(line)))
            } catch {
                return .failure(TableProblem(message: error.message))
            }
        case .xlsx:
            do throws(XLSXError) {
                let workbook = try Workbook(data: Data(bytes), preferredSheet: soort.rawValue, limits: limits)
                guard !workbook.table.header.isEmpty || !workbook.table.problems.isEmpty else {
                    return .failure(
                        TableProblem(message: "het werkblad '\(workbook.sheet)' is leeg: geen kopregel"))
                }
                var table = workbook.table
                if let line = table.locateHeader(rule) {
                    return .failure(TableProblem(message: rule.lineMissing(line)))
                }
                let records = table.records.count + table.problems.count
                if records > limits.rowsPerFile {  // the same account as an over-long CSV file
                    table.excessRecords = records
                    table.records = RowStore()
                    table.problems = []
                }
                return .success(table)
            } catch {
                return .failure(TableProblem(message: error.message))
            }
        }
    }
}
