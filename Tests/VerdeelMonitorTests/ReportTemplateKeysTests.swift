import Foundation
import Testing

@testable import VerdeelMonitor

/// swift-mustache renders a missing key as empty text without an error, so every name the templates use
/// must exist as a stored property somewhere in the view model.
@Suite("Template keys")
struct ReportTemplateKeysTests {
    /// Every property label in the view model tree (through arrays and optionals), as Mirror sees it.
    static func labels(of value: Any, into result: inout Set<String>) {
        for child in Mirror(reflecting: value).children {
            if let label = child.label { result.insert(label) }
            if !(child.value is String) { labels(of: child.value, into: &result) }
        }
    }

    /// The names in `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}` tags of every template file.
    static func names() throws -> [(file: String, name: String)] {
        let folder = Paths.templates
        let files = (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        let tag = try Regex("\\{\\{\\{?\\s*([#^]?)\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*\\}?\\}\\}")
        var result: [(String, String)] = []
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in text.matches(of: tag) {
                if let name = match.output[2].substring { result.append((file, String(name))) }
            }
        }
        return result
    }

    @Test("every name used in a template exists in the view model")
    func everyNameExists() async throws {
        var known = Set<String>()
        // With revisions, which only a run into a folder with earlier publications has (section Herzieningen).
        var report = try ReportRenderingTests.sampleReport()
        report.herzieningen = RevisionReportTests.handMade
        Self.labels(of: HTMLView(report), into: &known)
        let names = try Self.names()
        #expect(names.count > 100, "the scan finds the templates' tags")
        for (file, name) in names {
            for part in name.split(separator: ".") {
                #expect(known.contains(String(part)), "\(file): {{\(name)}} has no '\(part)' in HTMLView")
            }
        }
    }
}
