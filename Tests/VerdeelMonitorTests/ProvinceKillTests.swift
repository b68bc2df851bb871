import Foundation
import Testing

@testable import VerdeelMonitor

/// SIGKILL at random moments of a province run never leaves a mix (SPEC.md section 12): every region's set and
/// the province's are all the previous ones or all the new ones, also when a run of one region alone came
/// between (the province run then first brings that region's set under its one switch).
@Suite(.serialized)
struct ProvinceKillTests {
    static let stems = [
        "monitor-provincie-overijssel-2026-H1", "monitor-west-overijssel-2026-H1", "monitor-midden-ijssel-2026-H1",
    ]
    static let provincie = Paths.root.appendingPathComponent("SampleData/provincie/provincie.toml").path

    /// SampleData's exports and the second region's in one folder.
    static func input() throws -> String {
        let input = Paths.temporaryFolder() + "/invoer"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        for folder in [Paths.sampleInput, Paths.root.appendingPathComponent("SampleData/provincie/exports").path] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: input + "/" + name)
            }
        }
        return input
    }

    /// The `generated` of each set's manifest, in `stems` order, after checking that its HTML and XML are the
    /// manifest's; nil for a set that is not there.
    func generations(in folder: String) -> [Int?] {
        func check(_ outputs: [Manifest.Output]) {
            for output in outputs {
                let bytes = FileManager.default.contents(atPath: folder + "/" + output.file)
                #expect(bytes.map(Fingerprint.sha256) == output.sha256, "\(output.file) does not match its manifest")
            }
        }
        let province = ProvinceManifest.read(folder + "/\(Self.stems[0]).manifest.json")
        if let province { check([province.html, province.xml]) }
        let regions = Self.stems.dropFirst().map { Manifest.read(folder + "/\($0).manifest.json") }
        for region in regions { if let region { check([region.html, region.xml]) } }
        return [province?.generated] + regions.map { $0?.generated }
    }

    func run(_ arguments: [String], epoch: Int) throws -> Subprocess.Outcome {
        try Subprocess.run(
            Paths.executable, arguments,
            environment: ["SOURCE_DATE_EPOCH": "\(epoch)", "VERDEELMONITOR_TEMPLATES": Paths.templates])
    }

    @Test("20 province runs killed at seeded random moments, every other one after a run of West-Overijssel alone")
    func killedProvinceRuns() throws {
        let input = try Self.input()
        let output = Paths.temporaryFolder()
        let province = ["run", "--provincie", Self.provincie, "--input", input, "--output", output]
        let alone = ["run", "--config", Paths.sampleConfig, "--input", Paths.sampleInput, "--output", output]
        let base = TestTime.generated
        let started = Date()
        #expect(try run(province, epoch: base).status == 3)
        let duration = Date().timeIntervalSince(started)
        #expect(generations(in: output) == [base, base, base])
        var before: [Int?] = [base, base, base]
        var generator = KillTests.SplitMix(state: 20_261_204)
        var published = 0
        for kill in 1...20 {
            if kill.isMultiple(of: 2) {
                before[1] = base + 1000 + kill
                #expect(try run(alone, epoch: base + 1000 + kill).status == 3)
            }
            let epoch = base + kill
            let delay = Double.random(in: (duration * 0.6)...(duration * 1.5), using: &generator)
            let child = try Subprocess.start(
                Paths.executable, province,
                environment: ["SOURCE_DATE_EPOCH": "\(epoch)", "VERDEELMONITOR_TEMPLATES": Paths.templates])
            usleep(UInt32(delay * 1_000_000))
            Glibc.kill(child.pid, SIGKILL)
            _ = Subprocess.wait(child)
            let now = generations(in: output)
            // All new, or all as they were (West-Overijssel's own run's set where one came between).
            #expect(now == [epoch, epoch, epoch] || now == before, "kill \(kill): \(now), before \(before)")
            if now == [epoch, epoch, epoch] { published += 1 }
            before = now
        }
        print("province kill test: \(published) of 20 killed runs had published; a run took \(duration) s")
        #expect(try run(province, epoch: base + 99).status == 3)
        #expect(generations(in: output) == [base + 99, base + 99, base + 99])
        // One group folder and the pointers remain: every leftover is cleared.
        let sets = try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").sorted()
        #expect(sets.filter { !$0.hasSuffix(".current") }.count == 1, "\(sets)")
    }
}
