/// Excel error values in a row (SPEC.md section 10): in a column the monitor reads, an error value (`#N/A`, in a
/// workbook's error cell or as the whole trimmed text of a field) or a formula without a cached value rejects the
/// row, naming the column and the error; in a column it does not read it is ignored. Only a field that starts
/// with `#`, NUL or a byte that is not visible ASCII is looked at, so the common row costs one byte per column.
extension RowReader {
    func checkExcelErrors(_ fields: Fields) throws(RowProblem) {
        for (position, column) in readColumns where position < fields.count {
            let bytes = fields[position]
            guard let first = bytes.first, ExcelError.mayStart(first),
                let error = ExcelError.named(String(decoding: bytes, as: UTF8.self))
            else { continue }
            let name = columns.profile?.columns[column.name] == nil ? "'\(column.name)'" : columns.describe(column.name)
            if error == ExcelError.uncachedFormula {
                throw RowProblem(
                    "\(name) is een formule zonder opgeslagen uitkomst; open de werkmap in Excel of LibreOffice en "
                        + "sla haar opnieuw op", column: column)
            }
            throw RowProblem("\(name) is een Excel-fout (\(error))", value: error, column: column)
        }
    }
}
