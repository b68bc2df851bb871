import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run at a time per output folder: an exclusive `flock(2)` on `<output>/.verdeelmonitor.lock`.
///
/// The lock file is created when missing and never deleted (deleting it would let two runs lock two different
/// files under the same name). The kernel releases the lock when the process ends, however it ends, so a run
/// killed with SIGKILL never blocks the next one.
final class RunLock: Sendable {
    static let fileName = ".verdeelmonitor.lock"

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// Takes the lock of `folder` (created when missing), waiting up to `wait` seconds when another run holds
    /// it; a lock still held after that is a `.busy` error and nothing has been written but the lock file.
    static func acquire(_ folder: String, wait: Double = 0) throws(MonitorError) -> RunLock {
        try Publisher.createFolder(folder)
        let path = (folder as NSString).appendingPathComponent(fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw MonitorError(
                .output, "het slotbestand kan niet worden geopend (\(String(cString: strerror(errno))))",
                at: SourceLocation(file: path))
        }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            guard reason == EWOULDBLOCK || reason == EINTR else {
                close(descriptor)
                throw MonitorError(
                    .output, "het slotbestand kan niet worden vergrendeld (\(String(cString: strerror(reason))))",
                    at: SourceLocation(file: path))
            }
            guard Date() < deadline else {
                close(descriptor)
                let waited = wait > 0 ? " (ook na \(Int(wait.rounded(.up))) seconden wachten)" : ""
                throw MonitorError(
                    .busy,
                    "een andere run van verdeelmonitor schrijft al in deze uitvoermap\(waited); er is niets geschreven. Probeer het later opnieuw of geef --wait SECONDEN",
                    at: SourceLocation(file: folder))
            }
            usleep(50_000)
        }
        return RunLock(descriptor: descriptor)
    }
}
