import Foundation

/// An XLSX delivery read as a table of text rows, the same shape as a CSV file gives (SPEC.md section 7).
///
/// The rows come from the worksheet named like the soort (case-insensitively), else from the first worksheet.
/// Parts are read in this order: the package relationships, the workbook and its relationships, the shared
/// strings, the styles, then the one sheet.
struct Workbook {
    /// The names of the worksheets, in workbook order.
    var sheetNames: [String]
    /// The worksheet the rows were read from.
    var sheet: String
    var table: DeliveryTable

    static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    /// Reads the workbook in `data`; `preferredSheet` is the soort of the delivery (nil: the first sheet).
    init(data: Data, preferredSheet: String?, limits: Limits) throws(XLSXError) {
        let archive = try WorkbookArchive(data: data, partLimit: limits.xlsxPartBytes)
        if let mimetype = try archive.part("mimetype"),
            mimetype.text.contains("opendocument")
        {
            throw .openDocument
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
        let worksheets: [(name: String, path: String)] = sheets.compactMap { sheet in
            guard let target = targets.first(where: { $0.id == sheet.id }), target.type.hasSuffix("/worksheet")
            else { return nil }
            return (sheet.name, target.target)
        }
        guard !worksheets.isEmpty else { throw .noWorksheet }
        let chosen =
            worksheets.first { $0.name.comparable == preferredSheet?.comparable } ?? worksheets[0]
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
        sheetNames = worksheets.map(\.name)
        sheet = chosen.name
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

    /// The `<sheet>`s of `workbook.xml` (name and relationship id, in order) and whether it uses the 1904 system.
    static func sheets(_ bytes: PartBytes, part: String) throws(XLSXError) -> ([(name: String, id: String)], Bool) {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var sheets: [(name: String, id: String)] = []
        var date1904 = false
        while try xml.next() {
            guard xml.node == .element else { continue }
            if xml.name == "workbookPr", let value = xml.attribute("date1904") {
                date1904 = value == "1" || value.lowercased() == "true"
            } else if xml.name == "sheet", let name = xml.attribute("name"),
                let id = xml.attribute("id", namespaces: relationshipNamespaces)
            {
                sheets.append((name, id))
            }
        }
        return (sheets, date1904)
    }
}
