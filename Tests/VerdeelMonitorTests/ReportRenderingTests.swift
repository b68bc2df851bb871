import Foundation
import Testing

@testable import VerdeelMonitor

/// The whole HTML report, rendered from the shipped templates.
@Suite("HTML report")
struct ReportRenderingTests {
    typealias F = ReportFixture.Figures

    /// The report of the SampleData folder (synthetic West-Overijssel), as `verdeelmonitor run` makes it.
    static func sampleReport(vertrouwelijk: Bool = false) throws -> MonitorReport {
        let intake = try Pipeline.intake(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, generated: TestTime.generated)
        return Pipeline.report(
            intake, period: intake.latest,
            disclosure: vertrouwelijk ? .vertrouwelijk : .openbaar(threshold: intake.config.suppressBelow),
            generated: TestTime.generated)
    }

    @Test("the sample report has its structure, key figures, noodknop in words and the delivery account")
    func sampleReport() async throws {
        let html = try await ReportFixture.render(try Self.sampleReport())
        for expected in [
            "<html lang=\"nl\">",
            "<title>Monitor wettelijk urgenten West-Overijssel, eerste halfjaar 2026 (Definitief)</title>",
            "Noodknop: agenderen voor het bestuurlijk overleg",
            "Zwolle zit twee halfjaren op rij boven de signaalwaarde van 20%",
            "Kampen zit twee halfjaren op rij boven de signaalwaarde van 20%",
            "Het aantal wachtende urgenten in de regio steeg twee halfjaren op rij",
            "In het eerste halfjaar 2026 ging 19,9% van de verhuurde sociale huurwoningen in West-Overijssel",
            "Toewijzingen per gemeente", "Verdeling naar rato van huishoudens", "Passend gehuisvest en knelpunten",
            "Wachtenden", "Categorieën", "Voorraad kleine betaalbare woningen", "Ontwikkeling over de halfjaren",
            "Aanleveringen en datakwaliteit", "Begrippen en werkwijze", "Colofon",
            "<td>1.145</td>", "boven de signaalwaarde", "onder het minimum", "&lt;5",
            "urgentie_GM0166_2026-H1.csv", "onbekende urgentiecode", "notities_regio.csv",
            "@bottom-right { content: \"pagina \" counter(page)", "DEFINITIEF", "1 juli 2026",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
        #expect(html.components(separatedBy: "<h1").count == 2, "exactly one h1")
        #expect(!html.contains("{{") && !html.contains("}}"), "no unrendered tag")
        #expect(
            !html.contains("<script") && !html.contains("http://") && !html.contains("https://"),
            "self-contained, no script")
    }

    @Test("--vertrouwelijk marks every printed page and shows every number")
    func vertrouwelijk() async throws {
        let html = try await ReportFixture.render(try Self.sampleReport(vertrouwelijk: true))
        #expect(html.contains("@top-right { content: \"DEFINITIEF \\B7  VERTROUWELIJK\""))
        #expect(html.contains("<strong>VERTROUWELIJK.</strong>"))
        #expect(!html.contains("class=\"onderdrukt\">&lt;5"))
    }

    @Test("a missing delivery makes the report a concept and names what is missing")
    func concept() async throws {
        let html = try await ReportFixture.render(
            ReportFixture.report(
                [F(gehuisvest: 16, mutaties: 100)], config: ReportFixture.config(names: ["A"], households: [1]),
                concept: true))
        #expect(html.contains("<span class=\"status\">CONCEPT</span>"))
        #expect(html.contains("<li>verhuringen van Woonstichting A (corp-a)</li>"))
        #expect(html.contains("@top-right { content: \"CONCEPT\""))
    }

