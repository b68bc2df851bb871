import Foundation
import Testing

@testable import VerdeelMonitor

/// The publish step with several sets at once (a run over several regions, SPEC section 12): every set is
/// written before the first is switched, so a failure leaves every previous set as it was.
struct SeveralSetsTests {
    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test("two sets published in one step are both visible, each behind its own pointer")
    func both() throws {
        let output = Paths.temporaryFolder()
        let folder = try OutputFolder.claim(output, wait: 0)
        let written = try Pipeline.publish(
            [
                OutputSet(stem: "a", files: [("a.xml", Array("a1".utf8)), ("a.html", Array("a2".utf8))]),
                OutputSet(stem: "p", files: [("p.xml", Array("p1".utf8))]),
            ], into: folder, clock: StageClock(enabled: false))
        #expect(written == [output + "/a.xml", output + "/a.html", output + "/p.xml"])
        #expect(
            try text(output + "/a.xml") == "a1" && text(output + "/a.html") == "a2" && text(output + "/p.xml") == "p1")
        let sets = try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").sorted()
        // Two pointers and the two set folders they name.
        #expect(sets.count == 4 && sets.contains("a.current") && sets.contains("p.current"))
    }

    @Test("a set that cannot be written leaves the sets written before it unswitched, and no set folder behind")
    func allOrNothing() throws {
        let output = Paths.temporaryFolder()
        let folder = try OutputFolder.claim(output, wait: 0)
        let clock = StageClock(enabled: false)
        _ = try Pipeline.publish(
            [OutputSet(stem: "a", files: [("a.xml", Array("oud".utf8))])], into: folder, clock: clock)
        // The second set's file lies in a folder the set folder does not have: writing it fails after the first
        // set's new folder is complete.
        let error = #expect(throws: MonitorError.self) {
            try Pipeline.publish(
                [
                    OutputSet(stem: "a", files: [("a.xml", Array("nieuw".utf8))]),
                    OutputSet(stem: "p", files: [("ontbreekt/p.xml", Array("p".utf8))]),
                ], into: folder, clock: clock)
        }
        #expect(error?.kind == .output)
        #expect(try text(output + "/a.xml") == "oud")
        #expect(!FileManager.default.fileExists(atPath: output + "/ontbreekt"))
        // The previous set of `a` and its pointer only.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").count == 2)
    }

    @Test("claiming a folder takes its lock and clears what a stopped run left")
    func claim() throws {
        let output = Paths.temporaryFolder()
        try FileManager.default.createDirectory(atPath: output + "/.sets/m.abc.1-2", withIntermediateDirectories: true)
        let folder = try OutputFolder.claim(output, wait: 0)
        #expect(!FileManager.default.fileExists(atPath: output + "/.sets/m.abc.1-2"))
        let error = #expect(throws: MonitorError.self) { try OutputFolder.claim(output, wait: 0) }
        #expect(error?.kind == .busy)
        withExtendedLifetime(folder) {}
    }
}
