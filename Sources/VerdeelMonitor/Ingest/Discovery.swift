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

    var files: [File]
    /// Relative paths of files whose name does not fit the pattern, sorted.
    var unrecognised: [String]

    /// Scans `folder` recursively. Hidden files and folders (a leading `.`) are skipped.
    static func scan(_ folder: String) throws(MonitorError) -> Discovery {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw MonitorError(.input, "de invoermap bestaat niet of is geen map", at: SourceLocation(file: folder))
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw MonitorError(.input, "de invoermap is niet te lezen", at: SourceLocation(file: folder))
        }
        var files: [File] = []
        var unrecognised: [String] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let absolute = url.standardizedFileURL.path
            let relative =
                absolute.hasPrefix(rootPath) ? String(absolute.dropFirst(rootPath.count)) : url.lastPathComponent
            if let name = DeliveryName(fileName: url.lastPathComponent) {
                files.append(File(name: name, relativePath: relative, absolutePath: absolute))
            } else {
                unrecognised.append(relative)
            }
        }
        files.sort { ($0.name, $0.relativePath) < ($1.name, $1.relativePath) }
        return Discovery(files: files, unrecognised: unrecognised.sorted())
    }
}
