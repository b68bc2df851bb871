/// Reads the rows of one `<table:table>` of an OpenDocument spreadsheet into a `DeliveryTable`, as `SheetReader`
/// does for an `.xlsx` sheet: the first row with a value is the header, a record's line is its row number.
///
/// Repeats (`table:number-rows-repeated`, `table:number-columns-repeated`) are expanded only as far as they hold
/// values: an empty run only moves the row or column on, whatever its count (LibreOffice pads every sheet to row
/// 1,048,576). What repeated values expand to is capped at `expansionLimit` bytes, as an inflated part is. A
/// cell's text: `office:value` for a float, percentage or currency (a whole number as its digits),
/// `office:date-value`'s date part, `office:boolean-value` as `TRUE`/`FALSE`, else its paragraphs joined with a
/// line break (`text:s`, `text:tab` and `text:line-break` as spaces, a tab and a line break; a comment is no
/// text). An error cell (`calcext:value-type="error"`) is its error text (`#N/A`); a formula without a value is
/// `ExcelError.uncachedFormula`. A covered cell (`table:covered-table-cell`) is empty; the range of its
/// covering cell (`table:number-columns-spanned`, `table:number-rows-spanned`) goes with the table.
struct ODSTableReader {
    let xml: SheetXMLReader
    let fieldLimit: Int
    let expansionLimit: Int

    private typealias Names = OpenDocumentSpreadsheet
    private var table = DeliveryTable.workbook()
    private var expanded = 0
    private var rowNumber = 1
    private var fields: [String] = []
    private var problem: String?
    private var column = 0

    init(xml: SheetXMLReader, fieldLimit: Int, expansionLimit: Int) {
        self.xml = xml
        self.fieldLimit = fieldLimit
        self.expansionLimit = expansionLimit
    }

    /// One cell as its attributes describe it, with the text of its paragraphs gathered so far.
    private struct Cell {
        var repeated = 1
        var covered = false
        var valueType: String?
        var calcValueType: String?
        var value: String?
        var dateValue: String?
        var booleanValue: String?
        var stringValue: String?
        var formula = false
        var spans = (columns: 1, rows: 1)
        var text = ""
        var paragraphs = 0
        var lastWasSpace = true
    }

    /// Reads from the `<table:table>` element the reader is on to its end.
    mutating func read() throws(XLSXError) -> DeliveryTable {
        if xml.isEmptyElement { return table }
        var rowRepeat = 1
        var cell: Cell?
        var inParagraph = 0
        var more = try xml.next()
        while more {
            switch xml.node {
            case .element:
                let name = xml.name
                let namespace = xml.namespace
                if namespace == Names.table {
                    switch name {
                    case "table":  // a table inside a cell's content is no part of the sheet
                        more = try xml.skip()
                        continue
                    case "table-row":
                        rowRepeat = Self.count(xml.attribute("number-rows-repeated", namespaces: [Names.table]))
                        fields.removeAll(keepingCapacity: true)
                        problem = nil
                        column = 0
                        if xml.isEmptyElement { try finishRow(repeated: rowRepeat) }
                    case "table-cell", "covered-table-cell":
                        var current = cellAttributes(covered: name == "covered-table-cell")
                        if xml.isEmptyElement || current.covered {
                            try finish(&current)
                            if !xml.isEmptyElement {
                                more = try xml.skip()
                                continue
                            }
                        } else {
                            cell = current
                        }
                    default: break
                    }
                } else if namespace == Names.text, cell != nil {
                    switch name {
                    case "p", "h":
                        if cell!.paragraphs > 0 { append("\n", to: &cell!, literal: true) }
                        cell!.paragraphs += 1
                        cell!.lastWasSpace = true
                        if !xml.isEmptyElement { inParagraph += 1 }
                    case "s" where inParagraph > 0:
                        let spaces = min(Self.count(xml.attribute("c", namespaces: [Names.text])), fieldLimit + 1)
                        append(String(repeating: " ", count: spaces), to: &cell!, literal: true)
                    case "tab" where inParagraph > 0: append("\t", to: &cell!, literal: true)
                    case "line-break" where inParagraph > 0: append("\n", to: &cell!, literal: true)
                    default: break
                    }
                } else if cell != nil, namespace == Names.office || name == "frame" || name == "custom-shape" {
                    // A comment (office:annotation) or a drawing in the cell: not its value.
                    more = try xml.skip()
                    continue
                }
            case .endElement:
                let name = xml.name
                if name == "table", xml.namespace == Names.table { return table }
                if name == "p" || name == "h" {
                    inParagraph = max(0, inParagraph - 1)
                } else if name == "table-cell", var current = cell {
                    try finish(&current)
                    cell = nil
                } else if name == "table-row" {
                    try finishRow(repeated: rowRepeat)
                }
            case .text:
                if inParagraph > 0, cell != nil { append(xml.text, to: &cell!, literal: false) }
            case .other: break
            }
            more = try xml.next()
        }
        return table
    }

    /// A repeat or span count: at least 1, and no larger than the grid of any spreadsheet program.
    private static func count(_ attribute: String?) -> Int {
        min(max(attribute.flatMap { Int($0) } ?? 1, 1), SheetReader.maxRows)
    }

