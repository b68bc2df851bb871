import Foundation
import Testing

@testable import VerdeelMonitor

/// `--quiet` and `--log-level` on the real executable (SampleData; its README lists the deliberate faults):
/// what stderr holds and lacks at each level. The summary line is always written.
@Suite(.serialized)
struct LogLevelTests {
    /// The stderr lines of `run` on SampleData with `options`, into one output folder for the whole suite.
    static func stderr(_ options: [String]) throws -> [Substring] {
        let result = try CLITests.run(
            ["run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output] + options)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 3)
        return result.stderr.split(separator: "\n")
    }

    static let output = Paths.temporaryFolder()
    /// Every file of SampleData/exports is a delivery but notities_regio.csv.
    static let deliveries =
        (FileManager.default.subpaths(atPath: Paths.sampleInput) ?? []).filter {
            $0.hasSuffix(".csv") || $0.hasSuffix(".xlsx")
        }.count - 1
    static let summary = "verdeelmonitor: west-overijssel 2026-H1 gepubliceerd met problemen (exit 3): "

    /// SampleData's problems: one file not recognised (notities_regio.csv) and five rows rejected.
    static func expectProblems(_ lines: [Substring]) {
        #expect(
            lines.filter { $0.hasPrefix("niet herkend (niet gelezen): ") } == [
                "niet herkend (niet gelezen): notities_regio.csv"
            ])
        #expect(lines.filter { $0.hasPrefix("afgewezen: ") }.count == 5)
        #expect(lines.last?.hasPrefix(summary) == true)
    }

    @Test("--quiet keeps the rejects, the unrecognised file and the summary line, and nothing else")
    func quiet() throws {
        let lines = try Self.stderr(["--quiet"])
        Self.expectProblems(lines)
        #expect(lines.count == 7)
        #expect(!lines.contains { $0.hasPrefix("levering ") || $0.hasPrefix("let op: ") || $0.hasPrefix("totaal: ") })
    }

    @Test("--log-level warning logs what --quiet does, and --quiet caps a more talkative --log-level at warning")
    func warning() throws {
        let quiet = try Self.stderr(["--quiet"])
        #expect(try Self.stderr(["--log-level", "warning"]) == quiet)
        #expect(try Self.stderr(["--quiet", "--log-level", "debug"]) == quiet)
    }

    @Test("--log-level error keeps the summary line alone")
    func error() throws {
        let lines = try Self.stderr(["--log-level", "error"])
        #expect(lines.count == 1)
        #expect(
            lines.first?.hasPrefix(
                Self.summary + "\(Self.deliveries) leveringen, 5 regels afgewezen, 1 bestand niet herkend; ") == true)
    }

    @Test("--log-level notice adds the five notices of SampleData to the problems, without the per-delivery lines")
    func notice() throws {
        let lines = try Self.stderr(["--log-level", "notice"])
        Self.expectProblems(lines)
        #expect(lines.filter { $0.hasPrefix("let op: ") }.count == 5)
        #expect(lines.count == 12)
        #expect(!lines.contains { $0.hasPrefix("levering ") || $0.hasPrefix("totaal: ") })
    }

    @Test("info (the default) and debug log every delivery, every problem and notice, and the total")
    func info() throws {
        let lines = try Self.stderr([])
        Self.expectProblems(lines)
        #expect(lines.filter { $0.hasPrefix("levering ") }.count == Self.deliveries)
        #expect(lines.filter { $0.hasPrefix("let op: ") }.count == 5)
        #expect(lines.contains { $0.hasPrefix("totaal: \(Self.deliveries) leveringen, ") })
        #expect(lines.count == Self.deliveries + 6 + 5 + 1 + 1)
        #expect(try Self.stderr(["--log-level", "debug"]) == lines)
    }

    @Test("an unknown --log-level is a usage error (64) that writes nothing")
    func unknown() throws {
        let output = Paths.temporaryFolder()
        let result = try CLITests.run([
            "run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output,
            "--log-level", "luid",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("luid"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).isEmpty)
    }

    @Test("the account gives each line its level: problems are warnings, notices notices, the rest info")
    func levels() {
        var dataset = Dataset()
        dataset.unrecognised = ["notities.csv"]
        dataset.rejects = [Reject(SourceLocation(file: "a.csv", line: 2), "reden")]
        dataset.notices = [Notice(SourceLocation(file: "a.csv"), "melding")]
        let lines = Summary.lines(
            for: dataset, missing: [MissingDelivery(soort: .verhuringen, bron: "corp-a")],
            ambiguous: [[MunicipalityCode("GM0001")!, MunicipalityCode("GM0002")!]])
        #expect(lines.map(\.level) == [.warning, .warning, .warning, .notice, .notice, .info])
        #expect(
            lines.map { $0.text.split(separator: " ")[0] } == [
                "niet", "ontbreekt:", "afgewezen:", "let", "let", "totaal:",
            ])
    }
}
