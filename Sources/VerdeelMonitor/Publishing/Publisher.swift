import Foundation

/// Writes output files so that a reader never sees a half-written or mixed set.
///
/// Every file is first written in full under a temporary name in the output folder; only when all are
/// written are they renamed into place (a rename within one folder is atomic on POSIX systems). On any
/// failure the temporary files are removed and the previous outputs stay as they were.
public enum Publisher {
    /// Publishes `files` (name and bytes) into `folder`, creating the folder when needed; returns the paths.
    @discardableResult
    public static func publish(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(MonitorError) -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw MonitorError(.output, "de uitvoermap kan niet worden gemaakt", at: SourceLocation(file: folder))
        }
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        var staged: [(temporary: URL, final: URL)] = []
        func cleanUp() { for entry in staged { try? manager.removeItem(at: entry.temporary) } }
        for file in files {
            let final = base.appendingPathComponent(file.name)
            let temporary = base.appendingPathComponent(".\(file.name).tmp-\(ProcessInfo.processInfo.processIdentifier)")
            do {
                try Data(file.bytes).write(to: temporary)
            } catch {
                cleanUp()
                throw MonitorError(.output, "kan niet schrijven in de uitvoermap", at: SourceLocation(file: final.path))
            }
            staged.append((temporary, final))
        }
        for entry in staged {
            guard rename(entry.temporary.path, entry.final.path) == 0 else {
                cleanUp()
                throw MonitorError(.output, "kan het bestand niet op zijn plaats zetten", at: SourceLocation(file: entry.final.path))
            }
        }
        return staged.map(\.final.path)
    }
}
