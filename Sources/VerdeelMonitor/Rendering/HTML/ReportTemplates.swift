import Foundation
import Mustache

/// The Mustache templates of the HTML report, loaded at run time from `Templates/`.
///
/// A regional office changes the house style by editing the templates, or by pointing `--templates` at a
/// folder whose `.mustache` files override the shipped ones of the same name (the rest still comes from the
/// shipped folder). The XSD is not a template (see `SchemaValidator.shipped(in:)`).
struct ReportTemplates: Sendable {
    /// The template that renders the whole report.
    static let main = "monitor"

    private let library: MustacheLibrary

    static func load(shipped: String, overrides: String? = nil) async throws(MonitorError) -> ReportTemplates {
        var library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: shipped)
        } catch {
            throw MonitorError(
                .configuration, "de sjablonen zijn niet te laden: \(describe(error))", at: SourceLocation(file: shipped)
            )
        }
        if let overrides { try overlay(overrides, on: &library) }
        guard library.getTemplate(named: main) != nil else {
            throw MonitorError(
                .configuration, "sjabloon '\(main).mustache' ontbreekt", at: SourceLocation(file: shipped))
        }
        return ReportTemplates(library: library)
    }

    /// Registers every `.mustache` file below `folder` under its relative name, replacing the shipped one.
    private static func overlay(_ folder: String, on library: inout MustacheLibrary) throws(MonitorError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            let paths = FileManager.default.subpaths(atPath: folder)
        else {
            throw MonitorError(.usage, "de sjabloonmap bestaat niet", at: SourceLocation(file: folder))
        }
        for path in paths.sorted() where path.hasSuffix(".mustache") {
            let full = (folder as NSString).appendingPathComponent(path)
            do {
                let text = try String(contentsOfFile: full, encoding: .utf8)
                try library.register(text, named: String(path.dropLast(".mustache".count)))
            } catch {
                throw MonitorError(
                    .configuration, "sjabloon is niet te lezen: \(describe(error))", at: SourceLocation(file: full))
            }
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? MustacheLibrary.ParserError {
            return "\(error.filename) regel \(error.context.lineNumber): \(error.error)"
        }
        return String(describing: error)
    }

    /// Renders a view (the report's `HTMLView`, or the province's view with `provincie`); an unknown template
    /// name is an error, never an empty page.
    func render<View>(_ view: View, template: String = ReportTemplates.main) throws(MonitorError) -> String {
        guard let html = library.render(view, withTemplate: template) else {
            throw MonitorError(.configuration, "sjabloon '\(template)' ontbreekt")
        }
        return html
    }
}
