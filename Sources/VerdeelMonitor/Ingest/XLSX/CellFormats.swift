/// Which cell styles of a workbook (`xl/styles.xml`, `<cellXfs>`) show a number as a date.
///
/// A date format is one of the built-in formats 14-22 and 45-47, or a custom `<numFmt>` whose code holds
/// d, m and y outside quoted text, `[...]` sections and escaped characters (ECMA-376 Part 1, 18.8.30).
struct CellFormats {
    /// Per style index (the `s` of a cell): whether it is a date format.
    private(set) var isDate: [Bool] = []

    init() {}

    static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    init(_ bytes: PartBytes, part: String) throws(XLSXError) {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var custom: [Int: Bool] = [:]
        var inCellXfs = false
        var formats: [Int] = []
        while try xml.next() {
            switch xml.node {
            case .element:
                switch xml.name {
                case "numFmt":
                    if let id = xml.attribute("numFmtId").flatMap({ Int($0) }) {
                        custom[id] = Self.isDateCode(xml.attribute("formatCode") ?? "")
                    }
                case "cellXfs": inCellXfs = !xml.isEmptyElement
                case "xf" where inCellXfs: formats.append(xml.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                default: break
                }
            case .endElement where xml.name == "cellXfs": inCellXfs = false
            default: break
            }
        }
        isDate = formats.map { custom[$0] ?? Self.builtInDates.contains($0) }
    }

    /// Whether style `index` is a date format; an unknown index is the general format.
    func isDate(style index: Int) -> Bool { index >= 0 && index < isDate.count && isDate[index] }

    /// Whether a custom format code shows a date: d, m and y outside quotes, brackets and escapes.
    static func isDateCode(_ code: String) -> Bool {
        var letters = Set<Character>()
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": inQuotes.toggle()
            case "\\" where !inQuotes, "_" where !inQuotes, "*" where !inQuotes: escaped = true
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case ";" where !inQuotes && !inBrackets: return letters.isSuperset(of: ["d", "m", "y"])
            default:
                if !inQuotes && !inBrackets { letters.insert(Character(character.lowercased())) }
            }
        }
        return letters.isSuperset(of: ["d", "m", "y"])
    }
}
