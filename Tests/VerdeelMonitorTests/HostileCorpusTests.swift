import Foundation
import Testing

@testable import VerdeelMonitor

/// The hostile CSV corpus (`Tests/Hostile/make_corpus.py`, written at test time): every entry, beside a
/// complete good delivery set, gives its expected message and exit code, never crashes or blocks the run,
/// never loses the good deliveries, and leaves a whole valid published set.
struct HostileCorpusTests {
    struct Entry {
        var label: String
        var soort: String
        var exit: VerdeelMonitor.ExitStatus
        var expected: String
    }

    /// The good deliveries of `TemporaryInput.smallRegion` for 2026-H1: both corporations, all three registers.
    static let good: [String: String] = [
        "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente;urgentie\nA1;2026-01-05;GM0153;MED\n",
        "verhuringen_corp-b_2026-H1.csv": "verhuring_id;datum;gemeente;urgentie\nB1;2026-02-05;GM0164;\n",
        "urgentie_GM0153_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nU1;2026-01-10;MED\n",
        "urgentie_GM0164_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nU2;2026-01-11;MO\n",
        "urgentie_GM0183_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nU3;2026-01-12;VO\n",
    ]

    static func corpus() throws -> (folder: String, entries: [Entry]) {
        let folder = Paths.temporaryFolder()
        let script = Paths.root.appendingPathComponent("Tests/Hostile/make_corpus.py").path
        let outcome = try Subprocess.run("/usr/bin/env", ["python3", script, folder])
        guard outcome.status == 0 else { throw MonitorError(.internal, "make_corpus.py: \(outcome.stderr)") }
        let table = try String(contentsOfFile: folder + "/expected.tsv", encoding: .utf8)
        let entries = table.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 3).map(String.init)
            return Entry(
                label: parts[0], soort: parts[1], exit: VerdeelMonitor.ExitStatus(rawValue: Int32(parts[2])!)!,
                expected: parts[3])
        }
        return (folder, entries)
    }

    /// Puts the entry into `input` as `<soort>_corp-x_2026-H1.csv` (an unknown corporation: read, and noted).
    static func place(_ entry: Entry, from corpus: String, in input: String) throws -> String {
        let fm = FileManager.default
        let soort = ["verhuringen", "voorraad"].contains(entry.soort) ? entry.soort : "verhuringen"
        let name = "\(soort)_corp-x_2026-H1.csv"
        let path = input + "/" + name
        switch entry.soort {
        case "link-dev-zero": try fm.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case "fifo": guard mkfifo(path, 0o600) == 0 else { throw MonitorError(.internal, "mkfifo") }
        case "dangling-link": try fm.createSymbolicLink(atPath: path, withDestinationPath: input + "/weg/niets.csv")
        case "looping-link": try fm.createSymbolicLink(atPath: path, withDestinationPath: name)
        case "folder": try fm.createDirectory(atPath: path, withIntermediateDirectories: false)
        default: try fm.copyItem(atPath: corpus + "/" + entry.label, toPath: path)
        }
        return name
    }

    @Test("the hostile corpus: each entry's message and exit code; good deliveries and the published set survive")
    func corpus() async throws {
        let (folder, entries) = try Self.corpus()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(entries.count >= 40)
        let root = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let config = root + "/regio.toml"
        try Data(TemporaryInput.smallRegion.utf8).write(to: URL(fileURLWithPath: config))
        let output = root + "/out"
        func run(_ input: String) async throws -> (JobResult, [String]) {
            var log: [String] = []
            let options = JobOptions(
                configPath: config, inputPath: input, outputPath: output, templates: Paths.templates,
                generated: TestTime.generated)
            let result = try await MonitorJob.run(options) { log = $0.map(\.text) }
            return (result, log)
        }
        func makeInput(_ name: String) throws -> String {
            let input = root + "/" + name
            try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
            for (file, text) in Self.good { try Data(text.utf8).write(to: URL(fileURLWithPath: input + "/" + file)) }
            return input
        }
        // The good set alone is published without problems.
        let (first, _) = try await run(try makeInput("good"))
        #expect(first.exitStatus == .ok)
        for entry in entries {
            let input = try makeInput(entry.label)
            let name = try Self.place(entry, from: folder, in: input)
            let (result, log) = try await run(input)
            #expect(result.exitStatus == entry.exit, "\(entry.label): exit code")
            #expect(
                log.contains { $0.contains(entry.expected) }, "\(entry.label): no log line with '\(entry.expected)'")
            if entry.exit != .ok {
                #expect(log.contains { $0.contains(name) }, "\(entry.label): the log names \(name)")
            }
            // The good deliveries are read in full beside it.
            for file in Self.good.keys {
                #expect(
                    log.contains(
                        "levering \(file): gebruikt, 1 regels = 1 gebruikt + 0 afgewezen + 0 buiten regio + 0 vervangen"
                    ),
                    "\(entry.label): \(file)")
            }
            // A whole, valid set is published (the XML checks against the XSD; both files exist).
            let xml = try #require(FileManager.default.contents(atPath: output + "/monitor-test-2026-H1.xml"))
            #expect(XMLTests.validator.problems(in: [UInt8](xml)) == [], "\(entry.label): XML")
            let html = try String(contentsOfFile: output + "/monitor-test-2026-H1.html", encoding: .utf8)
            #expect(!html.contains("<script>alert"), "\(entry.label): markup from the input is never in the HTML")
            try? FileManager.default.removeItem(atPath: input)
        }
    }
}
