import Foundation

/// Where the package's own files are, found from this source file's location.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path
    static let schema = root.appendingPathComponent("Templates/monitor.xsd").path
    static let sampleConfig = root.appendingPathComponent("SampleData/regio.toml").path
    static let sampleInput = root.appendingPathComponent("SampleData/exports").path

    /// The `verdeelmonitor` executable built next to the test bundle (`swift build --build-tests` builds both).
    static let executable: String = {
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [
            bundleFolder, bundleFolder.deletingLastPathComponent(), root.appendingPathComponent(".build/debug"),
        ] {
            let candidate = folder.appendingPathComponent("verdeelmonitor").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/verdeelmonitor").path
    }()

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verdeelmonitor-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
