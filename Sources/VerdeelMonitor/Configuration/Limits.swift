/// Bounds on what one input file may hold, so that no delivery (a mistaken export, a zip bomb) can exhaust the
/// server: `[limieten]` in `regio.toml`, every key optional.
///
/// | key | field | default |
/// |---|---|---|
/// | `bestand_mb` | `fileBytes` | 1024 MB |
/// | `veld_kb` | `fieldBytes` | 64 KB |
/// | `regels_per_bestand` | `rowsPerFile` | 5,000,000 |
/// | `xlsx_deel_mb` | `xlsxPartBytes` | 200 MB (SPEC.md section 7) |
struct Limits: Sendable, Hashable {
    /// The largest delivery file, in bytes.
    var fileBytes = 1024 * Limits.megabyte
    /// The longest field (a CSV field or an XLSX cell value), in bytes.
    var fieldBytes = 64 * 1024
    /// The most records one delivery may hold.
    var rowsPerFile = 5_000_000
    /// The largest uncompressed part of an XLSX workbook (a sheet, the shared strings), in bytes.
    var xlsxPartBytes = 200 * Limits.megabyte

    static let megabyte = 1024 * 1024
}
