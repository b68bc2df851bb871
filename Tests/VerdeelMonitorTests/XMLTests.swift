import Foundation
import Testing

@testable import VerdeelMonitor

/// The monitor XML: written through libxml2, valid against the shipped XSD, in the contract's names.
struct XMLTests {
    static let validator: SchemaValidator = {
        let xsd = FileManager.default.contents(atPath: Paths.schema)!
        return try! SchemaValidator(xsd: [UInt8](xsd), name: Paths.schema)
    }()

    static func report(disclosure: Disclosure = .openbaar(threshold: 5), missingDelivery: Bool = false) -> MonitorReport
    {
        let config = TestRegion.config()
        var data = dataset(
            lettings: IndicatorTests.lettings(), register: IndicatorTests.register(),
            periods: ["2025-H2", "2026-H1"], config: config)
        if missingDelivery {
            data.deliveries.removeAll { $0.name.bron == "corp-b" && $0.name.period == period("2026-H1") }
        }
        let history = Aggregation.history(data, config: config)
        return Pipeline.report(
            config: config, configSHA256: String(repeating: "a", count: 64), dataset: data,
            history: history, period: period("2026-H1"), disclosure: disclosure,
            generated: TestTime.generated)
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
        let noPercentage = good.replacingOccurrences(
            of: #"<toewijzingspercentage waarde="15.00" signaal="binnen"/>"#, with: "")
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
        #expect(
            xml.contains(
                #"<verdeling gehuisvest="1" aandeelHuishoudens="0.3000" evenredigAandeel="1.50" index="0.67" perDuizendHuishoudens="0.33"/>"#
            ))
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

    @Test("the structure keeps the contract: names, required attributes, the category order, value forms")
    func contract() throws {
        // TestRegion's municipalities, in config order.
        let members = ["GM0001", "GM0002", "GM0003"]
        for report in [Self.report(), Self.report(disclosure: .vertrouwelijk), Self.report(missingDelivery: true)] {
            #expect(
                XMLContract.problems(in: try Self.text(report), municipalities: members) == [], "\(report.disclosure)")
        }
        // SampleData: voorraad, knelpunten, noodknop rules and superseded deliveries; the ten members of
        // SampleData/regio.toml in its order.
        let sample = [
            "GM0148", "GM0160", "GM0166", "GM1773", "GM0175", "GM0177", "GM0180", "GM1708", "GM1896", "GM0193",
        ]
        for vertrouwelijk in [false, true] {
            let xml = try Self.text(try ReportRenderingTests.sampleReport(vertrouwelijk: vertrouwelijk))
            #expect(XMLContract.problems(in: xml, municipalities: sample) == [], "vertrouwelijk: \(vertrouwelijk)")
        }
    }

