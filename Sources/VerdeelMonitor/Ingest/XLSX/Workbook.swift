import Foundation

/// A workbook delivery (`.xlsx`, or `.ods` through `OpenDocumentSpreadsheet`) read as a table of text rows, the
/// same shape as a CSV file gives (SPEC.md sections 7 and 10). What the file holds decides how it is read, not
/// its name: a ZIP with an OpenDocument `mimetype` is an `.ods`, any other ZIP an `.xlsx`, and a binary Office
/// file (`CompoundFile`) is refused saying what it is.
///
/// The rows come from the worksheet named like the soort (case-insensitively, also when it is hidden), else
/// from the first visible worksheet (`choose`). XLSX parts are read in this order: the package relationships,
/// the workbook and its relationships, the shared strings, the styles, then the one sheet.
struct Workbook {
    enum Kind: Sendable { case xlsx, ods }

    /// A worksheet as the workbook lists it.
    struct Sheet: Equatable, Sendable {
        var name: String
        var hidden = false
    }

    var kind = Kind.xlsx
    /// The worksheets, in workbook order.
    var sheets: [Sheet]
    /// The worksheet the rows were read from.
    var sheet: String
    var table: DeliveryTable

    /// The names of the worksheets, in workbook order.
    var sheetNames: [String] { sheets.map(\.name) }

    /// The sheet to read: the one named `preferred` (the soort), also when hidden; else the first visible one;
    /// else (every sheet hidden) the first. Nil without sheets.
    static func choose(_ sheets: [Sheet], preferred: String?) -> Int? {
        if let preferred, let named = sheets.firstIndex(where: { $0.name.comparable == preferred.comparable }) {
            return named
        }
        return sheets.firstIndex { !$0.hidden } ?? sheets.indices.first
    }

    static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    /// Reads the workbook in `data`; `preferredSheet` is the soort of the delivery (nil: the first visible sheet).
    init(data: Data, preferredSheet: String?, limits: Limits) throws(XLSXError) {
        let archive = try WorkbookArchive(data: data, partLimit: limits.xlsxPartBytes)
        let mimetype = try archive.part("mimetype")?.text
        if mimetype?.contains("opendocument") ?? (archive.contains("content.xml") && !archive.contains("_rels/.rels")) {
            guard mimetype?.contains("opendocument.spreadsheet") ?? true else { throw .notSpreadsheet }
            self = try OpenDocumentSpreadsheet.read(archive, preferredSheet: preferredSheet, limits: limits)
            return
        }
        var workbookPath = "xl/workbook.xml"
        if let rels = try archive.part("_rels/.rels") {
            let targets = try Self.relationships(rels, part: "_rels/.rels", base: "")
            if let main = targets.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPath = main.target }
        }
        guard let workbookBytes = try archive.part(workbookPath) else { throw .missingPart(workbookPath) }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath =
            (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        guard let relsBytes = try archive.part(relsPath) else { throw .missingPart(relsPath) }
        let targets = try Self.relationships(relsBytes, part: relsPath, base: folder)
        let (sheets, date1904) = try Self.sheets(workbookBytes, part: workbookPath)
        let worksheets: [(sheet: Sheet, path: String)] = sheets.compactMap { sheet in
            guard let target = targets.first(where: { $0.id == sheet.id }), target.type.hasSuffix("/worksheet")
            else { return nil }
            return (Sheet(name: sheet.name, hidden: sheet.hidden), target.target)
        }
        guard let index = Self.choose(worksheets.map(\.sheet), preferred: preferredSheet) else { throw .noWorksheet }
        let chosen = worksheets[index]
        var strings: [String] = []
        if let target = targets.first(where: { $0.type.hasSuffix("/sharedStrings") }),
            let bytes = try archive.part(target.target)
        {
            strings = try SharedStrings.read(bytes, part: target.target)
        }
        var formats = CellFormats()
        if let target = targets.first(where: { $0.type.hasSuffix("/styles") }),
            let bytes = try archive.part(target.target)
        {
            formats = try CellFormats(bytes, part: target.target)
        }
        guard let sheetBytes = try archive.part(chosen.path) else { throw .missingPart(chosen.path) }
        var reader = SheetReader(
            sharedStrings: strings, formats: formats, date1904: date1904, fieldLimit: limits.fieldBytes)
        table = try reader.read(sheetBytes, part: chosen.path)
        self.sheets = worksheets.map(\.sheet)
        sheet = chosen.sheet.name
    }

    init(kind: Kind, sheets: [Sheet], sheet: String, table: DeliveryTable) {
        self.kind = kind
        self.sheets = sheets
        self.sheet = sheet
        self.table = table
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a `.rels` part, with targets resolved to archive paths from folder `base`.
    static func relationships(_ bytes: PartBytes, part: String, base: String) throws(XLSXError) -> [Relationship] {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var result: [Relationship] = []
        while try xml.next() {
            guard xml.node == .element, xml.name == "Relationship", xml.attribute("TargetMode") != "External",
                let id = xml.attribute("Id"), let target = xml.attribute("Target")
            else { continue }
            result.append(Relationship(id: id, type: xml.attribute("Type") ?? "", target: resolve(target, from: base)))
        }
        return result
    }

    /// `target` as an archive path: absolute (`/xl/...`) or relative to `base`, with `..` resolved.
    static func resolve(_ target: String, from base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The `<sheet>`s of `workbook.xml` (name, relationship id and whether `state` hides it, in order) and
    /// whether it uses the 1904 system.
    static func sheets(
        _ bytes: PartBytes, part: String
    ) throws(XLSXError) -> ([(name: String, id: String, hidden: Bool)], Bool) {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var sheets: [(name: String, id: String, hidden: Bool)] = []
        var date1904 = false
        while try xml.next() {
            guard xml.node == .element else { continue }
            if xml.name == "workbookPr", let value = xml.attribute("date1904") {
                date1904 = value == "1" || value.lowercased() == "true"
            } else if xml.name == "sheet", let name = xml.attribute("name"),
                let id = xml.attribute("id", namespaces: relationshipNamespaces)
            {
                let state = xml.attribute("state") ?? "visible"
                sheets.append((name, id, state == "hidden" || state == "veryHidden"))
            }
        }
        return (sheets, date1904)
    }
}
