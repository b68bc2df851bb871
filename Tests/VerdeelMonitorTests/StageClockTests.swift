import Foundation
import Testing

@testable import VerdeelMonitor

/// `VERDEELMONITOR_TIMINGS=1` makes a run log the time of every stage for `make bench`; without it, nothing.
struct StageClockTests {
    static func run(timings: Bool) throws -> Subprocess.Outcome {
        var environment = ["SOURCE_DATE_EPOCH": TestTime.epoch, "VERDEELMONITOR_TEMPLATES": Paths.templates]
        if timings { environment["VERDEELMONITOR_TIMINGS"] = "1" }
        return try Subprocess.run(
            Paths.executable,
            ["run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", Paths.temporaryFolder()],
            environment: environment)
    }

    @Test(
        "with VERDEELMONITOR_TIMINGS=1 every stage is timed once, in order, and the CSV reader read every CSV delivery")
    func stages() throws {
        let result = try Self.run(timings: true)
        #expect(result.status == 3)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("tijd: ") }
        let stages = lines.map { $0.split(separator: " ")[1] }
        #expect(
            stages == [
                "ontdekken", "inlezen", "oplossen", "aggregeren", "beoordelen", "renderen", "xml-validatie",
                "publiceren", "csv-lezer",
            ])
        // The CSV reader reads every CSV file whose name is a delivery: all of SampleData/exports but the
        // workbooks and notities_regio.csv, whose name is not one (summed here from the file sizes).
        var bytes = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.sampleInput)
        where name.hasSuffix(".csv") && name != "notities_regio.csv" {
            bytes += try FileManager.default.attributesOfItem(atPath: Paths.sampleInput + "/" + name)[.size] as! Int
        }
        #expect(lines.last?.hasPrefix("tijd: csv-lezer \(bytes) bytes ") == true)
    }

    @Test("without VERDEELMONITOR_TIMINGS nothing is timed or logged")
    func off() throws {
        let result = try Self.run(timings: false)
        #expect(result.status == 3)
        #expect(!result.stderr.contains("tijd: "))
    }
}
