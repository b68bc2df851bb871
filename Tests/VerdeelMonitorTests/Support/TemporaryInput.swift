import Foundation

@testable import VerdeelMonitor

/// The bytes of one input file: text (written as UTF-8) or raw bytes (for encodings and byte-order marks).
enum InputBytes: ExpressibleByStringLiteral {
    case text(String)
    case raw([UInt8])

    init(stringLiteral value: String) { self = .text(value) }

    var data: Data {
        switch self {
        case .text(let text): Data(text.utf8)
        case .raw(let bytes): Data(bytes)
        }
    }
}

/// A fresh temporary folder with `regio.toml` and an `input` folder of named files, removed afterwards.
///
/// File names may hold folders (`2026/verhuringen_corp-a_2026-H1.csv`); they are created as needed.
struct TemporaryInput {
    let root: URL
    var configPath: String { root.appendingPathComponent("regio.toml").path }
    var inputPath: String { root.appendingPathComponent("input").path }

    /// Writes the files, runs `body`, and removes the folder whether `body` returns or throws.
    static func with<T>(
        config: String, files: [String: InputBytes],
        _ body: (TemporaryInput) throws -> T
    ) throws -> T {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("verdeelmonitor-test-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let input = TemporaryInput(root: root)
        try FileManager.default.createDirectory(atPath: input.inputPath, withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: input.configPath))
        for (name, bytes) in files {
            let url = URL(fileURLWithPath: input.inputPath).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try bytes.data.write(to: url)
        }
        return try body(input)
    }

    /// Loads `regio.toml`, scans the input folder and ingests what it found, keeping the lettings in
    /// `Dataset.lettings` (and counting them nowhere).
    func ingest() throws -> Dataset {
        let config = try RegionConfig.read(configPath).config
        return Ingestion.ingest(
            try Discovery.scan(inputPath), config: config, lettings: { _ in { _ in } }, use: .countedAndKept)
    }

    /// Ingests `files` with `config` (by default the small region below) in a fresh temporary folder.
    static func ingest(_ files: [String: InputBytes], config: String = smallRegion) throws -> Dataset {
        try with(config: config, files: files) { try $0.ingest() }
    }

    /// Enschede (alias "Gemeente Enschede"), Hengelo and Tubbergen; corporations corp-a and corp-b.
    /// Outside the region: GM0363 (Amsterdam) and the name "Almelo" (not configured).
    static let smallRegion = RegioTOML(
        code: "test", naam: "Testregio",
        gemeenten: [
            .init(code: "GM0153", naam: "Enschede", huishoudens: 80000, aliassen: ["Gemeente Enschede"]),
            .init(code: "GM0164", naam: "Hengelo", huishoudens: 40000),
            .init(code: "GM0183", naam: "Tubbergen", huishoudens: 8000),
        ],
        corporaties: [.init(code: "corp-a", naam: "Woonstichting A"), .init(code: "corp-b", naam: "Woonstichting B")]
    ).text
}

extension Dataset {
    /// The delivery read from `path` (relative to the input folder).
    func delivery(at path: String) -> Delivery? { deliveries.first { $0.path == path } }

    func rejects(in path: String) -> [Reject] { rejects.filter { $0.location.file == path } }

    func notices(in path: String) -> [Notice] { notices.filter { $0.location.file == path } }
}
