import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folder the feedback files go into (`validate --terugkoppeling DIR`), never a run's output folder.
///
/// The files carry per-person values of their own sender, so a folder that holds a run's lock file or a
/// published manifest is refused before anything is read or written; so is the input folder (a file there would
/// be read as an unrecognised input). Each file is written under a temporary name in the folder, fsynced and
/// renamed into place: it appears whole or not at all; what a stopped run left under a temporary name is removed
/// by the next.
struct FeedbackFolder {
    let path: String

    /// Checks that `path` is no run's output folder and does not lie in the input folder `input`.
    init(_ path: String, input: String) throws(MonitorError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if names.contains(RunLock.fileName)
            || names.contains(where: { $0.hasPrefix("monitor-") && $0.hasSuffix(".manifest.json") })
        {
            throw MonitorError(
                .usage,
                "de map voor --terugkoppeling is een uitvoermap van de monitor (er staat een \(RunLock.fileName) "
                    + "of een gepubliceerd manifest in); de terugkoppeling bevat waarden van personen en hoort daar "
                    + "niet: kies een eigen map; er is niets geschreven",
                at: SourceLocation(file: path))
        }
        if Self.isWithin(path, input) {
            throw MonitorError(
                .usage,
                "de map voor --terugkoppeling ligt in de invoermap; kies een map buiten de aanleveringen; er is niets "
                    + "geschreven",
                at: SourceLocation(file: path))
        }
        self.path = path
    }

    /// Writes `bytes` as `name`: under a temporary name, fsynced, then renamed over `name`; returns the path.
    func write(_ bytes: [UInt8], as name: String) throws(MonitorError) -> String {
        try Publisher.createFolder(path)
        let final = path + "/" + name
        let temporary = path + "/.\(name).tmp-\(getpid())"
        unlink(temporary)
        do {
            try Publisher.writeDurably(bytes, to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw MonitorError(
                .output, "kan het bestand niet op zijn plaats zetten (\(reason))", at: SourceLocation(file: final))
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        return final
    }

    /// Removes the temporary files (`.terugkoppeling-….tmp-PID`) that a stopped `validate` left, unless their
    /// process still runs.
    func removeLeftovers() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        where name.hasPrefix(".terugkoppeling-") {
            guard let range = name.range(of: ".tmp-", options: .backwards), let pid = Int32(name[range.upperBound...])
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(path + "/" + name) }
        }
    }

    /// Whether `path` is `folder` or lies below it, after resolving links.
    private static func isWithin(_ path: String, _ folder: String) -> Bool {
        func resolved(_ path: String) -> [String] {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().pathComponents
        }
        let inner = resolved(path)
        let outer = resolved(folder)
        return inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }
}