    @Test(
        "the structure check reports a broken copy: swapped or missing categories, a cell with both or neither attribute, missing names"
    )
    func contractCheckFails() throws {
        let open = try Self.text(Self.report())
        let closed = try Self.text(Self.report(disclosure: .vertrouwelijk))
        func swapFirst(_ a: String, _ b: String, in text: String) -> String {
            text.replacingFirst(a, with: "\u{1}").replacingFirst(b, with: a).replacingFirst("\u{1}", with: b)
        }
        let order = XMLContract.categories
        // The regio comes first; its aanvragen are Aastad's: MZ 1, MED 2 and DG 1 (hidden), the others 0.
        let cases: [(broken: String, problem: String)] = [
            (
                swapFirst(#"code="MZ""#, #"code="MED""#, in: open),
                "regio/aanvragen: categorie codes \(["MED", "MZ"] + order.dropFirst(2)) should be \(order) in that order"
            ),
            (
                open.replacingFirst(#"<categorie code="DG" onderdrukt="true"/>"#, with: ""),
                "regio/aanvragen: categorie codes \(Array(order.dropLast())) should be \(order) in that order"
            ),
            (
                open.replacingFirst(
                    #"<categorie code="MZ" onderdrukt="true"/>"#,
                    with: #"<categorie code="MZ" onderdrukt="true" aantal="1"/>"#),
                "regio/aanvragen/categorie[MZ]: both @aantal and @onderdrukt"
            ),
            (
                open.replacingFirst(#"<categorie code="MO" aantal="0"/>"#, with: #"<categorie code="MO"/>"#),
                "regio/aanvragen/categorie[MO]: neither @aantal nor @onderdrukt"
            ),
            (
                open.replacingFirst(
                    #"<categorie code="MZ" onderdrukt="true"/>"#, with: #"<categorie code="MZ" onderdrukt="ja"/>"#),
                #"regio/aanvragen/categorie[MZ]: @onderdrukt="ja" should be "true""#
            ),
            (
                closed.replacingFirst(
                    #"<categorie code="MZ" aantal="1"/>"#, with: #"<categorie code="MZ" onderdrukt="true"/>"#),
                "regio/aanvragen/categorie[MZ]: suppressed in vertrouwelijk output"
            ),
            (
                open.replacingFirst(
                    #"<categorie code="MO" aantal="0"/>"#, with: #"<categorie code="MO" aantal="0.0"/>"#),
                #"regio/aanvragen/categorie[MO]: @aantal="0.0" is not an integer"#
            ),
            (
                open.replacingFirst(#"<toewijzingspercentage waarde="15.00" signaal="binnen"/>"#, with: ""),
                "gemeente[GM0001]: expected one <toewijzingspercentage>, found 0"
            ),
            (
                open.replacingFirst(
                    #"<toewijzingspercentage waarde="15.00" signaal="binnen"/>"#,
                    with: #"<toewijzingspercentage waarde="15.00"/>"#),
                "gemeente[GM0001]/toewijzingspercentage: missing @signaal"
            ),
            (
                open.replacingFirst(#"waarde="15.00""#, with: #"waarde="15,00""#),
                #"gemeente[GM0001]/toewijzingspercentage: @waarde="15,00" is not a decimal with a point and 2 decimals"#
            ),
            (open.replacingFirst(#" huishoudens="6000""#, with: ""), "gemeente[GM0001]: missing @huishoudens"),
            (open.replacingFirst(#"noemer="alle""#, with: ""), "normen: missing @noemer"),
            (open.replacingFirst("<noodknop status=", with: "<noodknop stand="), "noodknop: missing @status"),
            (
                open.replacingFirst(#"status="gebruikt""#, with: #"status="gebruik""#),
                #"levering[urgentie/GM0001/2025-H2]: @status="gebruik" is not one of ["gebruikt", "vervangen"]"#
            ),
            (
                open.replacingFirst(#"sha256=""#, with: #"sha256="0"#),
                "levering[urgentie/GM0001/2025-H2]: @sha256 is not 64 lowercase hex digits"
            ),
            (
                open.replacingFirst(#" regels=""#, with: #" rijen=""#),
                "levering[urgentie/GM0001/2025-H2]: missing @regels"
            ),
            (
                open.replacingFirst(XMLContract.namespace, with: "urn:verdeelmonitor:monitor:2"),
                "root is <monitor> in urn:verdeelmonitor:monitor:2, expected <monitor> in urn:verdeelmonitor:monitor:1"
            ),
        ]
        #expect(XMLContract.problems(in: open) == [] && XMLContract.problems(in: closed) == [])
        for (broken, problem) in cases {
            #expect(broken != open && broken != closed, "the mutation for '\(problem)' changed nothing")
            #expect(XMLContract.problems(in: broken) == [problem])
        }
        // The municipalities in another order than the configuration's.
        #expect(
            XMLContract.problems(in: open, municipalities: ["GM0002", "GM0001", "GM0003"])
                == [#"monitor: gemeente codes ["GM0001", "GM0002", "GM0003"] should be ["GM0002", "GM0001", "GM0003"]"#]
        )
        #expect(XMLContract.problems(in: "<monitor") != [])
    }
}

extension String {
    /// This text with the first occurrence of `target` replaced; unchanged when there is none.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
