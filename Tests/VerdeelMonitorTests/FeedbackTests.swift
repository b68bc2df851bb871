import Foundation
import Testing

@testable import VerdeelMonitor

/// `validate --terugkoppeling DIR` (SPEC.md section 10, "Feedback for senders"): per sender its deliveries,
/// rejects, notices, unknown labels and missing deliveries, its own rows only, written atomically, never into a
/// run's output folder.
@Suite struct FeedbackTests {
    /// Two corporations (corp-a reads with profile "systeem"), Enschede, Hengelo (which took over GM0999) and
    /// Tubbergen.
    static let config = """
        code = "testregio"
        naam = "Testregio"

        [[gemeente]]
        code = "GM0153"
        naam = "Enschede"
        huishoudens = 80000

        [[gemeente]]
        code = "GM0164"
        naam = "Hengelo"
        huishoudens = 40000
        voorgangers = ["GM0999"]

        [[gemeente]]
        code = "GM0183"
        naam = "Tubbergen"
        huishoudens = 8000

        [[corporatie]]
        code = "corp-a"
        naam = "Woonstichting A"
        profiel = "systeem"

        [[corporatie]]
        code = "corp-b"
        naam = "Woonstichting B"

        [[profiel]]
        naam = "systeem"
        [profiel.waarden.urgentie]
        "Mantelzorg" = "MZ"

        """

    /// corp-a: 5 rows = 1 used + 3 rejected + 1 buiten regio. corp-b: 4 rows = 1 used + 3 rejected, an ignored
    /// column, and a delivery for 2027-H1 (in the future on 1 July 2026). Enschede: 4 rows = 1 used + 3 rejected.
    /// GM0999 (Hengelo's predecessor): 1 row rejected. Tubbergen delivers nothing.
    static let files: [String: InputBytes] = [
        "verhuringen_corp-a_2026-H1.csv": """
        verhuring_id;datum;gemeente;urgentie
        A1;2026-01-10;GM0153;Mantelzorg
        A2;2026-02-30;GM0153;
        A3;2026-03-01;Enschede;Uitstroom MO
        A4;2026-03-02;GM0363;
        A5;2026-03-03;GM0164;Uitstroom MO

        """,
        "verhuringen_corp-b_2026-H1.csv": """
        verhuring_id;datum;gemeente;urgentie;opmerking
        B1;2026-01-15;GM0183;MED;
        B2;2026-01-16;Almelo;;
        B3;2026-01-17;GM0153;XYZ;
        B4;2026-01-18;GM0153;#N/A;

        """,
        "verhuringen_corp-b_2027-H1.csv": "verhuring_id;datum;gemeente\n",
        "urgentie_GM0153_2026-H1.csv": """
        urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit
        U1;2026-01-05;MED;toegekend;2026-01-20
        U2;2026-01-06;MED;misschien;
        U3;;MO;;
        U1;2026-01-07;MED;;

        """,
        "urgentie_GM0999_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nP1;2026-02-01;ZZ\n",
    ]

