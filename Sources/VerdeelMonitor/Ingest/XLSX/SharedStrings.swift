/// The shared-string table of a workbook (`xl/sharedStrings.xml`): the text of every `<si>`, rich-text runs
/// joined, phonetic runs (`<rPh>`) left out.
enum SharedStrings {
    static func read(_ bytes: PartBytes, part: String) throws(XLSXError) -> [String] {
        let xml = try SheetXMLReader(bytes: bytes, part: part)
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        var phonetic = 0
        while try xml.next() {
            switch xml.node {
            case .element:
                switch xml.name {
                case "si" where !xml.isEmptyElement:
                    inItem = true
                    current = ""
                case "si": strings.append("")
                case "rPh" where !xml.isEmptyElement: phonetic += 1
                case "t" where inItem && phonetic == 0 && !xml.isEmptyElement: inText = true
                default: break
                }
            case .endElement:
                switch xml.name {
                case "si":
                    strings.append(current)
                    inItem = false
                case "rPh": phonetic -= 1
                case "t": inText = false
                default: break
                }
            case .text where inText:
                current += xml.text
            default: break
            }
        }
        return strings
    }
}
