import Foundation

/// Finds the shipped `Templates/` folder (templates and XSD) when no `--templates` folder is given.
public enum TemplateLocation {
    /// The first that holds `monitor.xsd`: `$VERDEELMONITOR_TEMPLATES`, `Templates/` beside the executable or in
    /// one of its parent folders (a build tree or an install such as `/opt/verdeelmonitor/bin/..`), and
    /// `./Templates`.
    public static func shipped(executable: String = CommandLine.arguments.first ?? "",
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let path = environment["VERDEELMONITOR_TEMPLATES"], !path.isEmpty { candidates.append(path) }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Templates").path)
            candidates.append(folder.appendingPathComponent("share/verdeelmonitor/Templates").path)
            folder.deleteLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Templates")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/" + ReportTemplates.schemaFile) }
    }

    /// Seconds since 1970 for the report: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text.trimmingCharacters(in: .whitespaces)) {
            return seconds
        }
        return Int(Date().timeIntervalSince1970)
    }
}
