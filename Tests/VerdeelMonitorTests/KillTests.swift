import Foundation
import Testing

@testable import VerdeelMonitor

/// SIGKILL at random moments never leaves a mixed or half set (SPEC section 8): after every kill the output
/// folder holds one whole set whose manifest's sha256 values are those of the HTML and XML on disk, and the
/// next run clears what the killed one left.
@Suite(.serialized)
struct KillTests {
    static let stem = "monitor-west-overijssel-2026-H1"

    /// A small, seeded generator (SplitMix64), so that a failing kill moment can be found again.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A copy of SampleData's exports (five periods, 40-odd deliveries: a debug run takes long enough to be hit
    /// in every stage, and the kills below are spread over its measured duration).
    static func input() throws -> String {
        let folder = Paths.temporaryFolder() + "/exports"
        try FileManager.default.copyItem(atPath: Paths.sampleInput, toPath: folder)
        return folder
    }

    func arguments(_ input: String, _ output: String) -> [String] {
        ["run", "--config", Paths.sampleConfig, "--input", input, "--output", output]
    }

    /// The one whole set in `output`; records why not when there is none.
    func wholeSet(in folder: String) -> Manifest? {
        let visible =
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        guard let manifest = Manifest.read(folder + "/\(Self.stem).manifest.json") else {
            Issue.record("no readable manifest; visible: \(visible)")
            return nil
        }
        for output in [manifest.html, manifest.xml] {
            let bytes = FileManager.default.contents(atPath: folder + "/" + output.file)
            #expect(bytes.map(Fingerprint.sha256) == output.sha256, "\(output.file) does not match its manifest")
        }
        #expect(visible.sorted() == [Self.stem + ".html", Self.stem + ".manifest.json", Self.stem + ".xml"])
        return manifest
    }

    @Test("30 runs killed with SIGKILL at seeded random moments: always one whole set, leftovers cleared")
    func killedRuns() throws {
        let input = try Self.input()
        let output = Paths.temporaryFolder()
        let base = TestTime.generated
        do {
            // A first whole set, and how long a run takes.
            let started = Date()
            let first = try Subprocess.run(
                Paths.executable, arguments(input, output),
                environment: ["SOURCE_DATE_EPOCH": "\(base)", "VERDEELMONITOR_TEMPLATES": Paths.templates])
            let duration = Date().timeIntervalSince(started)
            #expect(first.status == 3, "\(first.stderr)")
            var current = try #require(wholeSet(in: output)).generated
            var generator = SplitMix(state: 20_260_701)
            var published = 0
            for kill in 1...30 {
                // Half the kills anywhere in the run, half in its last third, where rendering and publishing are.
                let from = kill.isMultiple(of: 2) ? duration * 0.66 : 0
                let delay = Double.random(in: from...(duration * 1.05), using: &generator)
                let epoch = base + kill
                let child = try Subprocess.start(
                    Paths.executable, arguments(input, output),
                    environment: ["SOURCE_DATE_EPOCH": "\(epoch)", "VERDEELMONITOR_TEMPLATES": Paths.templates])
                usleep(UInt32(delay * 1_000_000))
                Glibc.kill(child.pid, SIGKILL)
                let outcome = Subprocess.wait(child)
                #expect(outcome.status == 128 + SIGKILL || outcome.status == 3, "kill \(kill): \(outcome.stderr)")
                guard let manifest = wholeSet(in: output) else { return }
                // The previous set, or this run's, never anything else.
                #expect([current, epoch].contains(manifest.generated), "kill \(kill) at \(delay) s")
                if manifest.generated == epoch { published += 1 }
                current = manifest.generated
            }
            // A run that is not killed clears every leftover: one set folder and its pointer remain.
            let last = try Subprocess.run(
                Paths.executable, arguments(input, output),
                environment: ["SOURCE_DATE_EPOCH": "\(base + 99)", "VERDEELMONITOR_TEMPLATES": Paths.templates])
            #expect(last.status == 3)
            #expect(wholeSet(in: output)?.generated == base + 99)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: output).sorted()
                    == [
                        ".sets", ".verdeelmonitor.lock", Self.stem + ".html", Self.stem + ".manifest.json",
                        Self.stem + ".xml",
                    ])
            let sets = try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").sorted()
            #expect(sets.count == 2 && sets.contains(Self.stem + ".current"), "\(sets)")
            // Not a requirement of the contract, but a check that the kills did not all miss the publishing.
            print("kill test: \(published) of 30 killed runs had published their set; a run took \(duration) s")
        }
    }
}
