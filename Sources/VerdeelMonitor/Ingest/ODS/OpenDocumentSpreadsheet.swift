/// An OpenDocument spreadsheet (`.ods`, ODF 1.2 and 1.3; SPEC.md section 10) read into a `Workbook`, with the
/// same archive (`WorkbookArchive`: the part-size cap, ZIP bombs refused, `\` in entry names read as `/`) and
/// the same libxml2 reader (`SheetXMLReader`: no DTD, no entity) as an `.xlsx`.
///
/// Every sheet is in `content.xml`. It is walked twice: first for the table styles (`table:display="false"`
/// hides a sheet) and the tables' names, skipping each table's rows; then for the rows of the one table chosen as
/// for an `.xlsx` (`Workbook.choose`), read by `ODSTableReader`. A package whose manifest lists encryption
/// data is a password-protected spreadsheet.
enum OpenDocumentSpreadsheet {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    static let contentPart = "content.xml"

    static func read(
        _ archive: WorkbookArchive, preferredSheet: String?, limits: Limits
    ) throws(XLSXError) -> Workbook {
        if let manifest = try archive.part("META-INF/manifest.xml"), try isEncrypted(manifest) {
            throw .compoundFile(.encryptedWorkbook)
        }
        guard let content = try archive.part(contentPart) else { throw .missingPart(contentPart) }
        let sheets = try self.sheets(content)
        guard let chosen = Workbook.choose(sheets, preferred: preferredSheet) else { throw .noWorksheet }
        let xml = try SheetXMLReader(bytes: content, part: contentPart)
        var index = 0
        var more = try xml.next()
        while more {
            guard xml.node == .element, xml.name == "table", xml.namespace == table else {
                more = try xml.next()
                continue
            }
            guard index == chosen else {
                index += 1
                more = try xml.skip()
                continue
            }
            var reader = ODSTableReader(
                xml: xml, fieldLimit: limits.fieldBytes, expansionLimit: limits.xlsxPartBytes)
            let rows = try reader.read()
            return Workbook(kind: .ods, sheets: sheets, sheet: sheets[chosen].name, table: rows)
        }
        throw .noWorksheet
    }

    /// The tables of `content.xml` in order, each hidden when its table style says `table:display="false"`.
    static func sheets(_ content: PartBytes) throws(XLSXError) -> [Workbook.Sheet] {
        let xml = try SheetXMLReader(bytes: content, part: contentPart)
        var hiddenStyles = Set<String>()
        var styleName: String?
        var tables: [(name: String, style: String?)] = []
        var more = try xml.next()
        while more {
            guard xml.node == .element else {
                more = try xml.next()
                continue
            }
            switch xml.name {
            case "style" where xml.namespace == style:
                styleName =
                    xml.attribute("family", namespaces: [style]) == "table"
                    ? xml.attribute("name", namespaces: [style]) : nil
            case "table-properties" where xml.namespace == style:
                if let styleName, xml.attribute("display", namespaces: [table]) == "false" {
                    hiddenStyles.insert(styleName)
                }
            case "table" where xml.namespace == table:
                tables.append(
                    (xml.attribute("name", namespaces: [table]) ?? "", xml.attribute("style-name", namespaces: [table]))
                )
                more = try xml.skip()
                continue
            default: break
            }
            more = try xml.next()
        }
        return tables.map { Workbook.Sheet(name: $0.name, hidden: $0.style.map(hiddenStyles.contains) ?? false) }
    }

    /// Whether `META-INF/manifest.xml` lists encryption data for a file (ODF's password protection).
    static func isEncrypted(_ manifest: PartBytes) throws(XLSXError) -> Bool {
        let xml = try SheetXMLReader(bytes: manifest, part: "META-INF/manifest.xml")
        while try xml.next() {
            if xml.node == .element && xml.name == "encryption-data" { return true }
        }
        return false
    }
}
