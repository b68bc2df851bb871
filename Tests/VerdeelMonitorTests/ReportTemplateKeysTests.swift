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
        // The province page and its own partial are filled by ProvinceView (with the shared stylesheet).
        var province = Set<String>()
        Self.labels(of: ProvinceView(try ProvinceTemplateKeys.sampleReport()), into: &province)
        let names = try Self.names()
        #expect(names.count > 100, "the scan finds the templates' tags")
        for (file, name) in names {
            let isProvince = file.hasPrefix("provincie") || file.hasPrefix("partials/provincie")
            for part in name.split(separator: ".") where !isProvince {
                #expect(known.contains(String(part)), "\(file): {{\(name)}} has no '\(part)' in HTMLView")
            }
        }
        for (file, name) in names
        where file.hasPrefix("provincie") || file.hasPrefix("partials/provincie")
            || file == "partials/stijl.mustache"
        {
            for part in name.split(separator: ".") {
                #expect(province.contains(String(part)), "\(file): {{\(name)}} has no '\(part)' in ProvinceView")
            }
        }
    }
}

/// A province report with every part filled (two regions, a coverage note, a file no region read).
enum ProvinceTemplateKeys {
    static func sampleReport() throws -> ProvinceReport {
        let municipality = ProvinceReport.Municipality(
            code: MunicipalityCode("GM0177")!, naam: "Raalte", regio: "a", toewijzingspercentage: 17.5,
            signaal: .binnen)
        let region = ProvinceReport.Region(
            code: "a", naam: "A", bestand: "monitor-a-2026-H1.xml", html: "monitor-a-2026-H1.html",
            sha256: String(repeating: "0", count: 64), isConcept: true, gehuisvest: 7, mutaties: 40,
            toewijzingspercentage: 17.5, afwijking: 3, aanvragen: 9, beschikkingen: 8, wachtend: 2,
            noodknop: "agenderen", bovenSignaalwaarde: 0, onderMinimum: 0, municipalities: [municipality],
            minimum: 15, signaalwaarde: 20)
        return ProvinceReport(
            code: "p", naam: "P", period: Period("2026-H1")!, isPublic: false, generated: 1_782_864_000,
            regions: [region, region],
            nergens: [Coverage.Gap(municipality: MunicipalityCode("GM0177")!, naam: "Raalte", category: .mo)],
            buitenProvincie: 1, nietHerkend: ["x.txt"])
    }
}
