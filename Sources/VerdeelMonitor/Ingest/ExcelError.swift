import Foundation

/// The values a spreadsheet writes where a formula failed (SPEC.md section 10): in a read column such a value
/// rejects its row, naming the column and the error; it never becomes an empty or a regular value.
///
/// Workbook readers (`.xlsx`, `.ods`) put an error cell into the table as its error text (`#N/A`), the form a
/// CSV file saved by Excel has too, and a formula cell without a cached value as `ExcelError.uncachedFormula`,
/// a text no delivery can hold (a NUL byte is not text in CSV and not a character in XML).
enum ExcelError {
    /// The error values Excel and LibreOffice write, as they write them: in a workbook always in English; in a
    /// CSV file saved by a Dutch Excel as Dutch Excel shows them (`#N/B` for `#N/A`, `#VERW!` for `#REF!`, ...),
    /// which SPEC.md does not list but which are no more a value than their English forms.
    static let values: Set<String> = [
        "#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA",
        "#N/B", "#VERW!", "#DEEL/0!", "#WAARDE!", "#NAAM?", "#GETAL!", "#LEEG!",
    ]

    /// The cell text of a formula whose result the file does not hold (never calculated, or saved without it).
    static let uncachedFormula = "\u{0}formule-zonder-waarde"

    /// The error a cell's or field's text is (its whole trimmed text, in any case), as Excel writes it, or
    /// `uncachedFormula`; nil when it is no error.
    static func named(_ text: String) -> String? {
        if text == uncachedFormula { return text }
        let written = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return values.contains(written) ? written : nil
    }

    /// Whether a field that starts with `byte` may be an error (`#`, NUL or not visible ASCII, such as white
    /// space): the only fields `named` needs to look at.
    static func mayStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || byte <= 0x20 || byte >= 0x7F
    }
}
