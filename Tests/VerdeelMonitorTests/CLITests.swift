import Foundation
import Testing

@testable import VerdeelMonitor

/// The command-line tool as cron runs it: files written, byte-identical reruns, exit codes per case.
@Suite(.serialized)
struct CLITests {
    static func run(_ arguments: [String], epoch: String = TestTime.epoch) throws -> Subprocess.Outcome {
        try Subprocess.run(
            Paths.executable, arguments,
            environment: ["SOURCE_DATE_EPOCH": epoch, "VERDEELMONITOR_TEMPLATES": Paths.templates])
    }

    /// A clean input folder: every delivery of the one period present, nothing to reject.
    static func cleanInput() throws -> (config: String, input: String) {
        let folder = Paths.temporaryFolder()
        let config = RegioTOML(
            code: "testregio", naam: "Testregio",
            gemeenten: [.init(code: "GM0001", naam: "Aastad", huishoudens: 6000)],
            corporaties: [.init(code: "corp-a", naam: "Corporatie A")]
        ).text
        try config.write(toFile: folder + "/regio.toml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        try "verhuring_id;datum;gemeente;urgentie\nV1;2026-02-01;GM0001;MED\nV2;2026-02-02;Aastad;\n"
            .write(toFile: folder + "/in/verhuringen_corp-a_2026-H1.csv", atomically: true, encoding: .utf8)
        try "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\nU1;2026-01-05;MED;toegekend;2026-01-20\n"
            .write(toFile: folder + "/in/urgentie_GM0001_2026-H1.csv", atomically: true, encoding: .utf8)
        return (folder + "/regio.toml", folder + "/in")
    }

    @Test("run on SampleData writes both files, lists them on stdout and exits 3 for its deliberate faults")
    func sampleData() throws {
        let output = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try Self.run([
            "run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output,
        ])
        #expect(result.status == 3)
        let files = try FileManager.default.contentsOfDirectory(atPath: output).filter { !$0.hasPrefix(".") }.sorted()
        #expect(
            files == [
                "monitor-west-overijssel-2026-H1.html", "monitor-west-overijssel-2026-H1.manifest.json",
                "monitor-west-overijssel-2026-H1.xml",
            ])
        #expect(
            result.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }.sorted()
                == files)
        #expect(
            result.stderr.contains(
                "afgewezen: urgentie_GM0166_2026-H1.csv:32: onbekende urgentiecode in 'categorie': 'XX'"))
        // The offending value goes to the administrator's log only, never into the report: with shifted
        // columns it could be a per-person value.
        #expect(result.stderr.contains("onbekende gemeente in 'gemeente': 'Meppel'"))
        let html = try String(contentsOfFile: output + "/" + files[0], encoding: .utf8)
        #expect(html.contains("verhuringen_kopwonen_2026-H1.csv"))
        #expect(!html.contains("Meppel"))
        // Figures an independent parser computed from SampleData (SampleData/README.md, "Expected figures").
        let xml = try String(contentsOfFile: output + "/" + files[2], encoding: .utf8)
        let region = String(xml[xml.range(of: "<regio ")!.lowerBound..<xml.range(of: "</regio>")!.upperBound])
        #expect(region.contains(#"<mutaties aantal="1145"/>"#) && region.contains(#"<gehuisvest totaal="228">"#))
        #expect(region.contains(#"<toewijzingspercentage waarde="19.91" signaal="binnen"/>"#))
        #expect(region.contains(#"<wachtend aantal="190"/>"#))
        #expect(xml.contains(#"<regel code="signaalwaarde-reeks" gemeente="GM0166"/>"#))
        #expect(xml.contains(#"<regel code="signaalwaarde-reeks" gemeente="GM0193"/>"#))
        #expect(xml.contains(#"<regel code="wachtenden-groei"/>"#))
        #expect(xml.contains(#"<levering soort="urgentie" bron="GM0150" periode="2026-H1" versie="1""#))
        #expect(
            xml.contains(
                #"regels="208" afgewezen="0" status="vervangen" gebruikt="0" buitenRegio="0" vervangen="208"/>"#))
    }

    @Test("running twice on the same inputs gives byte-identical files")
    func deterministic() throws {
        // Two separate processes, so nothing cached in one process can make the files alike.
        let first = Paths.temporaryFolder()
        let second = Paths.temporaryFolder()
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        for folder in [first, second] {
            let result = try Self.run([
                "run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", folder,
            ])
            #expect(result.status == 3, "\(result.stderr)")
        }
        for name in ["monitor-west-overijssel-2026-H1.html", "monitor-west-overijssel-2026-H1.xml"] {
            let a = FileManager.default.contents(atPath: first + "/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: second + "/" + name), "\(name)")
        }
    }

    @Test("a clean input exits 0; --periode picks the period; validate writes nothing")
    func cleanRun() throws {
        let (config, input) = try Self.cleanInput()
        let output = Paths.temporaryFolder()
        let result = try Self.run([
            "run", "--config", config, "--input", input, "--output", output, "--periode", "2026-H1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/monitor-testregio-2026-H1.xml"))
        let before = try FileManager.default.contentsOfDirectory(atPath: input).sorted()
        let check = try Self.run(["validate", "--config", config, "--input", input])
        #expect(check.status == 0)
        #expect(check.stdout.contains("verhuringen_corp-a_2026-H1.csv: gebruikt, 2 regels = 2 gebruikt + 0 afgewezen"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: input).sorted() == before)
    }

    @Test("exit codes: usage 64, no input 66, cannot create 73, configuration 78")
    func exitCodes() throws {
        let (config, input) = try Self.cleanInput()
        let output = Paths.temporaryFolder()
        #expect(try Self.run(["run", "--config", config, "--input", input]).status == 64)  // --output missing
        #expect(
            try Self.run(["run", "--config", config, "--input", input, "--output", output, "--periode", "2026-H3"])
                .status == 64)
        #expect(try Self.run(["run", "--config", config, "--input", input + "/nope", "--output", output]).status == 66)
        let empty = Paths.temporaryFolder()
        #expect(try Self.run(["run", "--config", config, "--input", empty, "--output", output]).status == 66)
        #expect(try Self.run(["validate", "--config", config, "--input", empty]).status == 66)
        #expect(
            try Self.run(["run", "--config", config, "--input", input, "--output", output, "--periode", "2025-H1"])
                .status == 66)
        #expect(try Self.run(["run", "--config", config + ".nope", "--input", input, "--output", output]).status == 78)
        let broken = output + "/broken.toml"
        try RegioTOML(keys: ["minimum = \"hoog\""]).text.write(toFile: broken, atomically: true, encoding: .utf8)
        let configError = try Self.run(["run", "--config", broken, "--input", input, "--output", output])
        #expect(configError.status == 78)
        #expect(configError.stderr.contains("minimum"))
        let file = output + "/a-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Self.run(["run", "--config", config, "--input", input, "--output", file + "/sub"]).status == 73)
    }

    @Test("a missing delivery publishes a concept and exits 3")
    func missingDelivery() throws {
        let (config, input) = try Self.cleanInput()
        try FileManager.default.removeItem(atPath: input + "/urgentie_GM0001_2026-H1.csv")
        let output = Paths.temporaryFolder()
        let result = try Self.run(["run", "--config", config, "--input", input, "--output", output])
        #expect(result.status == 3)
        let xml = try String(contentsOfFile: output + "/monitor-testregio-2026-H1.xml", encoding: .utf8)
        #expect(xml.contains(#"status="concept""#))
        #expect(xml.contains(#"<ontbreekt soort="urgentie" bron="GM0001"/>"#))
    }

    @Test("no urgentienummer or verhuring_id from the inputs appears in any output, public or vertrouwelijk")
    func noPersonalValues() throws {
        var identifiers = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.sampleInput) where name.hasSuffix(".csv")
        {
            guard let data = FileManager.default.contents(atPath: Paths.sampleInput + "/" + name),
                let table = try? CSVTable(bytes: [UInt8](data))
            else { continue }
            let wanted = table.header.indices.filter {
                ["urgentienummer", "verhuring_id"].contains(table.header[$0].lowercased())
            }
            for record in table.records {
                for i in wanted where i < record.fields.count && record.fields[i].count >= 4 {
                    identifiers.insert(record.fields[i])
                }
            }
        }
        #expect(identifiers.count > 1000)
        for flag in [[], ["--vertrouwelijk"]] {
            let output = Paths.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: output) }
            let result = try Self.run(
                ["run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output] + flag)
            for name in try FileManager.default.contentsOfDirectory(atPath: output) where !name.hasPrefix(".") {
                let text = try String(contentsOfFile: output + "/" + name, encoding: .utf8)
                let leaked = identifiers.intersection(Self.tokens(text))
                #expect(leaked.isEmpty, "\(name) \(flag) contains \(leaked.prefix(3))")
            }
            #expect(identifiers.intersection(Self.tokens(result.stderr)).isEmpty)
        }
    }

    /// The runs of letters, digits, '-' and '_' in `text`: every identifier in the inputs is one such run.
    static func tokens(_ text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init))
    }
}
