import CLibXML2

/// A monitor XML read back (SPEC.md section 11): its identity and, per unit, the figures that revisions compare,
/// as the XML writes them.
///
/// Both sides of a comparison are read by this one reader: the published basis, and the XML that `MonitorXML`
/// writes now for the basis's period, so a value is compared exactly as the XML writes it. Parsed with
/// `XML_PARSE_NONET` and without entity substitution or DTD loading; a document with a document type declaration
/// is refused. Every libxml2 call of the revisions stays in this file.
struct PublishedMonitor: Sendable, Equatable {
    var regio: String
    var periode: String
    var openbaarheid: String
    var schemaversie: String
    var gegenereerd: String
    /// In document order: the regio, then every gemeente.
    var units: [Unit]

    /// One unit's compared figures by indicator name (`Revisions.indicators`); an absent value has no entry.
    struct Unit: Sendable, Equatable {
        var code: String
        var figures: [String: String]
    }

    /// Why a document is not a monitor this reader can compare with.
    enum Failure: Error, Equatable {
        case notWellFormed
        case documentType
        /// Well-formed XML, but its root is not `monitor` in the monitor namespace.
        case notAMonitor
    }

    /// Reads `bytes`; the schema check is the caller's (`SchemaValidator`).
    static func read(_ bytes: [UInt8]) throws(Failure) -> PublishedMonitor {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { pointer in
            pointer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    xmlReadMemory($0, Int32(clamping: bytes.count), "basis.xml", nil, options)
                }
            }
        }
        guard let parsed else { throw .notWellFormed }
        defer { xmlFreeDoc(parsed) }
        guard parsed.pointee.intSubset == nil, parsed.pointee.extSubset == nil else { throw .documentType }
        guard let root = xmlDocGetRootElement(parsed), name(root) == "monitor",
            namespace(root) == MonitorXML.namespace
        else { throw .notAMonitor }
        let attributes = Self.attributes(root)
        var monitor = PublishedMonitor(
            regio: attributes["regio"] ?? "", periode: attributes["periode"] ?? "",
            openbaarheid: attributes["openbaarheid"] ?? "", schemaversie: attributes["schemaversie"] ?? "",
            gegenereerd: attributes["gegenereerd"] ?? "", units: [])
        for child in elements(root) where ["regio", "gemeente"].contains(name(child)) {
            monitor.units.append(Unit(code: Self.attributes(child)["code"] ?? "", figures: figures(of: child)))
        }
        return monitor
    }

    /// The compared figures of one `regio` or `gemeente` element (SPEC.md section 11).
    private static func figures(of unit: xmlNodePtr) -> [String: String] {
        var figures: [String: String] = [:]
        func take(_ attributes: [String: String], _ pairs: [(attribute: String, indicator: String)]) {
            for (attribute, indicator) in pairs { figures[indicator] = attributes[attribute] }
        }
        for element in elements(unit) {
            let attributes = Self.attributes(element)
            switch name(element) {
            case "aanvragen": take(attributes, [("totaal", "aanvragen")])
            case "beschikkingen": take(attributes, [("totaal", "beschikkingen"), ("afgewezen", "afgewezen")])
            case "gehuisvest":
                take(attributes, [("totaal", "gehuisvest")])
                for cell in elements(element) where name(cell) == "categorie" {
                    let cellAttributes = Self.attributes(cell)
                    guard let code = cellAttributes["code"] else { continue }
                    figures["gehuisvest/" + code] =
                        cellAttributes["aantal"] ?? (cellAttributes["onderdrukt"] == "true" ? "onderdrukt" : nil)
                }
            case "mutaties": take(attributes, [("aantal", "mutaties")])
            case "toewijzingspercentage":
                take(attributes, [("waarde", "toewijzingspercentage"), ("signaal", "signaal")])
            // A gemeente's index; the regio's verdeling has the afwijking instead.
            case "verdeling": figures["index"] = attributes["index"] ?? attributes["afwijking"]
            case "wachtend": take(attributes, [("aantal", "wachtend")])
            default: continue
            }
        }
        return figures
    }

    private static func string(_ text: UnsafePointer<xmlChar>?) -> String? {
        text.map { String(cString: $0) }
    }

    private static func name(_ node: xmlNodePtr) -> String { string(node.pointee.name) ?? "" }

    private static func namespace(_ node: xmlNodePtr) -> String? { string(node.pointee.ns?.pointee.href) }

    /// The element children of `node`, in document order.
    private static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The attributes of `node` by name, read from the tree without copying through libxml2's allocator; an
    /// attribute's value is the text of its children (the parser substitutes no entity).
    private static func attributes(_ node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var text = current.pointee.children
            while let part = text {
                value += string(part.pointee.content) ?? ""
                text = part.pointee.next
            }
            if let key = string(current.pointee.name) { result[key] = value }
            attribute = current.pointee.next
        }
        return result
    }
}
