import Foundation

/// The files found in the input folder, sorted into recognised deliveries and the rest.
struct Discovery: Sendable {
    /// A file whose name fits the pattern.
    struct File: Sendable, Hashable {
        var name: DeliveryName
        /// Path relative to the input folder, `/`-separated.
        var relativePath: String
        var absolutePath: String
    }

    /// An entry that is not read because it is not a regular file (or a link to one), with the reason.
    struct Skipped: Sendable, Hashable, Codable {
        var relativePath: String
        var reason: String

        /// The file-level reject that reports the skipped entry.
        var reject: Reject { Reject(SourceLocation(file: relativePath), reason) }
    }

    var files: [File]
    /// Relative paths of files whose name does not fit the pattern, sorted.
    var unrecognised: [String]
    /// Entries that are not regular files (`InputEntry`), sorted by path: each becomes a reject naming it.
    var skipped: [Skipped] = []
    /// Set by a province run: the parsed files that several regions' readings share, each parsed once.
    var tables: DeliveryTables?

    /// Scans `folder` recursively. Hidden files and folders (a leading `.`) are skipped.
    ///
    /// Every entry is classified with `lstat`/`stat` before anything opens it (`InputEntry`): regular files and
    /// links to regular files are candidates; folders are scanned (links to folders are not followed, so a
    /// looping link cannot make the scan endless); every other entry, and a folder whose name looks like a
    /// delivery, is listed in `skipped`.
    static func scan(_ folder: String) throws(MonitorError) -> Discovery {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw MonitorError(.input, "de invoermap bestaat niet of is geen map", at: SourceLocation(file: folder))
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        guard (try? FileManager.default.contentsOfDirectory(atPath: root)) != nil else {
            throw MonitorError(.input, "de invoermap is niet te lezen", at: SourceLocation(file: folder))
        }
        var discovery = Discovery(files: [], unrecognised: [])
        discovery.walk(root, relative: "")
        discovery.files.sort { ($0.name, $0.relativePath) < ($1.name, $1.relativePath) }
        discovery.unrecognised.sort()
        discovery.skipped.sort { $0.relativePath < $1.relativePath }
        return discovery
    }

    private mutating func walk(_ absolute: String, relative: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
            skipped.append(Skipped(relativePath: relative, reason: "de map is niet te lezen; overgeslagen"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
            let here = relative.isEmpty ? name : relative + "/" + name
            switch InputEntry(path: path) {
            case .regularFile:
                if let delivery = DeliveryName(fileName: name) {
                    files.append(File(name: delivery, relativePath: here, absolutePath: path))
                } else {
                    unrecognised.append(here)
                }
            case .folder:
                if DeliveryName(fileName: name) != nil {
                    skipped.append(
                        Skipped(
                            relativePath: here,
                            reason: "is een map met de naam van een levering, geen bestand; als levering overgeslagen"))
                }
                walk(path, relative: here)
            case .skipped(let reason):
                skipped.append(Skipped(relativePath: here, reason: reason))
            }
        }
    }
}
