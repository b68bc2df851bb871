import Foundation

/// Writes output files so that a reader never sees a half-written or mixed set.
///
/// Every file is first written in full under a temporary name in the output folder. Then the previous files
/// are kept aside as hard links and the new ones are renamed into place (a rename within one folder is atomic
/// on POSIX systems). When any step fails, the temporary files are removed and the previous files are put back,
/// so the folder holds either the complete new set or the previous one.
enum Publisher {
    /// Publishes `files` (name and bytes) into `folder`, creating the folder when needed; returns the paths.
    @discardableResult
    static func publish(_ files: [(name: String, bytes: [UInt8])], into folder: String) throws(MonitorError) -> [String]
    {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw MonitorError(
                .output, "de uitvoermap kan niet worden gemaakt (\(cause(error)))", at: SourceLocation(file: folder))
        }
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        let suffix = "tmp-\(ProcessInfo.processInfo.processIdentifier)"
        var steps = files.map { file in
            Step(
                final: base.appendingPathComponent(file.name).path,
                temporary: base.appendingPathComponent(".\(file.name).\(suffix)").path,
                backup: base.appendingPathComponent(".\(file.name).vorige-\(suffix)").path)
        }
        for step in steps {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: step.final, isDirectory: &isFolder), isFolder.boolValue {
                throw MonitorError(
                    .output, "op de plaats van het uitvoerbestand staat een map", at: SourceLocation(file: step.final))
            }
        }
        func undo(_ message: String, at path: String) -> MonitorError {
            var message = message
            for step in steps.reversed() {
                switch (step.renamed, step.hadPrevious) {
                case (true, true):
                    if rename(step.backup, step.final) != 0 {
                        message += "; het vorige bestand kon niet terug en staat nog als \(step.backup)"
                    }
                case (true, false): unlink(step.final)
                case (false, true): unlink(step.backup)
                case (false, false): break
                }
                unlink(step.temporary)
            }
            return MonitorError(.output, message, at: SourceLocation(file: path))
        }
        for (step, file) in zip(steps, files) {
            do {
                try Data(file.bytes).write(to: URL(fileURLWithPath: step.temporary))
            } catch {
                throw undo("kan niet schrijven in de uitvoermap (\(cause(error)))", at: step.final)
            }
        }
        for index in steps.indices where manager.fileExists(atPath: steps[index].final) {
            // A backup left by a run that was killed halfway would block every later run: clear it first. A
            // file system without hard links (SMB, vfat) gets a copy instead.
            unlink(steps[index].backup)
            if link(steps[index].final, steps[index].backup) != 0 {
                do {
                    try manager.copyItem(atPath: steps[index].final, toPath: steps[index].backup)
                } catch {
                    throw undo("kan het vorige bestand niet bewaren (\(cause(error)))", at: steps[index].final)
                }
            }
            steps[index].hadPrevious = true
        }
        for index in steps.indices {
            guard rename(steps[index].temporary, steps[index].final) == 0 else {
                throw undo(
                    "kan het bestand niet op zijn plaats zetten (\(String(cString: strerror(errno))))",
                    at: steps[index].final)
            }
            steps[index].renamed = true
        }
        for step in steps { unlink(step.backup) }
        return steps.map(\.final)
    }

    /// One file on its way: where it goes, where it is written first, where the previous version waits.
    private struct Step {
        var final: String
        var temporary: String
        var backup: String
        /// A previous version existed; `backup` holds it until the whole set is in place.
        var hadPrevious = false
        var renamed = false
    }

    private static func cause(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