    /// Runs the check with feedback into a fresh folder and returns the written files' names and texts.
    static func feedback(
        _ files: [String: InputBytes] = files, period: Period? = nil
    ) throws -> (names: [String], text: [String: String], check: InputCheck) {
        try TemporaryInput.with(config: config, files: files) { input in
            let folder = input.root.appendingPathComponent("terugkoppeling").path
            let check = try MonitorJob.check(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated, period: period,
                terugkoppeling: folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            var text: [String: String] = [:]
            for name in names { text[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8) }
            return (names, text, check)
        }
    }

    @Test("every sender with a delivery or a missing one gets an HTML and a text file, and nothing else is written")
    func fileNames() throws {
        let result = try Self.feedback()
        let stems = ["GM0153", "GM0164", "GM0183", "corp-a", "corp-b"].map { "terugkoppeling-\($0)-2026-H1" }
        #expect(result.names == stems.flatMap { [$0 + ".html", $0 + ".txt"] })
        #expect(result.check.written.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted() == result.names)
        #expect(result.check.exitStatus == .publishedWithProblems)
    }

    @Test("a file holds its own sender's rows and files only, a predecessor's delivery under its member")
    func ownRowsOnly() throws {
        let text = try Self.feedback().text
        let corpA = try #require(text["terugkoppeling-corp-a-2026-H1.txt"])
        let corpB = try #require(text["terugkoppeling-corp-b-2026-H1.html"])
        let enschede = try #require(text["terugkoppeling-GM0153-2026-H1.txt"])
        let hengelo = try #require(text["terugkoppeling-GM0164-2026-H1.txt"])
        #expect(corpA.contains("\"Uitstroom MO\"") && corpA.contains("verhuringen_corp-a_2026-H1.csv"))
        for other in ["Almelo", "XYZ", "misschien", "verhuringen_corp-b", "urgentie_GM", "ZZ"] {
            #expect(!corpA.contains(other), "corp-a's feedback holds \(other)")
        }
        #expect(corpB.contains("&quot;Almelo&quot;") && !corpB.contains("Uitstroom") && !corpB.contains("corp-a"))
        #expect(hengelo.contains("urgentie_GM0999_2026-H1.csv") && hengelo.contains("Uw waarde: \"ZZ\""))
        #expect(!enschede.contains("GM0999") && !enschede.contains("ZZ") && enschede.contains("\"misschien\""))
        // Hengelo's only register row is rejected, so its register counts as missing: the correction is the
        // predecessor's next version.
        #expect(hengelo.contains("- urgentie voor 2026-H1: lever het bestand urgentie_GM0999_2026-H1_v2.csv."))
        #expect(!text.keys.contains { $0.contains("GM0999") })
    }

    @Test("a delivery's row account and every reject with file, regel, kolom, reason, the sender's value and advice")
    func rejectLines() throws {
        let text = try Self.feedback().text
        let corpA = try #require(text["terugkoppeling-corp-a-2026-H1.txt"])
        #expect(
            corpA.contains(
                """
                - Bestand: verhuringen_corp-a_2026-H1.csv
                  Soort: verhuringen
                  Periode: 2026-H1
                  Status: gebruikt
                  Regels: 5
                  Gebruikt: 1
                  Afgewezen: 3
                  Buiten de regio: 1
                  Vervangen: 0
                """))
        #expect(
            corpA.contains(
                """
                verhuringen_corp-a_2026-H1.csv
                ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

                - Regel: 3
                  Kolom: datum
                  Reden: 'datum' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ) (profiel 'systeem')
                  Uw waarde: "2026-02-30"
                  Wat te doen: Schrijf de datum als 2026-03-31 (jaar-maand-dag) of 31-03-2026 (dag-maand-jaar), \
                of als echte datum in Excel.
                - Regel: 4
                  Kolom: urgentie
                  Reden: onbekende urgentiecode in 'urgentie' (profiel 'systeem')
                  Uw waarde: "Uitstroom MO"
                """))
        let enschede = try #require(text["terugkoppeling-GM0153-2026-H1.html"])
        #expect(
            enschede.contains(
                "<tr><td>4</td><td>datum_aanvraag</td><td>verplichte waarde &#39;datum_aanvraag&#39; ontbreekt</td>"
                    + "<td>(leeg)</td><td>Vul deze kolom in; zonder deze waarde telt de regel niet mee.</td></tr>"))
        #expect(
            try #require(text["terugkoppeling-GM0153-2026-H1.txt"]).contains(
                "- Regel: 5\n  Kolom: urgentienummer\n  Reden: dubbele urgentienummer (eerder op regel 2)\n  Wat te doen: "
            ))
        let corpB = try #require(text["terugkoppeling-corp-b-2026-H1.txt"])
        #expect(corpB.contains("  Uw waarde: \"#N/A\"\n  Wat te doen: Een formule in uw spreadsheet gaf hier een fout"))
    }

    @Test("an unknown label comes with the [[profiel]] line that would map it, in the sender's profile or a new one")
    func unknownLabels() throws {
        let text = try Self.feedback().text
        let corpA = try #require(text["terugkoppeling-corp-a-2026-H1.txt"])
        #expect(corpA.contains("- Kolom: urgentie\n  Uw omschrijving: \"Uitstroom MO\"\n  Regels: 2\n"))
        #expect(
            corpA.contains("in profiel 'systeem':\n\n    [profiel.waarden.urgentie]\n    \"Uitstroom MO\" = \"MO\"\n"))
        let corpB = try #require(text["terugkoppeling-corp-b-2026-H1.txt"])
        #expect(corpB.contains("in een nieuw [[profiel]] voor corp-b"))
        #expect(corpB.contains("    [profiel.waarden.urgentie]\n    \"XYZ\" = \"?\"   # vul de juiste code in\n"))
        // An error value is no label: it gets the spreadsheet advice, never a profile line.
        #expect(!corpB.contains("\"#N/A\" ="))
        let enschede = try #require(text["terugkoppeling-GM0153-2026-H1.txt"])
        #expect(enschede.contains("    [profiel.waarden.besluit]\n    \"misschien\" = \"?\""))
    }

    @Test("the notes of a sender's files: an ignored column, a delivery for a period that has not started")
    func notices() throws {
        let corpB = try #require(try Self.feedback().text["terugkoppeling-corp-b-2026-H1.txt"])
        #expect(
            corpB.contains(
                "- Bestand: verhuringen_corp-b_2026-H1.csv\n  Regel: 1\n  Opmerking: kolommen genegeerd: opmerking"))
        #expect(
            corpB.contains(
                "- Bestand: verhuringen_corp-b_2027-H1.csv\n  Opmerking: levering voor periode 2027-H1, die ligt in de toekomst"
            ))
    }

    @Test("a missing expected delivery is named with the file name to deliver")
    func missing() throws {
        let text = try Self.feedback().text
        let tubbergen = try #require(text["terugkoppeling-GM0183-2026-H1.txt"])
        #expect(tubbergen.hasPrefix("Terugkoppeling op uw aanlevering voor 2026-H1: Tubbergen (GM0183)\n"))
        #expect(
            tubbergen.contains("- Wij hebben voor 2026-H1 geen bestand van u ontvangen.\n- Er ontbreekt een levering."))
        #expect(
            tubbergen.contains("- urgentie voor 2026-H1: lever het bestand urgentie_GM0183_2026-H1.csv (of .xlsx)."))
        let corpA = try #require(text["terugkoppeling-corp-a-2026-H1.txt"])
        #expect(!corpA.contains("Wat ontbreekt"))
        #expect(corpA.contains("verhuringen_corp-a_2026-H1_v2.csv. De nieuwe versie vervangt de vorige helemaal."))
    }

    @Test("the HTML page is self-contained and accessible: lang nl, one h1, captions, column headers, no script")
    func htmlPage() throws {
        let html = try #require(try Self.feedback().text["terugkoppeling-corp-a-2026-H1.html"])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<h2>Afgewezen regels</h2>") && html.contains("<th scope=\"col\">Kolom</th>"))
        #expect(
            html.contains(
                "<div class=\"tabel\" role=\"region\" aria-label=\"Afgewezen in verhuringen_corp-a_2026-H1.csv\" "
                    + "tabindex=\"0\">\n<table>\n<caption>Afgewezen in verhuringen_corp-a_2026-H1.csv</caption>"))
        #expect(html.contains("@media print"))
        for external in ["<script", "src=", "href=", "@import", "url("] { #expect(!html.contains(external)) }
    }

    @Test("a run's output folder is refused with a usage error before anything is written")
    func outputFolderRefused() throws {
        for marker in [RunLock.fileName, "monitor-testregio-2026-H1.manifest.json"] {
            try TemporaryInput.with(config: Self.config, files: Self.files) { input in
                let folder = input.root.appendingPathComponent("uit").path
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Data().write(to: URL(fileURLWithPath: folder + "/" + marker))
                let error = #expect(throws: MonitorError.self) {
                    try MonitorJob.check(
                        configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated,
                        period: nil, terugkoppeling: folder)
                }
                #expect(error.map { ExitStatus($0.kind) } == .usage)
                #expect(error?.message.contains("is een uitvoermap van de monitor") == true)
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [marker])
            }
        }
    }

    @Test("a feedback folder inside the input folder is refused")
    func inputFolderRefused() throws {
        try TemporaryInput.with(config: Self.config, files: Self.files) { input in
            #expect(throws: MonitorError.self) {
                try MonitorJob.check(
                    configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated,
                    period: nil,
                    terugkoppeling: input.inputPath + "/terug")
            }
            #expect(!FileManager.default.fileExists(atPath: input.inputPath + "/terug"))
        }
    }

    @Test("files are replaced whole, and no temporary file is left, not even one a stopped run left")
    func atomic() throws {
        try TemporaryInput.with(config: Self.config, files: Self.files) { input in
            let folder = input.root.appendingPathComponent("terug").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try "oud".write(toFile: folder + "/terugkoppeling-corp-a-2026-H1.txt", atomically: false, encoding: .utf8)
            // What a validate killed mid-write left: its process (no pid is that high) no longer runs.
            try "half".write(
                toFile: folder + "/.terugkoppeling-corp-a-2026-H1.txt.tmp-999999999", atomically: false, encoding: .utf8
            )
            _ = try MonitorJob.check(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated, period: nil,
                terugkoppeling: folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(names.count == 10 && !names.contains { $0.hasPrefix(".") || $0.contains("tmp") })
            let text = try String(contentsOfFile: folder + "/terugkoppeling-corp-a-2026-H1.txt", encoding: .utf8)
            #expect(text.hasPrefix("Terugkoppeling op uw aanlevering voor 2026-H1: Woonstichting A (corp-a)\n"))
        }
    }

    @Test("--periode chooses the period of the feedback; a sender in order is told so")
    func chosenPeriod() throws {
        var files = Self.files
        files["verhuringen_corp-a_2025-H2.csv"] = "verhuring_id;datum;gemeente\nC1;2025-08-01;GM0153\n"
        let result = try Self.feedback(files, period: Period("2025-H2"))
        let corpA = try #require(result.text["terugkoppeling-corp-a-2025-H2.txt"])
        #expect(corpA.contains("- Wij hebben een bestand van u gelezen.\n- Geen enkele regel is afgewezen.\n"))
        #expect(!corpA.contains("2026-H1") && !corpA.contains("Afgewezen regels"))
        // corp-b only delivered for 2026-H1 and 2027-H1: missing for 2025-H2, told about its future delivery.
        let corpB = try #require(result.text["terugkoppeling-corp-b-2025-H2.txt"])
        #expect(corpB.contains("verhuringen_corp-b_2027-H1.csv") && !corpB.contains("verhuringen_corp-b_2026-H1.csv"))
    }

    @Test("the profile line of a label: the one contract code among its words, quotes escaped for TOML")
    func profileLine() {
        func label(_ text: String, _ column: String = "urgentie") -> UnknownLabel? {
            UnknownLabel.labels(in: [Reject(SourceLocation(file: "f.csv", line: 2), "r", value: text, column: column)])
                .first
        }
        #expect(label("Uitstroom MO")?.profileLine == #""Uitstroom MO" = "MO""#)
        #expect(label("Uitstroom GGZ of MO")?.profileLine == #""Uitstroom GGZ of MO" = "?"   # vul de juiste code in"#)
        #expect(label(#"Urgent "DG""#)?.profileLine == #""Urgent \"DG\"" = "DG""#)
        #expect(label("Status VH", "categorie")?.guess == nil)
        #expect(label("Ja, klein", "klein_betaalbaar")?.guess == "ja")
        #expect(label("#REF!") == nil && label("x", "gemeente") == nil)
    }

    @Test("the executable: validate --terugkoppeling lists the files on stdout; an output folder exits 64")
    func executable() throws {
        try TemporaryInput.with(config: Self.config, files: Self.files) { input in
            let folder = input.root.appendingPathComponent("terug").path
            let arguments = ["validate", "--config", input.configPath, "--input", input.inputPath, "--terugkoppeling"]
            let environment = ["SOURCE_DATE_EPOCH": TestTime.epoch]
            let result = try Subprocess.run(Paths.executable, arguments + [folder], environment: environment)
            #expect(result.status == 3)
            let listed = result.stdout.split(separator: "\n").filter { $0.hasPrefix(folder + "/") }
                .map { String($0.dropFirst(folder.count + 1)) }
            let stems = ["corp-a", "corp-b", "GM0153", "GM0164", "GM0183"].map { "terugkoppeling-\($0)-2026-H1" }
            #expect(listed == stems.flatMap { [$0 + ".html", $0 + ".txt"] })
            #expect(
                result.stdout.contains("afgewezen: verhuringen_corp-a_2026-H1.csv:3: 'datum' is geen geldige datum"))

            let output = input.root.appendingPathComponent("uit").path
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: output + "/" + RunLock.fileName))
            let refused = try Subprocess.run(Paths.executable, arguments + [output], environment: environment)
            #expect(refused.status == 64 && refused.stdout.isEmpty)
            #expect(refused.stderr.contains("is een uitvoermap van de monitor"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: output) == [RunLock.fileName])
        }
    }
}
