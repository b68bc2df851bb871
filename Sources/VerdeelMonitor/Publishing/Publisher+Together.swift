import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension Publisher {
    /// Publishes `sets` with one switch for all of them, so that a kill at any moment leaves every previous set
    /// or all the new ones, never a mix (a province run, SPEC.md section 12; docs/operations.md).
    ///
    /// Layout: every set's pointer `<stem>.current` names the group's pointer `groep-<group>.current`, which names
    /// one folder holding the files of every set. The visible names are the usual fixed symlinks. A run:
    /// 1. writes and fsyncs the new group folder with every file;
    /// 2. when a set's pointer does not name the group's pointer yet (the first run, or after a run of one region
    ///    alone), first makes a folder that holds the files every set shows now (hard links, else copies), points
    ///    the group's pointer at it and then each set's pointer at the group's: nothing a reader sees changes;
    /// 3. switches the group's pointer to the new folder: one `rename(2)`.
    /// Folders no pointer names are leftovers that `cleanUp` removes.
    static func publish(
        _ sets: [OutputSet], together group: String, into folder: String
    ) throws(MonitorError)
        -> [String]
    {
        try createFolder(folder)
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        for file in sets.flatMap(\.files) {
            var isFolder: ObjCBool = false
            let path = base.appendingPathComponent(file.name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw MonitorError(
                    .output, "op de plaats van het uitvoerbestand staat een map", at: SourceLocation(file: path))
            }
        }
        let setsPath = base.appendingPathComponent(setsFolder).path
        try createFolder(setsPath)
        let name = "groep-\(group)"
        let pointer = "\(name).current"
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1e6))"
        let digest = Fingerprint.sha256(sets.flatMap(\.files).flatMap { Array($0.name.utf8) + $0.bytes }).prefix(12)
        let id = "\(name).\(digest).\(stamp)"
        try writeFolder(setsPath + "/" + id) { path throws(MonitorError) in
            for file in sets.flatMap(\.files) { try writeDurably(file.bytes, to: path + "/" + file.name) }
        }
        let suffix = "tmp-\(getpid())"
        let stems = sets.map(\.stem)
        if stems.contains(where: { linkTarget("\(setsPath)/\($0).current") != pointer }) {
            let previous = "\(name).vorige.\(stamp)"
            try writeFolder(setsPath + "/" + previous) { path throws(MonitorError) in
                for stem in stems { try keepShown(stem, in: setsPath, into: path) }
            }
            try replaceWithSymlink(
                "\(setsPath)/\(pointer)", target: previous, temporary: "\(setsPath)/.\(pointer)-\(suffix)")
            for stem in stems {
                try replaceWithSymlink(
                    "\(setsPath)/\(stem).current", target: pointer, temporary: "\(setsPath)/.\(stem).current-\(suffix)")
            }
            syncFolder(setsPath)
        }
        for set in sets {
            for file in set.files {
                let visible = base.appendingPathComponent(file.name).path
                let target = "\(setsFolder)/\(set.stem).current/\(file.name)"
                if linkTarget(visible) == target { continue }
                try replaceWithSymlink(visible, target: target, temporary: "\(folder)/.\(file.name).link-\(suffix)")
            }
        }
        // The one switch.
        try replaceWithSymlink("\(setsPath)/\(pointer)", target: id, temporary: "\(setsPath)/.\(pointer)-\(suffix)")
        syncFolder(setsPath)
        syncFolder(folder)
        cleanUp(folder)
        return sets.flatMap(\.files).map { base.appendingPathComponent($0.name).path }
    }

    /// Creates the folder `path`, lets `fill` write into it and fsyncs it; removes it again when `fill` fails.
    private static func writeFolder(_ path: String, _ fill: (String) throws(MonitorError) -> Void) throws(MonitorError)
    {
        do {
            try createFolder(path)
            try fill(path)
            syncFolder(path)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Puts the files that set `stem` shows now (`<stem>.*` in the folder its pointer leads to) into `folder`,
    /// as hard links, or as copies where a link cannot be made.
    private static func keepShown(_ stem: String, in setsPath: String, into folder: String) throws(MonitorError) {
        guard let shown = realpath(setsPath + "/" + stem + ".current", nil) else { return }  // no set yet
        let current = String(cString: shown)
        free(shown)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: current)) ?? []
        for name in names where name.hasPrefix(stem + ".") {
            let from = current + "/" + name
            let to = folder + "/" + name
            if link(from, to) == 0 { continue }
            guard let bytes = FileManager.default.contents(atPath: from) else { continue }
            try writeDurably(Array(bytes), to: to)
        }
    }
}
