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
    /// The templates that together render `main`, in order (`TemplateParts`): rendered on all cores and joined.
    private let mainParts: [String]

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
        let parts = try mainParts(shipped: shipped, overrides: overrides, library: &library)
        return ReportTemplates(library: library, mainParts: parts)
    }

    /// Cuts the main template (the override's, else the shipped one) at its top-level partials and registers each
    /// text between them as a template of its own (`TemplateParts`); the main template whole when it is not cut.
    private static func mainParts(
        shipped: String, overrides: String?, library: inout MustacheLibrary
    ) throws(MonitorError) -> [String] {
        let file = "/\(main).mustache"
        let path = overrides.map { $0 + file }.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        guard let text = try? String(contentsOfFile: path ?? shipped + file, encoding: .utf8),
            let parts = TemplateParts.cut(text)
        else { return [main] }
        var names: [String] = []
        for (index, part) in parts.enumerated() {
            switch part {
            // A partial that is not there renders as nothing, as inside the whole template.
            case .partial(let name): if library.getTemplate(named: name) != nil { names.append(name) }
            case .text(let text):
                let name = "\(main):deel-\(index)"
                do { try library.register(text, named: name) } catch { return [main] }
                names.append(name)
            }
        }
        return names
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
    ///
    /// The main template renders as its parts (`mainParts`) on all cores, joined in order: the same bytes.
    func render<View: Sendable>(_ view: View, template: String = ReportTemplates.main) throws(MonitorError) -> String {
        let names = template == Self.main ? mainParts : [template]
        let pieces = names.concurrentMap(heaviestFirst: names.map { _ in 0 }) { library.render(view, withTemplate: $0) }
        var html = ""
        for (name, piece) in zip(names, pieces) {
            guard let piece else { throw MonitorError(.configuration, "sjabloon '\(name)' ontbreekt") }
            html += piece
        }
        return html
    }
}
