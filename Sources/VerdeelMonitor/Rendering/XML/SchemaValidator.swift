import CLibXML2
import Foundation

/// Validates XML documents against an XSD with libxml2.
///
/// The document is parsed without network access and without entity substitution.
final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles the schema; throws an `.internal` error when the XSD itself is broken or missing.
    init(xsd: [UInt8], name: String) throws(MonitorError) {
        // The parser context reads the caller's buffer without copying it, so the whole parse happens while
        // the buffer is pinned (a release build frees a temporary buffer right after the closure).
        let schema: xmlSchemaPtr? = xsd.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: xsd.count) { bytes in
                guard let context = xmlSchemaNewMemParserCtxt(bytes, Int32(xsd.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, { _, _ in }, nil)
                return xmlSchemaParse(context)
            }
        }
        guard let schema else {
            throw MonitorError(.internal, "het XML-schema is leeg of ongeldig", at: SourceLocation(file: name))
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The name of the schema in the shipped `Templates/` folder.
    static let file = "monitor.xsd"

    /// The schema of the monitor XML (or the one named `file`, such as `provincie.xsd`) from the shipped
    /// `Templates/` folder. It is part of the contract, not of the house style: `--templates` never overrides it.
    static func shipped(in folder: String, file: String = SchemaValidator.file) throws(MonitorError) -> SchemaValidator
    {
        let path = (folder as NSString).appendingPathComponent(file)
        guard let xsd = FileManager.default.contents(atPath: path) else {
            throw MonitorError(.internal, "het XML-schema ontbreekt", at: SourceLocation(file: path))
        }
        return try SchemaValidator(xsd: [UInt8](xsd), name: path)
    }

    /// The problems found in `document`, each with its line; empty when the document is valid.
    func problems(in document: [UInt8]) -> [String] {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = document.withUnsafeBufferPointer { pointer in
            pointer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: document.count) {
                    xmlReadMemory($0, Int32(document.count), "monitor.xml", nil, options)
                }
            }
        }
        guard let parsed else { return ["het document is geen goedgevormde XML"] }
        defer { xmlFreeDoc(parsed) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["de schemacontrole kon niet starten"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        final class Collected { var messages: [String] = [] }
        let collected = Collected()
        let pointer = Unmanaged.passUnretained(collected).toOpaque()
        xmlSchemaSetValidStructuredErrors(
            context,
            { user, error in
                guard let user, let error else { return }
                let box = Unmanaged<Collected>.fromOpaque(user).takeUnretainedValue()
                let message =
                    error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
                    ?? "onbekende fout"
                box.messages.append("regel \(error.pointee.line): \(message)")
            }, pointer)
        let result = xmlSchemaValidateDoc(context, parsed)
        withExtendedLifetime(collected) {}
        if result == 0 { return [] }
        return collected.messages.isEmpty
            ? ["het document voldoet niet aan het schema (code \(result))"] : collected.messages
    }
}
