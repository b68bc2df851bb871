import Foundation
import Testing
@testable import VerdeelMonitor

/// The monitor XML: written through libxml2, valid against the shipped XSD, in the contract's names.
struct XMLTests {
    static let validator: SchemaValidator = {
        let xsd = FileManager.default.contents(atPath: Paths.schema)!
        return try! SchemaValidator(xsd: [UInt8](xsd), name: Paths.schema)
    }()

    static func report(disclosure: Disclosure = .openbaar(threshold: 5), missingDelivery: Bool = false) -> MonitorReport {
        let config = TestRegion.config()
        var data = dataset(lettings: IndicatorTests.lettings(), register: IndicatorTests.register(),
                           periods: ["2025-H2", "2026-H1"], config: config)
        if missingDelivery { data.deliveries.removeAll { $0.name.bron == "corp-b" && $0.name.period == period("2026-H1") } }
        let history = Aggregation.history(data, config: config)
        return MonitorReport(config: config, period: period("2026-H1"), disclosure: disclosure, history: history,
                             noodknop: Noodknop(period: period("2026-H1"), history: history, settings: config.noodknop),
                             dataset: data, generated: 1_782_864_000, configSHA256: String(repeating: "a", count: 64))
    }

    static func text(_ report: MonitorReport) throws -> String {
        String(decoding: try MonitorXML.render(report), as: UTF8.self)
    }

    @Test("the written XML validates against Templates/monitor.xsd, public and vertrouwelijk")
    func validates() throws {
        for disclosure in [Disclosure.openbaar(threshold: 5), .vertrouwelijk] {
            let xml = try MonitorXML.render(Self.report(disclosure: disclosure))
            #expect(Self.validator.problems(in: xml) == [])
        }
    }

    @Test("a document that breaks the schema is rejected with its line")
    func brokenDocumentFails() throws {
        let good = try Self.text(Self.report())
        let wrongCode = good.replacingOccurrences(of: "code=\"DET\"", with: "code=\"XX\"")
        #expect(!Self.validator.problems(in: Array(wrongCode.utf8)).isEmpty)
        let noPercentage = good.replacingOccurrences(of: #"<toewijzingspercentage waarde="15.00" signaal="binnen"/>"#, with: "")
        #expect(noPercentage != good)
        let problems = Self.validator.problems(in: Array(noPercentage.utf8))
        #expect(problems.first?.hasPrefix("regel ") == true)
        #expect(!Self.validator.problems(in: Array("<monitor".utf8)).isEmpty)
    }

    @Test("figures are written with a point and fixed decimals")
    func figureForms() throws {
        let xml = try Self.text(Self.report(disclosure: .vertrouwelijk))
        #expect(xml.contains(#"<toewijzingspercentage waarde="17.65" signaal="binnen"/>"#))  // region 6/34
        #expect(xml.contains(#"<toewijzingspercentage waarde="20.00" signaal="binnen"/>"#))  // Beedorp
        #expect(xml.contains(#"<toewijzingspercentage waarde="25.00" signaal="boven-signaalwaarde"/>"#))
        #expect(xml.contains(#"<verdeling gehuisvest="1" aandeelHuishoudens="0.3000" evenredigAandeel="1.50" index="0.67" perDuizendHuishoudens="0.33"/>"#))
        #expect(xml.contains(#"<verdeling gehuisvest="5" afwijking="10.00"/>"#))
        #expect(xml.contains(#"<normen minimum="15.00" signaalwaarde="20.00" noemer="alle" onderdrukkenOnder="5"/>"#))
        #expect(xml.contains(#"gegenereerd="2026-07-01T00:00:00Z""#))
        #expect(xml.contains(#"openbaarheid="vertrouwelijk""#))
    }

    @Test("public output writes small cells as onderdrukt and keeps every total")
    func suppressedCells() throws {
        let open = try Self.text(Self.report())
        let closed = try Self.text(Self.report(disclosure: .vertrouwelijk))
        // Aastad gehuisvest MZ 1, MED 1, GGZ 1: all three hidden.
        #expect(open.contains(#"<categorie code="MED" onderdrukt="true"/>"#))
        #expect(!closed.contains("onderdrukt"))
        func totals(_ xml: String) -> [String] {
            xml.split(separator: "\n").filter { $0.contains("totaal=") || $0.contains("<mutaties") }.map(String.init)
        }
        #expect(totals(open) == totals(closed))
        #expect(totals(open).count == 4 * 4)  // three blocks and mutaties, for the region and three municipalities
    }

    @Test("a missing delivery makes the report a concept and is listed as ontbreekt")
    func concept() throws {
        let report = Self.report(missingDelivery: true)
        #expect(report.isConcept)
        let xml = try Self.text(report)
        #expect(xml.contains(#"status="concept""#))
        #expect(xml.contains(#"<ontbreekt soort="verhuringen" bron="corp-b"/>"#))
        #expect(Self.validator.problems(in: Array(xml.utf8)) == [])
        #expect(try Self.text(Self.report()).contains(#"status="definitief""#))
    }

    @Test("the structure keeps the contract of SPEC.md section 6 (shared/tools/check_xml_contract.py)")
    func contractChecker() throws {
        let checker = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/tools/check_xml_contract.py").path
        try #require(FileManager.default.fileExists(atPath: checker), "shared/tools not beside the checkout")
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, disclosure) in [("open.xml", Disclosure.openbaar(threshold: 5)), ("closed.xml", .vertrouwelijk)] {
            let path = folder + "/" + name
            try Data(MonitorXML.render(Self.report(disclosure: disclosure))).write(to: URL(fileURLWithPath: path))
            let result = try Subprocess.run("/usr/bin/env", ["python3", checker, path])
            #expect(result.status == 0, "\(name): \(result.stdout)")
        }
    }
}
