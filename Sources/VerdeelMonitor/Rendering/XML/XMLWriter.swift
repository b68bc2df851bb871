import CLibXML2

/// A thin wrapper over libxml2's `xmlTextWriter` that writes an indented document to memory.
///
/// The writer escapes text and attribute values itself. Every libxml2 call of the project stays in this file,
/// `SchemaValidator.swift`, (for reading workbooks) `Ingest/XLSX/SheetXMLReader.swift` and (for reading published
/// monitors back) `Revisions/PublishedMonitor.swift`.
final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    private var failed = false

    init(namespace: String, root: String) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlTextWriterSetIndentString(writer, "  "))
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        start(root)
        attribute("xmlns", namespace)
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) { if result < 0 { failed = true } }

    func start(_ name: String) { check(xmlTextWriterStartElement(writer, name)) }

    func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, Self.xmlText(value)))
    }

    /// `text` without the characters XML 1.0 does not allow (control characters other than tab, line feed and
    /// carriage return, U+FFFE and U+FFFF), each replaced by U+FFFD; the writer escapes the rest.
    static func xmlText(_ text: String) -> String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        guard !text.unicodeScalars.allSatisfy(allowed) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { allowed($0) ? $0 : "\u{FFFD}" }))
    }

    func attribute(_ name: String, _ value: Int) { attribute(name, String(value)) }

    /// Writes the attribute only when there is a value.
    func attribute(_ name: String, _ value: String?) { if let value { attribute(name, value) } }

    func end() { check(xmlTextWriterEndElement(writer)) }

    /// Writes an element with attributes and no content.
    func empty(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// Closes the document and returns its bytes; nil when libxml2 reported an error on any call.
    func finish() -> [UInt8]? {
        check(xmlTextWriterEndDocument(writer))
        xmlFreeTextWriter(writer)
        writer = nil
        guard !failed, let content = xmlBufferContent(buffer) else { return nil }
        let count = Int(xmlBufferLength(buffer))
        return content.withMemoryRebound(to: UInt8.self, capacity: count) {
            Array(UnsafeBufferPointer(start: $0, count: count))
        }
    }
}
