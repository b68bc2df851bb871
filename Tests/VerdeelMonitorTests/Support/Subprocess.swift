import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program with posix_spawn and waitpid, its output captured in temporary files: to completion (`run`), or
/// started and then killed or waited for (`start`, `wait`).
///
/// Foundation's `Process` on Linux was seen to hang in `waitUntilExit` when tests spawn programs from several
/// threads at once; files instead of pipes also mean a chatty program can never block on a full pipe.
enum Subprocess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` to completion in `workingDirectory` (or the test's own) with `environment` added.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        in workingDirectory: String? = nil
    ) throws -> Outcome {
        wait(try start(executable, arguments, environment: environment, workingDirectory: workingDirectory))
    }

    /// A started child; stdout and stderr go to files in `folder`.
    struct Child {
        var pid: pid_t
        var folder: String
    }

    /// Starts `executable` in `workingDirectory` (or the test's own) with `environment` added.
    static func start(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        workingDirectory: String? = nil
    ) throws -> Child {
        let folder = Paths.temporaryFolder()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        // posix_spawn_file_actions_addchdir_np is not in Swift's Glibc module: coreutils' env -C changes folder.
        let command = workingDirectory.map { ["/usr/bin/env", "-C", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        return Child(pid: pid, folder: folder)
    }

    /// Waits for `child` and returns its outcome (a signal `n` gives status 128 + n).
    static func wait(_ child: Child) -> Outcome {
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ name: String) -> String {
            String(decoding: FileManager.default.contents(atPath: child.folder + "/" + name) ?? Data(), as: UTF8.self)
        }
        defer { try? FileManager.default.removeItem(atPath: child.folder) }
        return Outcome(status: exitCode, stdout: read("stdout"), stderr: read("stderr"))
    }
}
