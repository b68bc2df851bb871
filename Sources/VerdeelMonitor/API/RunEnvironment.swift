import Foundation

/// What a run takes from its surroundings: where the shipped templates are, and the time to stamp.
public enum RunEnvironment {
    /// The first that holds `monitor.xsd`: `$VERDEELMONITOR_TEMPLATES`, `Templates/` beside the executable or in
    /// one of its parent folders (a build tree or an install such as `/opt/verdeelmonitor/bin/..`), and
    /// `./Templates`.
    public static func shippedTemplates(
        executable: String = CommandLine.arguments.first ?? "",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        var candidates: [String] = []
        if let path = environment["VERDEELMONITOR_TEMPLATES"], !path.isEmpty { candidates.append(path) }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Templates").path)
            candidates.append(folder.appendingPathComponent("share/verdeelmonitor/Templates").path)
            folder.deleteLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Templates")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/" + SchemaValidator.file) }
    }

    /// Seconds since 1970 for the report: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
    ///
    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds from 1970 up to the year 9999 is a usage error.
    public static func timestamp(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MonitorError) -> Int {
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else {
            return Int(Date().timeIntervalSince1970)
        }
        guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)), (0...253_402_300_799).contains(seconds)
        else {
            throw MonitorError(.usage, "SOURCE_DATE_EPOCH '\(text)' is geen aantal seconden sinds 1970")
        }
        return seconds
    }
}