    @Test("public output hides small category cells with the configured threshold")
    func suppression() async throws {
        var config = ReportFixture.config(names: ["A"], households: [1])
        config.suppressBelow = 10
        let html = try await ReportFixture.render(
            ReportFixture.report([F(gehuisvest: 7, mutaties: 50)], config: config))
        // MED = 7 is below 10; as the only hidden cell it could be recomputed from the total, so the first zero
        // cell (MZ) is hidden too. The total stays visible.
        #expect(
            html.contains(
                "<tr><th scope=\"row\">A</th><td class=\"onderdrukt\">&lt;10</td><td class=\"onderdrukt\">&lt;10</td><td>0</td>"
            ))
        #expect(
            !html.contains("<th scope=\"row\">A</th><td>0</td><td>7</td>"),
            "the MED cell of 7 is not shown in a category table")
    }

    @Test("hostile municipality names and redenen appear as text, in tables, charts and print margins")
    func escaping() async throws {
        let hostile = "<script>alert('x')</script> & \"Co\""
        var passend = Passend()
        passend.elders = 6
        passend.knelpunten = ["<img src=x onerror=alert(1)> \"te\" & 'duur'": 6]
        var config = ReportFixture.config(names: [hostile, "B"], households: [100, 100])
        config.naam = "Regio </style><script>x</script>"
        let html = try await ReportFixture.render(
            ReportFixture.report(
                [F(gehuisvest: 16, mutaties: 100, passend: passend), F(gehuisvest: 18, mutaties: 100)], config: config))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("</style><"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &quot;te&quot; &amp; &#39;duur&#39;"))
        #expect(html.components(separatedBy: "</style>").count == 2, "the region name cannot close the style element")
    }

    @Test("a period without mutaties or housed urgents renders clear 'geen gegevens'")
    func emptyPeriod() async throws {
        let html = try await ReportFixture.render(
            ReportFixture.report([
                F(gehuisvest: 0, mutaties: 0), F(gehuisvest: 0, mutaties: 0), F(gehuisvest: 0, mutaties: 0),
            ]))
        #expect(html.contains("Geen gegevens voor deze grafiek."))
        #expect(html.contains(">geen gegevens</text>"))
        #expect(html.contains("Geen gegevens: voor deze periode is geen voorraadlevering ontvangen."))
        #expect(html.contains("Er zijn geen urgenten gehuisvest, dus de verdeling is niet te beoordelen."))
    }

    @Test("a custom template folder overrides one partial and the rest still renders")
    func override() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huisstijl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            "<section id=\"kernboodschap\"><h2>Kort gezegd</h2>{{#kernboodschap}}<p>{{.}}</p>{{/kernboodschap}}</section>\n"
            .write(
                to: folder.appendingPathComponent("partials/kernboodschap.mustache"), atomically: true, encoding: .utf8)
        let html = try await ReportFixture.render(
            ReportFixture.report([
                F(gehuisvest: 16, mutaties: 100), F(gehuisvest: 18, mutaties: 100), F(gehuisvest: 17, mutaties: 100),
            ]), overrides: folder.path)
        #expect(html.contains("<h2>Kort gezegd</h2><p>In het eerste halfjaar 2026 ging 17,0%"))
        #expect(!html.contains("Kerncijfers van de regio"))
        #expect(
            html.contains("Toewijzingen per gemeente") && html.contains("Colofon")
                && html.contains("Noodknop: geen aanleiding"))
    }

    @Test("the house style from the configuration: heading text, a safe accent colour and the intro")
    func huisstijl() {
        let report = ReportFixture.report([
            F(gehuisvest: 16, mutaties: 100), F(gehuisvest: 18, mutaties: 100), F(gehuisvest: 17, mutaties: 100),
        ])
        func styled(_ stijl: Huisstijl) -> HTMLView {
            var styled = report
            styled.config.huisstijl = stijl
            return HTMLView(styled)
        }
        let view = styled(Huisstijl(kop: "Regio Zwolle · Wonen", kleur: "#FD0", intro: "Onze intro."))
        #expect(view.huisstijl.kop == "Regio Zwolle · Wonen" && view.huisstijl.intro == "Onze intro.")
        #expect(
            view.huisstijl.kleur == "#ffdd00" && view.huisstijl.kleurTekst == "#000000", "dark text on a light accent")
        let unsafe = styled(Huisstijl(kleur: "red;}body{display:none"))
        #expect(unsafe.huisstijl.kleur == Huisstijl.standaardKleur && unsafe.huisstijl.kleurTekst == "#ffffff")
        #expect(HTMLView(report).huisstijl.kop == "Regio Testregio · verdeling wettelijk urgenten")
    }

    @Test("regio.toml's [huisstijl] is read, and a colour that is not #RGB or #RRGGBB is a configuration error")
    func huisstijlFromConfig() throws {
        let base = RegioTOML()
        let config = try RegionConfig.parse(
            base.with("huisstijl", "kop = \"Wonen in X\"", "kleur = \"#00689e\"", "intro = \"Hallo.\"").text)
        #expect(config.huisstijl == Huisstijl(kop: "Wonen in X", kleur: "#00689e", intro: "Hallo."))
        #expect(try RegionConfig.parse(base.text).huisstijl == Huisstijl())
        #expect(throws: MonitorError.self) { try RegionConfig.parse(base.with("huisstijl", "kleur = \"rood\"").text) }
        #expect(throws: MonitorError.self) { try RegionConfig.parse(base.with("huisstijl", "logo = \"x.png\"").text) }
    }
}

/// Print details found by reading the printed SampleData report.
struct ReportPrintTests {
    @Test("the region's total row is printed once, after the municipalities, not repeated at every page break")
    func footerNotRepeated() throws {
        let css = try String(contentsOfFile: Paths.templates + "/partials/stijl.mustache", encoding: .utf8)
        #expect(!css.contains("table-footer-group"))
        #expect(css.contains("tfoot { display: table-row-group; }"))
    }

    @Test("periods in charts and the noodknop read as in the contract (2025-H2), not as 2025-2")
    func periodNotation() async throws {
        // Built from its year and half, not parsed from the text it should print.
        #expect(DutchText.periodAxis(try #require(Period(year: 2025, half: 2))) == "2025-H2")
        // A at 25% in both half-years: above the signaalwaarde twice in a row, so the noodknop names both.
        let rows = [
            ReportFixture.Figures(gehuisvest: 25, mutaties: 100), ReportFixture.Figures(gehuisvest: 18, mutaties: 100),
            ReportFixture.Figures(gehuisvest: 17, mutaties: 100),
        ]
        let html = try await ReportFixture.render(ReportFixture.report(rows, previous: rows))
        #expect(html.contains("(2025-H2: 25,0%; 2026-H1: 25,0%)"))
        // The percentage per municipality over the half-years: one column per period, in the contract's notation.
        #expect(html.contains(#"<th scope="col">2025-H2</th><th scope="col">2026-H1</th>"#))
        #expect(!html.contains("2025-2") && !html.contains("2026-1"))
    }
}

/// The delivery section stays readable when a file has many bad rows.
struct ReportRejectListTests {
    @Test("at most ten rejects per file are listed, then one line with how many more")
    func limitedPerFile() {
        let items =
            (1...13).map { (location: SourceLocation(file: "a.csv", line: $0 + 1), text: "fout") }
            + [(location: SourceLocation(file: "b.csv", line: 5), text: "anders")]
        let rows = AanleveringenView.limited(items, noun: "afgewezen regels")
        #expect(rows.count == 12)
        #expect(rows.prefix(10).map(\.regel) == (2...11).map(String.init))
        #expect(rows[10].bestand == "a.csv" && rows[10].reden.hasPrefix("en nog 3 afgewezen regels in dit bestand"))
        #expect(rows[11].bestand == "b.csv" && rows[11].regel == "5")
    }
}
