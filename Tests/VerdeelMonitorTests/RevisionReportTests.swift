import Foundation
import Testing

@testable import VerdeelMonitor

/// The section "Herzieningen" of the HTML report and the kernboodschap's sentence on it (SPEC.md section 11),
/// over the two-run scenario of `RevisionScenario`.
@Suite(.serialized)
struct RevisionReportTests {
    /// The section "Herzieningen" of a published report: one entry per basis with its rows and causes.
    struct Section {
        struct Basis {
            var heading: String
            var summary: String
            /// Per unit in table order: its name, the count in the row and the `indicator: old → new` items.
            var rows: [(naam: String, aantal: String, items: [String])]
            var causes: [(bestand: String, wijziging: String)]
        }

        var html: String
        var bases: [Basis]

        /// Nil when the report has no such section.
        init?(report: String) {
            guard let start = report.range(of: "<section id=\"herzieningen\""),
                let end = report.range(of: "</section>", range: start.upperBound..<report.endIndex)
            else { return nil }
            html = String(report[start.lowerBound..<end.upperBound])
            bases = html.components(separatedBy: "<h3>").dropFirst().map { part in
                Basis(
                    heading: Self.matches(#"^(.*?)</h3>"#, in: part).first?.first ?? "",
                    summary: Self.matches(#"</h3>\n<p>(.*?)</p>"#, in: part).first?.first ?? "",
                    rows: Self.matches(
                        #"<tr><th scope="row">(.*?)</th><td>(.*?)</td><td class="links"><ul>(.*?)</ul></td></tr>"#,
                        in: part
                    ).map { ($0[0], $0[1], Self.matches("<li>(.*?)</li>", in: $0[2]).map { $0[0] }) },
                    causes: Self.matches(
                        #"<tr><th scope="row" class="mono">(.*?)</th><td class="links">(.*?)</td></tr>"#, in: part
                    ).map { ($0[0], $0[1]) })
            }
        }

        /// The capture groups of every match of `pattern` in `text`.
        static func matches(_ pattern: String, in text: String) -> [[String]] {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            let range = NSRange(text.startIndex..., in: text)
            return regex.matches(in: text, range: range).map { match in
                (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
            }
        }
    }

    static func html(_ stem: String, in folder: String) throws -> String {
        try String(contentsOfFile: folder + "/" + stem + ".html", encoding: .utf8)
    }

    @Test(
        "after corrections the 2026-H1 report shows per gemeente, regio first, the 2025-H2 figures old -> new and the deliveries that changed, in words",
        arguments: [false, true])
    func twoRuns(vertrouwelijk: Bool) async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2", vertrouwelijk: vertrouwelijk)
        try scenario.correct()
        try await scenario.run(into: output, vertrouwelijk: vertrouwelijk)
        let report = try Self.html(RevisionTests.h1, in: output)
        let section = try #require(Section(report: report))
        #expect(section.bases.count == 1)
        let basis = try #require(section.bases.first)
        #expect(basis.heading == "Publicatie van het tweede halfjaar 2025")
        // The mutaties, by hand from SampleData/README.md's 2025-H2 column (which counts woonkracht's letting
        // WK25-00710, dated 2025-12-31 but delivered with 2026-H1: absent in the first run) and the correction:
        // of kopwonen's last twenty lettings 8 lay in Steenwijkerland, 6 in Zwolle, 4 in Staphorst and 2 in
        // Kampen, and ten other Zwolle lettings moved to Staphorst.
        let mutaties = [
            "Regio West-Overijssel": "1.120 → 1.101", "Kampen": "126 → 124", "Staphorst": "38 → 44",
            "Steenwijkerland": "107 → 99", "Zwolle": "374 → 359",
        ]
        for (naam, change) in mutaties {
            let row = try #require(basis.rows.first { $0.naam == naam }, "a row for \(naam)")
            #expect(row.items.contains("verhuringen (mutaties): \(change)"), "\(naam): \(row.items)")
            #expect(row.aantal == String(row.items.count))
        }
        // One row per unit, the regio first and the gemeenten in config order; no unit without a change.
        let order = [
            "Regio West-Overijssel", "Dalfsen", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte",
            "Staphorst", "Steenwijkerland", "Zwartewaterland", "Zwolle",
        ]
        let names = basis.rows.map(\.naam)
        #expect(names == order.filter(names.contains))
        #expect(basis.rows.allSatisfy { !$0.items.isEmpty })
        // The rows hold exactly the revisions the two reports' own XML differ by (read independently).
        let now = Paths.temporaryFolder()
        try await scenario.run(into: now, period: "2025-H2", vertrouwelijk: vertrouwelijk)
        let expected = try RevisionXML(path: now + "/\(RevisionTests.h2).xml").differences(
            since: RevisionXML(path: output + "/\(RevisionTests.h2).xml"))
        #expect(basis.rows.reduce(0) { $0 + $1.items.count } == expected.count)
        #expect(basis.summary.hasSuffix("\(expected.count) cijfers zijn herzien."))
        #expect(basis.summary.hasPrefix(RevisionTests.h2 + ".xml, gemaakt op 1 juli 2026."))
        // A suppressed cell shows as the report shows one, a small number never.
        let suppressed = expected.reduce(0) { $0 + [$1.oud, $1.nieuw].filter { $0 == "onderdrukt" }.count }
        #expect(section.html.components(separatedBy: "&lt;5").count - 1 == suppressed + (vertrouwelijk ? 0 : 1))
        if !vertrouwelijk {
            for item in basis.rows.flatMap(\.items) where item.hasPrefix("gehuisvest, ") {
                for value in item.components(separatedBy: ": ").last!.components(separatedBy: " → ") {
                    if let number = Int(value) { #expect(number == 0 || number >= 5, "\(item)") }
                }
            }
        }
        // The causes, in words.
        #expect(basis.causes.contains { $0 == (RevisionScenario.correction, "nieuw aangeleverd") })
        #expect(basis.causes.contains { $0 == (RevisionScenario.lateRegister, "nieuw aangeleverd") })
        #expect(basis.causes.contains { $0 == (RevisionScenario.changedInPlace, "gewijzigd (andere inhoud)") })
        #expect(basis.causes.contains { $0 == (RevisionScenario.withdrawn, "niet meer aangeleverd") })
        // The kernboodschap counts them, and the table of contents leads to the section.
        #expect(expected.count > 1 && expected.count < 1000)
        #expect(
            report.contains(
                "<li>Sinds de vorige publicatie zijn \(expected.count) cijfers van eerdere perioden herzien; zie Herzieningen.</li>"
            ))
        #expect(report.contains("<li><a href=\"#herzieningen\">Herzieningen</a></li>"))
        // It comes after the vooruitblik and before the aanleveringen.
        let at = { (id: String) in report.range(of: "<section id=\"\(id)\"")?.lowerBound }
        #expect(try #require(at("vooruitblik")) < #require(at("herzieningen")))
        #expect(try #require(at("herzieningen")) < #require(at("aanleveringen")))
    }

    @Test("a re-run with nothing changed says geen herzieningen, names no delivery, and the kernboodschap is silent")
    func rerun() async throws {
        let scenario = try RevisionScenario()
        try scenario.correct()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output)
        try await scenario.run(into: output)
        let report = try Self.html(RevisionTests.h1, in: output)
        let section = try #require(Section(report: report))
        let basis = try #require(section.bases.first)
        #expect(section.bases.count == 1)
        #expect(basis.heading == "Publicatie van het eerste halfjaar 2026")
        #expect(basis.summary.hasSuffix("Geen herzieningen: alle cijfers zijn gelijk aan die in deze publicatie."))
        #expect(basis.rows.isEmpty && basis.causes.isEmpty)
        #expect(!section.html.contains("<table>"))
        #expect(section.html.contains("<p>Sinds deze publicatie is geen levering nieuw, gewijzigd of vervallen.</p>"))
        #expect(!report.contains("Sinds de vorige publicatie"))
    }

