import Foundation
import Testing

@testable import VerdeelMonitor

/// One run at a time per output folder (SPEC section 8): a second run exits 75 at once and writes nothing.
@Suite(.serialized)
struct RunLockTests {
    static let stem = "monitor-testregio-2026-H1"

    /// A child process (util-linux flock(1)) that holds the lock of `output` for `seconds`, started and holding it
    /// when this returns: a LOCK_NB attempt from here fails once the child has it.
    static func holdLock(of output: String, seconds: Int) throws -> Subprocess.Child {
        let holder = try Subprocess.start("/usr/bin/flock", [output + "/.verdeelmonitor.lock", "sleep", "\(seconds)"])
        var held = false
        for _ in 0..<100 where !held {
            held = (try? RunLock.acquire(output)) == nil
            if !held { usleep(20_000) }
        }
        #expect(held)
        return holder
    }

    @Test("a run while another process holds the lock exits 75 at once with a message, and writes nothing")
    func heldByAnotherProcess() throws {
        let (config, input) = try CLITests.cleanInput()
        let output = Paths.temporaryFolder() + "/uit"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let holder = try Self.holdLock(of: output, seconds: 30)
        defer {
            kill(holder.pid, SIGKILL)
            _ = Subprocess.wait(holder)
        }
        let started = Date()
        let result = try CLITests.run(["run", "--config", config, "--input", input, "--output", output])
        #expect(result.status == 75)
        #expect(result.stderr.contains("een andere run van verdeelmonitor schrijft al in deze uitvoermap"))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == [".verdeelmonitor.lock"])
        #expect(result.stdout.isEmpty)
    }

    @Test("--wait waits that long for a lock that stays held, then exits 75")
    func waitThenGiveUp() throws {
        let (config, input) = try CLITests.cleanInput()
        let output = Paths.temporaryFolder()
        let lock = try RunLock.acquire(output)
        defer { withExtendedLifetime(lock) {} }
        let started = Date()
        let result = try CLITests.run([
            "run", "--config", config, "--input", input, "--output", output, "--wait", "1.5",
        ])
        let waited = Date().timeIntervalSince(started)
        #expect(result.status == 75)
        #expect(result.stderr.contains("ook na 2 seconden wachten"))
        #expect(waited >= 1.5)
        #expect(!FileManager.default.fileExists(atPath: output + "/\(Self.stem).html"))
    }

    @Test("--wait runs as soon as the other run lets go")
    func waitThenRun() throws {
        let (config, input) = try CLITests.cleanInput()
        let output = Paths.temporaryFolder()
        let started = Date()
        let holder = try Self.holdLock(of: output, seconds: 1)
        defer { _ = Subprocess.wait(holder) }
        let result = try CLITests.run([
            "run", "--config", config, "--input", input, "--output", output, "--wait", "60",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(FileManager.default.fileExists(atPath: output + "/\(Self.stem).manifest.json"))
    }

    @Test("the lock is taken on the folder's lock file, which stays after the run")
    func lockFileStays() throws {
        let output = Paths.temporaryFolder() + "/nieuw/uit"
        do {
            let lock = try RunLock.acquire(output)
            // A second attempt from another open file description fails while the first is held.
            #expect(throws: MonitorError.self) { try RunLock.acquire(output) }
            let error = #expect(throws: MonitorError.self) { try RunLock.acquire(output) }
            #expect(error?.kind == .busy)
            #expect(ExitStatus(.busy).rawValue == 75)
            withExtendedLifetime(lock) {}
        }
        #expect(FileManager.default.fileExists(atPath: output + "/.verdeelmonitor.lock"))
        // Released when the holder goes away.
        #expect((try? RunLock.acquire(output)) != nil)
    }
}
