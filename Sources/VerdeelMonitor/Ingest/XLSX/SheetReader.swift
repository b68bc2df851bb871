/// Reads the rows of one worksheet part (`<sheetData>`) as text, streaming.
///
/// The first row with a value is the header; rows without a value are not records; a record's line is its
/// row number. A cell's text: a shared or inline string (rich text joined), a number (a whole number as its
/// digits), a boolean as `TRUE`/`FALSE`, a date serial with a date format as `JJJJ-MM-DD`, a formula by its
/// cached value (none: `ExcelError.uncachedFormula`), an error cell as its error text (`#N/A`; SPEC.md section 10:
/// `RowReader` rejects it in a read column). A fault in one row (an unknown shared string, a cell
/// reference beyond Excel's grid, a date serial that is no day) rejects that row with its row number.
struct SheetReader {
    let sharedStrings: [String]
    let formats: CellFormats
    let date1904: Bool
    /// The longest cell value, in bytes (`[limieten] veld_kb`).
    var fieldLimit = Limits().fieldBytes

    /// Excel's grid: columns A to XFD, rows 1 to 1,048,576.
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    private struct Cell {
        var column: Int
        var type = "n"
        var style = 0
        var value = ""
        var hasValue = false
        var inline = ""
        /// The cell has a formula (`<f>`) and a `<v>` element (its cached value, perhaps empty).
        var hasFormula = false
        var hasValueElement = false
    }

    mutating func read(_ bytes: PartBytes, part: String) throws(XLSXError) -> DeliveryTable {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var table = DeliveryTable(header: [], records: RowStore(), problems: [], encoding: nil)
        var haveHeader = false
        var rowNumber = 0
        var fields: [String] = []
        var problem: String?
        var cell: Cell?
        var nextColumn = 0
        var inSheetData = false
        var inValue = false
        var inInlineText = false
        var phonetic = 0

        func finishRow() {
            if let message = problem {
                table.problems.append(CSVProblem(line: rowNumber, message: message))
            } else if let last = fields.lastIndex(where: { !$0.allSatisfy(\.isWhitespace) }) {
                let row = Array(fields[...last])
                if haveHeader {
                    table.records.append(line: rowNumber, fields: row)
                } else {
                    table.header = row.map { $0.trimmingCharacters(in: .whitespaces) }
                    table.headerLine = rowNumber
                    haveHeader = true
                }
            }
        }

        while try xml.next() {
            switch xml.node {
            case .element:
                switch xml.name {
                case "sheetData": inSheetData = !xml.isEmptyElement
                case "row" where inSheetData:
                    let number = xml.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
                    guard number > rowNumber else { throw .rowOrder(row: number) }
                    rowNumber = number
                    fields.removeAll(keepingCapacity: true)
                    problem = nil
                    nextColumn = 0
                    if number > Self.maxRows {
                        problem = "rij \(number) ligt buiten het werkblad van Excel (meer dan \(Self.maxRows) rijen)"
                    }
                    if xml.isEmptyElement { finishRow() }
                case "c" where inSheetData:
                    var column = nextColumn
                    if let reference = xml.attribute("r") {
                        if let parsed = Self.column(of: reference) {
                            column = parsed
                        } else if problem == nil {
                            problem =
                                "celverwijzing '\(reference.prefix(20))' is ongeldig of ligt buiten het werkblad van Excel"
                        }
                    }
                    if column >= Self.maxColumns, problem == nil {
                        problem = "de rij heeft een cel voorbij kolom XFD, de laatste kolom van Excel"
                    }
                    nextColumn = column + 1
                    var current = Cell(column: column)
                    current.type = xml.attribute("t") ?? "n"
                    current.style = xml.attribute("s").flatMap { Int($0) } ?? 0
                    if xml.isEmptyElement {
                        store(current, into: &fields, problem: &problem)
                    } else {
                        cell = current
                    }
                case "v" where cell != nil:
                    inValue = !xml.isEmptyElement
                    cell?.hasValueElement = true
                case "f" where cell != nil: cell?.hasFormula = true
                case "rPh" where cell != nil && !xml.isEmptyElement: phonetic += 1
                case "t" where cell != nil && phonetic == 0: inInlineText = !xml.isEmptyElement
                default: break
                }
            case .endElement:
                switch xml.name {
                case "sheetData": inSheetData = false
                case "row" where inSheetData: finishRow()
                case "c":
                    if let current = cell { store(current, into: &fields, problem: &problem) }
                    cell = nil
                case "v": inValue = false
                case "rPh": phonetic -= 1
                case "t": inInlineText = false
                default: break
                }
            case .text:
                if inValue {
                    cell?.value += xml.text
                    cell?.hasValue = true
                } else if inInlineText {
                    cell?.inline += xml.text
                }
            case .other: break
            }
        }
        return table
    }

