/// The `[limieten]` that the CSV reader applies while it reads (SPEC section 8, docs/contract.md "Limits").
///
/// - A field longer than `fieldBytes` (its bytes as UTF-8 text, after Windows-1252 is converted) is not kept:
///   its record is rejected as one row, and reading goes on with the next record. The scanner follows the
///   quoting byte by byte, so it always knows where the record ends; only an unclosed quote cannot be
///   resynchronised, and that already ends the file. A header field that long rejects the whole file.
/// - Records beyond `records` are counted but not kept: the delivery is then rejected as a whole (a partial
///   delivery would give wrong figures without anyone noticing), and every record counts as rejected, so
///   rows read = used + rejected + buiten regio + superseded still holds.
struct CSVLimits: Sendable, Hashable {
    var fieldBytes: Int
    var records: Int

    init(fieldBytes: Int = .max, records: Int = .max) {
        self.fieldBytes = fieldBytes
        self.records = records
    }

    init(_ limits: Limits) { self.init(fieldBytes: limits.fieldBytes, records: limits.rowsPerFile) }

    /// The reader without limits (`inspect`, the fuzz target's first pass).
    static let none = CSVLimits()

    func fieldTooLong(line: Int) -> CSVProblem {
        CSVProblem(
            line: line,
            message:
                "een veld is langer dan de limiet van \(Limits.describe(bytes: fieldBytes)); de regel is afgewezen "
                + "(verhoog zo nodig veld_kb onder [limieten] in regio.toml)")
    }

    static func tooManyRecords(_ count: Int, limit: Int) -> String {
        "het bestand heeft \(count) regels, meer dan de limiet van \(limit); het hele bestand is afgewezen "
            + "(verhoog zo nodig regels_per_bestand onder [limieten] in regio.toml)"
    }
}

extension CSVReadError {
    /// The Dutch message for the report when the file is rejected as a whole.
    var message: String {
        switch self {
        case .empty: "het bestand is leeg: geen kopregel"
        case .notText:
            "het bestand bevat NUL-bytes en is geen tekstbestand (een werkmap of ander bestand met de naam .csv?); "
                + "het hele bestand is afgewezen"
        case .headerLineMissing(let line):
            "regel \(line), de kopregel volgens het profiel, is leeg of bestaat niet; het hele bestand is afgewezen"
        case .headerFieldTooLong(let limit):
            "een veld van de kopregel is langer dan de limiet van \(Limits.describe(bytes: limit)); het hele bestand "
                + "is afgewezen (verhoog zo nodig veld_kb onder [limieten] in regio.toml)"
        }
    }
}

extension Limits {
    /// A byte count as the `[limieten]` keys write it: whole MB, else whole KB, else bytes.
    static func describe(bytes: Int) -> String {
        if bytes >= megabyte && bytes % megabyte == 0 { return "\(bytes / megabyte) MB" }
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