    @Test("a first publication has no section Herzieningen and no entry for it in the table of contents")
    func noBasis() async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2")
        let report = try Self.html(RevisionTests.h2, in: output)
        #expect(Section(report: report) == nil)
        #expect(!report.contains("herzieningen"))
        #expect(!report.contains("Herzieningen"))
    }

    /// Revisions as a run could find them, by hand: a basis with changes of every kind of value and causes, and
    /// one without a manifest beside it.
    static let handMade = Herzieningen(bases: [
        .init(
            periode: Period(year: 2025, half: 1)!, bestand: "monitor-west-overijssel-2025-H1.xml",
            sha256: String(repeating: "a", count: 64), gegenereerd: "2025-07-01T08:30:00Z",
            herzieningen: [
                .init(eenheid: "west-overijssel", indicator: "index", oud: "6.82", nieuw: "7.10"),
                .init(eenheid: "GM0193", indicator: "aanvragen", oud: "1234", nieuw: "1240"),
                .init(eenheid: "GM0193", indicator: "signaal", oud: "binnen", nieuw: "boven-signaalwaarde"),
                .init(eenheid: "GM0193", indicator: "index", oud: "1.05", nieuw: "1.10"),
                .init(eenheid: "GM0193", indicator: "gehuisvest/MZ", oud: "onderdrukt", nieuw: "7"),
                .init(eenheid: "GM0180", indicator: "toewijzingspercentage", oud: "10.53", nieuw: ""),
            ],
            oorzaken: [.init(bestand: "verhuringen_kopwonen_2025-H1_v2.csv", wijziging: .nieuw)]),
        .init(
            periode: Period(year: 2025, half: 2)!, bestand: "monitor-west-overijssel-2025-H2.xml",
            sha256: String(repeating: "b", count: 64), gegenereerd: "2026-01-15T00:00:00Z", herzieningen: [],
            oorzaken: nil),
    ])