    /// Puts a cell's text in its column (a row's first fault becomes its problem).
    private func store(_ cell: Cell, into fields: inout [String], problem: inout String?) {
        guard cell.column < Self.maxColumns, problem == nil else { return }
        let text: String
        do throws(RowProblem) {
            text = try self.text(of: cell)
        } catch {
            problem = error.reason
            return
        }
        guard !text.isEmpty else { return }
        guard text.utf8.count <= fieldLimit else {
            problem =
                "cel in kolom \(Self.columnName(cell.column)) is langer dan \(fieldLimit / 1024) KB ([limieten] veld_kb)"
            return
        }
        if fields.count <= cell.column {
            fields.append(contentsOf: repeatElement("", count: cell.column - fields.count + 1))
        }
        fields[cell.column] = text
    }

    private func text(of cell: Cell) throws(RowProblem) -> String {
        let reference = Self.columnName(cell.column)
        if cell.hasFormula && !cell.hasValueElement && cell.type != "inlineStr" { return ExcelError.uncachedFormula }
        switch cell.type {
        case "s":
            guard cell.hasValue else { return "" }
            guard let index = Int(cell.value.trimmingCharacters(in: .whitespaces)), index >= 0,
                index < sharedStrings.count
            else {
                throw RowProblem("cel in kolom \(reference) verwijst naar een gedeelde tekst die niet bestaat")
            }
            return sharedStrings[index]
        case "inlineStr": return cell.inline
        case "str": return cell.value
        case "b":
            switch cell.value.trimmingCharacters(in: .whitespaces) {
            case "1", "true": return "TRUE"
            case "0", "false": return "FALSE"
            case "": return ""
            default: throw RowProblem("cel in kolom \(reference) is geen geldige waar/onwaar-waarde")
            }
        case "e": return cell.value.trimmingCharacters(in: .whitespaces)
        case "d":
            // An ISO 8601 date (and time): the date part.
            return String(cell.value.trimmingCharacters(in: .whitespaces).prefix { $0 != "T" })
        default:
            let written = cell.value.trimmingCharacters(in: .whitespaces)
            guard !written.isEmpty else { return "" }
            guard let number = Double(written), number.isFinite else {
                throw RowProblem("cel in kolom \(reference) is geen geldig getal")
            }
            if formats.isDate(style: cell.style) {
                guard let day = ExcelDate.day(serial: number, date1904: date1904) else {
                    throw RowProblem(
                        "cel in kolom \(reference) heeft een datumgetal dat geen bestaande dag is (buiten 1900-9999)")
                }
                return day.description
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return written
        }
    }

    /// The 0-based column of a cell reference such as `B3` or `$AA$10`; nil when it is no reference within
    /// Excel's grid.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0 else { return nil }
                letters += 1
                guard letters <= 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 7 else { return nil }
            default: return nil
            }
        }
        guard letters > 0, column <= maxColumns else { return nil }
        return column - 1
    }

    /// The letters of 0-based column `index` (`A`, `Z`, `AA`).
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
