import CLibXML2

/// A forward-only walk over one XML part of a workbook with libxml2's streaming reader (`xmlTextReader`), so
/// that a large sheet is never built as a tree. Every libxml2 call of the workbook readers (`.xlsx` and `.ods`)
/// stays in this file.
///
/// Untrusted input: parsed with `XML_PARSE_NONET` (no network), never with `XML_PARSE_NOENT` (no entity is
/// substituted), `XML_PARSE_DTDLOAD` (no external DTD) or `XML_PARSE_HUGE` (libxml2's default limits on depth
/// and entity expansion stay in force). A part with a document type declaration is refused before libxml2
/// sees it, and again if the reader reports one.
final class SheetXMLReader {
    enum Node: Equatable {
        case element, endElement, text, other
    }

    private let reader: xmlTextReaderPtr
    /// Keeps the bytes alive: libxml2 reads them in place.
    private let bytes: PartBytes

    /// The kind of the current node after `next()`.
    private(set) var node = Node.other

    /// Starts a walk over `bytes`; throws when the part declares a document type or libxml2 cannot start.
    init(bytes: PartBytes, part: String) throws(XLSXError) {
        if Self.declaresDocumentType(bytes.buffer) { throw .documentType(part: part) }
        self.bytes = bytes
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let empty: [CChar] = [0]
        let created =
            bytes.count == 0
            ? xmlReaderForMemory(empty, 0, nil, nil, options)
            : xmlReaderForMemory(
                bytes.base!.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), nil, nil, options)
        guard let created else { throw .notWellFormed(part: part) }
        reader = created
        self.part = part
    }

    private let part: String

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node; false at the end of the document. Throws when the XML is not well-formed (also
    /// when it nests deeper than libxml2's limit) or holds a document type declaration or an entity reference.
    func next() throws(XLSXError) -> Bool { try classify(xmlTextReaderRead(reader)) }

    /// Moves past the current element and everything in it to the node after it (libxml2 still checks the
    /// skipped part); false at the end of the document.
    func skip() throws(XLSXError) -> Bool { try classify(xmlTextReaderNext(reader)) }

    private func classify(_ result: Int32) throws(XLSXError) -> Bool {
        guard result >= 0 else { throw .notWellFormed(part: part) }
        guard result == 1 else { return false }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): node = .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): node = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            node = .text
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue): throw .documentType(part: part)
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
            throw .documentType(part: part)
        default: node = .other
        }
        return true
    }

    /// The local name of the current element (without its prefix).
    var name: String {
        guard let pointer = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: pointer)
    }

    /// The namespace of the current element ("" when it has none).
    var namespace: String {
        guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return "" }
        return String(cString: pointer)
    }

    /// Whether the current element is written `<x/>` (no end element follows).
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The text of the current text node.
    var text: String {
        guard let pointer = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: pointer)
    }

    /// The value of the current element's attribute `name` (no namespace), or nil.
    func attribute(_ name: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, name) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }

    /// The value of the attribute `name` in one of `namespaces`, or nil.
    func attribute(_ name: String, namespaces: [String]) -> String? {
        for namespace in namespaces where xmlTextReaderMoveToAttributeNs(reader, name, namespace) == 1 {
            defer { xmlTextReaderMoveToElement(reader) }
            return xmlTextReaderConstValue(reader).map { String(cString: $0) }
        }
        return nil
    }

    /// Whether `bytes` declare a document type before their root element (`<!DOCTYPE`).
    static func declaresDocumentType(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let marker = Array("<!DOCTYPE".utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if bytes[index...].starts(with: marker) { return true }
            } else if next != UInt8(ascii: "?") {
                return false  // the root element starts: a document type can only come before it
            }
            index += 1
        }
        return false
    }
}
