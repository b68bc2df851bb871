import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Publishes a set of output files (HTML, XML, manifest) so that a reader sees the whole new set or the whole
/// previous one, whatever stops the run: an error, a full disk, SIGKILL between any two system calls.
///
/// Layout (docs/operations.md, "The published set"):
///
///     <output>/monitor-R-P.html      -> .sets/monitor-R-P.current/monitor-R-P.html   (fixed symlinks)
///     <output>/.sets/monitor-R-P.current -> monitor-R-P.<id>                         (the one switch)
///     <output>/.sets/monitor-R-P.<id>/{html, xml, manifest}                          (a whole set, fsynced)
///
/// A run writes a new set folder in full and fsyncs it, makes sure the visible names are the fixed symlinks
/// (dangling while no set exists, so the files appear together), and then switches the set by renaming one
/// symlink over `<stem>.current`: `rename(2)` is atomic. Set folders no pointer names, and temporary names, are
/// leftovers of a run that was stopped; `cleanUp` removes them (under the run lock).
///
/// Several sets (a province run's regions and its own) are all written and fsynced before the first is switched,
/// so an error while writing any of them leaves every previous set as it was; then each set is switched by its
/// own rename, in the order given.
enum Publisher {
    static let setsFolder = ".sets"

    /// Publishes `sets` into `folder`, creating the folder when needed; returns the visible paths, set by set.
    @discardableResult
    static func publish(_ sets: [OutputSet], into folder: String) throws(MonitorError) -> [String] {
        try createFolder(folder)
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        for file in sets.flatMap(\.files) {
            let path = base.appendingPathComponent(file.name).path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw MonitorError(
                    .output, "op de plaats van het uitvoerbestand staat een map", at: SourceLocation(file: path))
            }
        }
        let setsPath = base.appendingPathComponent(setsFolder).path
        try createFolder(setsPath)
        var ids: [String] = []
        do {
            for set in sets {
                let digest = Fingerprint.sha256(set.files.flatMap { Array($0.name.utf8) + $0.bytes }).prefix(12)
                let id = "\(set.stem).\(digest).\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1e6))"
                ids.append(id)
                let setPath = setsPath + "/" + id
                try createFolder(setPath)
                for file in set.files { try writeDurably(file.bytes, to: setPath + "/" + file.name) }
                syncFolder(setPath)
            }
        } catch {
            for id in ids { try? FileManager.default.removeItem(atPath: setsPath + "/" + id) }
            throw error
        }
        let suffix = "tmp-\(getpid())"
        for (set, id) in zip(sets, ids) {
            // The visible names: fixed symlinks through the pointer. Already in place after the first run.
            for file in set.files {
                let visible = base.appendingPathComponent(file.name).path
                let target = "\(setsFolder)/\(set.stem).current/\(file.name)"
                if linkTarget(visible) == target { continue }
                try replaceWithSymlink(visible, target: target, temporary: "\(folder)/.\(file.name).link-\(suffix)")
            }
            // The one switch of this set.
            try replaceWithSymlink(
                "\(setsPath)/\(set.stem).current", target: id, temporary: "\(setsPath)/.\(set.stem).current-\(suffix)")
        }
        syncFolder(setsPath)
        syncFolder(folder)
        cleanUp(folder)
        return sets.flatMap(\.files).map { base.appendingPathComponent($0.name).path }
    }

    /// Removes what a stopped run left in `folder`: set folders no pointer names, temporary symlinks, and the
    /// temporary files and backups of the publisher before sets. Only call it while holding the run lock.
    static func cleanUp(_ folder: String) {
        let manager = FileManager.default
        let sets = folder + "/" + setsFolder
        if let entries = try? manager.contentsOfDirectory(atPath: sets) {
            let current = Set(entries.filter { $0.hasSuffix(".current") }.compactMap { linkTarget(sets + "/" + $0) })
            for entry in entries where !entry.hasSuffix(".current") && !current.contains(entry) {
                try? manager.removeItem(atPath: sets + "/" + entry)
            }
        }
        for entry in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where entry.hasPrefix(".") && isLeftover(entry) {
            unlink(folder + "/" + entry)
        }
    }

    /// Temporary names of this publisher (`.name.link-tmp-PID`) and of the one before it (`.name.tmp-PID`,
    /// `.name.vorige-tmp-PID`).
    private static func isLeftover(_ name: String) -> Bool {
        guard let range = name.range(of: "tmp-", options: .backwards) else { return false }
        let pid = name[range.upperBound...]
        guard !pid.isEmpty, pid.allSatisfy(\.isNumber) else { return false }
        let before = name[..<range.lowerBound]
        return before.hasSuffix(".") || before.hasSuffix(".vorige-") || before.hasSuffix(".link-")
    }

    /// Creates `folder` with its parents when missing.
    static func createFolder(_ folder: String) throws(MonitorError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw MonitorError(
                .output, "de uitvoermap kan niet worden gemaakt (\(cause(error)))", at: SourceLocation(file: folder))
        }
    }

    /// Writes `bytes` to a new file at `path` and fsyncs it; a short write (a full disk) is an error.
    static func writeDurably(_ bytes: [UInt8], to path: String) throws(MonitorError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("kan niet schrijven in de uitvoermap", at: path) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw failure("kan niet schrijven in de uitvoermap", at: path) }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw failure("kan niet schrijven in de uitvoermap", at: path) }
    }

    /// The target of the symlink at `path`, nil when it is none.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func replaceWithSymlink(_ path: String, target: String, temporary: String) throws(MonitorError) {
        unlink(temporary)
        guard symlink(target, temporary) == 0 else {
            throw failure("kan geen verwijzing maken in de uitvoermap", at: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("kan het bestand niet op zijn plaats zetten", at: path)
            unlink(temporary)
            throw error
        }
    }

    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ message: String, at path: String) -> MonitorError {
        MonitorError(.output, "\(message) (\(String(cString: strerror(errno))))", at: SourceLocation(file: path))
    }

    private static func cause(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
