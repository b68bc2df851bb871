import Foundation
import Testing

@testable import VerdeelMonitor

/// The manifest, the archive and `reproduce` (SPEC section 8).
@Suite(.serialized)
struct ReproduceTests {
    static let stem = "monitor-west-overijssel-2026-H1"

    /// SampleData run into a new output folder with `--archive`; returns (output, archive).
    static func archivedRun() async throws -> (output: String, archive: String) {
        let output = Paths.temporaryFolder()
        let archive = Paths.temporaryFolder() + "/archief"
        var options = JobOptions(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, outputPath: output,
            templates: Paths.templates, generated: TestTime.generated)
        options.archive = archive
        _ = try await MonitorJob.run(options, account: { _ in })
        return (output, archive)
    }

    @Test("the archive holds every recognised delivery and the config once, under its sha256")
    func archiveContents() async throws {
        let (_, archive) = try await Self.archivedRun()
        // Expected: every SampleData CSV or XLSX file whose name is a delivery (notities_regio.csv is not),
        // regio.toml and the CBS households file it names, hashed here file by file; two files with the same bytes
        // would share an entry.
        var expected = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.sampleInput)
        where (name.hasSuffix(".csv") || name.hasSuffix(".xlsx")) && name != "notities_regio.csv" {
            expected.insert(Fingerprint.sha256(FileManager.default.contents(atPath: Paths.sampleInput + "/" + name)!))
        }
        expected.insert(Fingerprint.sha256(FileManager.default.contents(atPath: Paths.sampleConfig)!))
        let cbs = Paths.root.appendingPathComponent("SampleData/cbs/71486ned.csv").path
        expected.insert(Fingerprint.sha256(FileManager.default.contents(atPath: cbs)!))
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: archive + "/sha256")) == expected)
        // A second run adds nothing and changes nothing.
        let entry = archive + "/sha256/" + expected.sorted()[0]
        let before = try FileManager.default.attributesOfItem(atPath: entry)[.modificationDate] as? Date
        var options = JobOptions(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, outputPath: Paths.temporaryFolder(),
            templates: Paths.templates, generated: TestTime.generated)
        options.archive = archive
        _ = try await MonitorJob.run(options, account: { _ in })
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: archive + "/sha256")) == expected)
        #expect(try FileManager.default.attributesOfItem(atPath: entry)[.modificationDate] as? Date == before)
    }

    @Test("the manifest names every delivery with its account and the sha256 of the HTML and XML")
    func manifestContents() async throws {
        let (output, _) = try await Self.archivedRun()
        let manifest = try #require(Manifest.read(output + "/\(Self.stem).manifest.json"))
        let html = FileManager.default.contents(atPath: output + "/\(Self.stem).html")!
        #expect(manifest.html.sha256 == Fingerprint.sha256(html))
        #expect(manifest.generated == TestTime.generated && manifest.periode == "2026-H1")
        #expect(manifest.options.periode == nil && manifest.options.input == Paths.sampleInput)
        #expect(manifest.configSHA256 == Fingerprint.sha256(FileManager.default.contents(atPath: Paths.sampleConfig)!))
        // GM0193's first 2026-H1 register is replaced by its _v2: 208 records (counted with Python's csv module
        // over the file), every one superseded.
        let gm0193 = try #require(manifest.leveringen.first { $0.path == "urgentie_GM0193_2026-H1.csv" })
        #expect(gm0193.regels == 208 && gm0193.vervangen == 208 && gm0193.status == "vervangen")
        #expect(gm0193.versie == 1 && gm0193.soort == "urgentie" && gm0193.bron == "GM0193")
        #expect(manifest.nietHerkend == ["notities_regio.csv"])
        let text = String(
            decoding: FileManager.default.contents(atPath: output + "/\(Self.stem).manifest.json")!, as: UTF8.self)
        #expect(!text.contains("urgentienummer"))
    }

    @Test("reproduce from the archive alone gives byte-identical HTML and XML, and the same manifest")
    func identical() async throws {
        let (output, archive) = try await Self.archivedRun()
        let again = Paths.temporaryFolder()
        let result = try await MonitorJob.reproduce(
            manifest: output + "/\(Self.stem).manifest.json", archive: archive, output: again,
            templates: Paths.templates)
        #expect(result.problems == [])
        #expect(result.exitStatus == .ok)
        for suffix in [".html", ".xml", ".manifest.json"] {
            #expect(
                FileManager.default.contents(atPath: again + "/" + Self.stem + suffix)
                    == FileManager.default.contents(atPath: output + "/" + Self.stem + suffix), "\(suffix)")
        }
    }

    @Test("one byte changed in an archived delivery: reproduce exits 1 and names the entry and the file")
    func changedEntry() async throws {
        let (output, archive) = try await Self.archivedRun()
        let manifestPath = output + "/\(Self.stem).manifest.json"
        let sha = Fingerprint.sha256(
            FileManager.default.contents(atPath: Paths.sampleInput + "/urgentie_GM0148_2024-H1.csv")!)
        let entry = archive + "/sha256/" + sha
        var bytes = [UInt8](FileManager.default.contents(atPath: entry)!)
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        let result = try CLITests.run([
            "reproduce", manifestPath, "--archive", archive, "--output", Paths.temporaryFolder(),
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("gewijzigd in het archief: sha256/\(sha) (urgentie_GM0148_2024-H1.csv)"),
            "\(result.stderr)")
        // A missing entry is named too.
        try FileManager.default.removeItem(atPath: entry)
        let missing = try await MonitorJob.reproduce(
            manifest: manifestPath, archive: archive, output: Paths.temporaryFolder(), templates: Paths.templates)
        #expect(missing.problems == ["ontbreekt in het archief: urgentie_GM0148_2024-H1.csv (sha256/\(sha))"])
        #expect(missing.exitStatus.rawValue == 1)
    }

    @Test("the CLI reproduces SampleData and exits 0")
    func cliIdentical() async throws {
        let output = Paths.temporaryFolder()
        let archive = Paths.temporaryFolder()
        let run = try CLITests.run([
            "run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output, "--archive",
            archive,
        ])
        #expect(run.status == 3)
        let result = try CLITests.run(
            [
                "reproduce", output + "/\(Self.stem).manifest.json", "--archive", archive, "--output",
                Paths.temporaryFolder(),
            ],
            epoch: "1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("byte voor byte gelijk"))
    }

    @Test("entries that are not regular files are recorded in the manifest and reported again by a reproduction")
    func skippedEntries() throws {
        let folder = Paths.temporaryFolder()
        let input = folder + "/exports"
        try FileManager.default.copyItem(atPath: Paths.sampleInput, toPath: input)
        try FileManager.default.createSymbolicLink(
            atPath: input + "/verhuringen_weg_2026-H1.csv", withDestinationPath: folder + "/bestaat-niet.csv")
        #expect(mkfifo(input + "/urgentie_GM0148_2023-H1.csv", 0o600) == 0)
        let output = Paths.temporaryFolder()
        let archive = Paths.temporaryFolder()
        let run = try CLITests.run([
            "run", "--config", Paths.sampleConfig, "--input", input, "--output", output, "--archive", archive,
        ])
        #expect(run.status == 3, "\(run.stderr)")
        let manifestPath = output + "/\(Self.stem).manifest.json"
        let manifest = try #require(Manifest.read(manifestPath))
        #expect(
            manifest.overgeslagen?.map(\.relativePath) == [
                "urgentie_GM0148_2023-H1.csv", "verhuringen_weg_2026-H1.csv",
            ])
        let again = Paths.temporaryFolder()
        let result = try CLITests.run(["reproduce", manifestPath, "--archive", archive, "--output", again], epoch: "1")
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: again + "/\(Self.stem).html", encoding: .utf8)
        #expect(html.contains("verhuringen_weg_2026-H1.csv"))
    }

    @Test("a delivery whose content changed under the same name is reported in the log, the report and the manifest")
    func changedDelivery() throws {
        let (config, input) = try CLITests.cleanInput()
        let output = Paths.temporaryFolder()
        let arguments = ["run", "--config", config, "--input", input, "--output", output]
        #expect(try CLITests.run(arguments).status == 0)
        // The same name, one letting more.
        try
            "verhuring_id;datum;gemeente;urgentie\nV1;2026-02-01;GM0001;MED\nV2;2026-02-02;Aastad;\nV3;2026-03-02;Aastad;\n"
            .write(toFile: input + "/verhuringen_corp-a_2026-H1.csv", atomically: true, encoding: .utf8)
        let second = try CLITests.run(arguments)
        #expect(
            second.stderr.contains("let op: verhuringen_corp-a_2026-H1.csv: de inhoud van dit bestand is veranderd"))
        let html = try String(contentsOfFile: output + "/monitor-testregio-2026-H1.html", encoding: .utf8)
        #expect(html.contains("de inhoud van dit bestand is veranderd sinds de vorige publicatie"))
        let manifest = try #require(Manifest.read(output + "/monitor-testregio-2026-H1.manifest.json"))
        #expect(manifest.gewijzigd == ["verhuringen_corp-a_2026-H1.csv"])
        // Unchanged since then: no longer reported.
        let third = try CLITests.run(arguments)
        #expect(!third.stderr.contains("veranderd"))
    }

    @Test("two runs from different working folders, with different TZ and LANG, give byte-identical sets")
    func determinism() throws {
        var sets: [[Data?]] = []
        for (zone, language) in [("UTC", "C"), ("Pacific/Chatham", "nl_NL.UTF-8")] {
            let folder = Paths.temporaryFolder()
            try FileManager.default.copyItem(atPath: Paths.sampleConfig, toPath: folder + "/regio.toml")
            try FileManager.default.copyItem(atPath: Paths.sampleInput, toPath: folder + "/exports")
            try FileManager.default.copyItem(
                atPath: Paths.root.appendingPathComponent("SampleData/cbs").path, toPath: folder + "/cbs")
            let result = try Subprocess.run(
                Paths.executable, ["run", "--config", "regio.toml", "--input", "exports", "--output", "uit"],
                environment: [
                    "SOURCE_DATE_EPOCH": TestTime.epoch, "VERDEELMONITOR_TEMPLATES": Paths.templates, "TZ": zone,
                    "LANG": language, "LC_ALL": language,
                ], in: folder)
            #expect(result.status == 3, "\(result.stderr)")
            sets.append(
                [".html", ".xml", ".manifest.json"].map {
                    FileManager.default.contents(atPath: folder + "/uit/" + Self.stem + $0)
                })
        }
        #expect(sets[0].allSatisfy { $0 != nil })
        #expect(sets[0] == sets[1])
    }
}