    @Test("the view writes each kind of value as the report does and groups the revisions per unit in their order")
    func values() throws {
        var report = try ReportRenderingTests.sampleReport()
        report.herzieningen = Self.handMade
        let view = try #require(HerzieningenView(report: report))
        let first = view.bases[0]
        #expect(first.periode == "eerste halfjaar 2025")
        #expect(first.gegenereerd == "1 juli 2025")
        #expect(first.samenvatting == "6 cijfers zijn herzien.")
        #expect(first.eenheden.map(\.naam) == ["Regio West-Overijssel", "Zwolle", "Staphorst"])
        #expect(first.eenheden.map(\.aantal) == ["1", "4", "1"])
        let items = first.eenheden.flatMap(\.wijzigingen).map { "\($0.indicator): \($0.oud) -> \($0.nieuw)" }
        #expect(
            items == [
                "afwijking van verdeling naar huishoudens: 6,82% -> 7,10%",
                "aanvragen: 1.234 -> 1.240",
                "signaal: binnen de normen -> boven de signaalwaarde",
                "index verdeling naar huishoudens: 1,05 -> 1,10",
                "gehuisvest, mantelzorgers en mantelzorgontvangers: <5 -> 7",
                "toewijzingspercentage: 10,53% -> –",
            ])
        #expect(first.oorzaken.map(\.wijziging) == ["nieuw aangeleverd"])
        #expect(first.heeftOorzaken && !first.zonderManifest)
        let second = view.bases[1]
        #expect(second.geenHerzieningen && second.eenheden.isEmpty)
        #expect(second.zonderManifest && !second.heeftOorzaken)
        // Only the earlier periods' revisions count for the kernboodschap, one figure in the singular.
        #expect(Self.handMade.earlierCount(before: Period(year: 2025, half: 2)!) == 6)
        #expect(
            Kernboodschap.revisions(1)
                == "Sinds de vorige publicatie is 1 cijfer van een eerdere periode herzien; zie Herzieningen.")
        #expect(Kernboodschap.revisions(0) == nil)
        report.herzieningen = nil
        #expect(HerzieningenView(report: report) == nil)
    }
}