    private func cellAttributes(covered: Bool) -> Cell {
        func attribute(_ name: String, _ namespace: String = Names.office) -> String? {
            xml.attribute(name, namespaces: [namespace])
        }
        var cell = Cell()
        cell.covered = covered
        cell.repeated = Self.count(attribute("number-columns-repeated", Names.table))
        guard !covered else { return cell }
        cell.valueType = attribute("value-type")
        cell.calcValueType = attribute("value-type", Names.calcext)
        cell.value = attribute("value")
        cell.dateValue = attribute("date-value")
        cell.booleanValue = attribute("boolean-value")
        cell.stringValue = attribute("string-value")
        cell.formula = attribute("formula", Names.table) != nil
        cell.spans = (
            Self.count(attribute("number-columns-spanned", Names.table)),
            Self.count(attribute("number-rows-spanned", Names.table))
        )
        return cell
    }

    /// Adds text to a cell's paragraph: white space in the text collapses to one space as ODF says (ODF 1.2
    /// part 1, 6.1.2), a `literal` space, tab or break (from `text:s`, `text:tab`, `text:line-break`) does not.
    private func append(_ text: String, to cell: inout Cell, literal: Bool) {
        guard cell.text.utf8.count <= fieldLimit else { return }
        if literal {
            cell.text += text
            cell.lastWasSpace = false
            return
        }
        for character in text {
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                if !cell.lastWasSpace { cell.text.append(" ") }
                cell.lastWasSpace = true
            } else {
                cell.text.append(character)
                cell.lastWasSpace = false
            }
        }
    }

    /// Puts a finished cell (every column it repeats over) into the row.
    private mutating func finish(_ cell: inout Cell) throws(XLSXError) {
        let first = column
        column = min(column + cell.repeated, Int(Int32.max))
        if cell.spans.columns > 1 || cell.spans.rows > 1, first < SheetReader.maxColumns {
            table.merged.add(
                rows: rowNumber...(rowNumber + cell.spans.rows - 1),
                columns: first...min(first + cell.spans.columns - 1, SheetReader.maxColumns - 1))
        }
        guard problem == nil, !cell.covered else { return }
        let text: String
        do throws(RowProblem) {
            text = try value(of: cell, column: first)
        } catch {
            problem = error.reason
            return
        }
        guard !text.isEmpty else { return }
        guard text.utf8.count <= fieldLimit else {
            problem =
                "cel in kolom \(SheetReader.columnName(first)) is langer dan \(fieldLimit / 1024) KB ([limieten] veld_kb)"
            return
        }
        for copy in first..<(first + cell.repeated) {
            guard copy < SheetReader.maxColumns else {
                problem = "de rij heeft een cel voorbij kolom XFD, de laatste kolom van Excel"
                return
            }
            try charge(text.utf8.count + 1)
            if fields.count <= copy { fields.append(contentsOf: repeatElement("", count: copy - fields.count + 1)) }
            fields[copy] = text
        }
    }

    private func value(of cell: Cell, column: Int) throws(RowProblem) -> String {
        if cell.calcValueType == "error" { return cell.text.isEmpty ? cell.stringValue ?? "" : cell.text }
        switch cell.valueType {
        case "float", "percentage", "currency":
            guard let written = cell.value?.trimmingCharacters(in: .whitespaces) else { break }
            guard let number = Double(written), number.isFinite else {
                throw RowProblem("cel in kolom \(SheetReader.columnName(column)) is geen geldig getal")
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return written
        case "date":
            guard let written = cell.dateValue?.trimmingCharacters(in: .whitespaces) else { break }
            return String(written.prefix { $0 != "T" })
        case "boolean":
            switch cell.booleanValue?.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1": return "TRUE"
            case "false", "0": return "FALSE"
            case nil: break
            default:
                throw RowProblem("cel in kolom \(SheetReader.columnName(column)) is geen geldige waar/onwaar-waarde")
            }
        default:
            if cell.valueType != nil || !cell.text.isEmpty || cell.paragraphs > 0 {
                return cell.paragraphs > 0 ? cell.text : cell.stringValue ?? ""
            }
        }
        // A value type without its value, or no value type at all: a formula never calculated, or an empty cell.
        if cell.formula { return ExcelError.uncachedFormula }
        return cell.text
    }

    /// Ends a row: repeated as often as the row says, but only when it holds a value.
    private mutating func finishRow(repeated: Int) throws(XLSXError) {
        defer { rowNumber = min(rowNumber + repeated, SheetReader.maxRows + 1) }
        let holdsValue = problem != nil || fields.contains { !$0.allSatisfy(\.isWhitespace) }
        guard holdsValue else { return }
        for line in rowNumber..<(rowNumber + repeated) {
            guard line <= SheetReader.maxRows else {
                table.problems.append(
                    CSVProblem(
                        line: line,
                        message: "rij \(line) ligt buiten het werkblad (meer dan \(SheetReader.maxRows) rijen)"))
                return
            }
            if let problem {
                try charge(problem.utf8.count)
                table.problems.append(CSVProblem(line: line, message: problem))
            } else {
                if line > rowNumber { try charge(fields.reduce(0) { $0 + $1.utf8.count + 1 }) }
                table.add(fields, line: line)
            }
        }
    }

    /// Counts bytes that repeats expand to; past `expansionLimit` the sheet is refused like an oversized part.
    private mutating func charge(_ bytes: Int) throws(XLSXError) {
        expanded += bytes
        if expanded > expansionLimit {
            throw .repeatsTooLarge(part: OpenDocumentSpreadsheet.contentPart, limit: expansionLimit)
        }
    }
}
