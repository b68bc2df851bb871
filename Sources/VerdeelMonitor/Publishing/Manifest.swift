import Foundation

/// `monitor-<regio>-<periode>.manifest.json`: what a published set was made from and by, enough to check it
/// and to reproduce it from an archive (SPEC section 8, docs/operations.md).
///
/// The JSON is deterministic (sorted keys, no floating point, no host name, no absolute path the run did not
/// get as an option) and holds no per-person value: file names, counts and checksums only.
struct Manifest: Codable, Sendable, Equatable {
    /// The options of the run, as given on the command line (paths as given, not resolved).
    struct Options: Codable, Sendable, Equatable {
        var config: String
        var input: String
        var output: String
        /// As given; nil when the run chose the default period.
        var periode: String?
        var vertrouwelijk: Bool
        var templates: String?
        var archive: String?
    }

    /// A file the run read besides the deliveries: the configuration, and what it names or the options add
    /// (template overrides; later a CBS households file).
    struct Input: Codable, Sendable, Equatable {
        /// What the file is: `configuratie`, `huishoudens` (the CBS file, relative to the configuration),
        /// `sjabloon`.
        var role: String
        /// Relative to the folder it belongs to (the template folder), or the file name for the config.
        var path: String
        var sha256: String
    }

    struct Levering: Codable, Sendable, Equatable {
        var path: String
        var soort: String
        var bron: String
        var periode: String
        var versie: Int
        var sha256: String
        var status: String
        var regels: Int
        var gebruikt: Int
        var afgewezen: Int
        var buitenRegio: Int
        var vervangen: Int
    }

    struct Output: Codable, Sendable, Equatable {
        var file: String
        var sha256: String
    }

    var format = 1
    var tool: String
    var version: String
    var regio: String
    /// The reported period.
    var periode: String
    /// Seconds since 1970 (what `SOURCE_DATE_EPOCH` gives a reproduction).
    var generated: Int
    var options: Options
    var configSHA256: String
    var inputs: [Input]
    var leveringen: [Levering]
    /// Files in the input folder whose names were not recognised (never read; listed in the report).
    var nietHerkend: [String]
    /// Deliveries whose content differs from the last published manifest's under the same path.
    var gewijzigd: [String]
    /// Entries of the input folder that are not regular files, skipped with their reason (listed in the report;
    /// a reproduction reports them again, since the archive holds no pipe or link). Absent in older manifests.
    var overgeslagen: [Discovery.Skipped]?
    var html: Output
    var xml: Output
    /// SPEC.md section 11: the published monitors this run compared with, oldest first (absent without any).
    var basissen: [Basis]?
    /// Published monitors in the output folder that were no basis, with the note that says why (absent without
    /// any); a reproduction reports them again.
    var geenBasis: [GeenBasis]?

    /// A published monitor compared with: its XML, and the manifest of its set when one lay beside it.
    struct Basis: Codable, Sendable, Equatable {
        var periode: String
        var xml: Output
        var manifest: Output?
    }

    struct GeenBasis: Codable, Sendable, Equatable {
        var file: String
        var reden: String
    }

    static func fileName(stem: String) -> String { stem + ".manifest.json" }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain strings, integers and booleans cannot fail.
        return Array(try! encoder.encode(self)) + [0x0a]
    }

    /// Reads a manifest; nil when `path` holds none this version can read.
    static func read(_ path: String) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    /// The latest published manifests in `folder` (the visible ones), newest generation last.
    static func published(in folder: String) -> [Manifest] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".manifest.json") && !$0.hasPrefix(".") }.sorted()
            .compactMap { read(folder + "/" + $0) }
            .sorted { ($0.generated, $0.periode) < ($1.generated, $1.periode) }
    }

    /// Paths of `deliveries` whose sha256 differs from the one the latest of `previous` recorded for that path.
    static func changed(_ deliveries: [Delivery], since previous: [Manifest]) -> [String] {
        var last: [String: String] = [:]
        for manifest in previous {
            for levering in manifest.leveringen { last[levering.path] = levering.sha256 }
        }
        return deliveries.filter { delivery in last[delivery.path].map { $0 != delivery.sha256 } ?? false }
            .map(\.path).sorted()
    }
}

extension Manifest.Levering {
    init(_ delivery: Delivery) {
        self.init(
            path: delivery.path, soort: delivery.name.soort.rawValue, bron: delivery.name.bron,
            periode: delivery.name.period.description, versie: delivery.name.version, sha256: delivery.sha256,
            status: delivery.status.rawValue, regels: delivery.records, gebruikt: delivery.used,
            afgewezen: delivery.rejected, buitenRegio: delivery.outsideRegion, vervangen: delivery.superseded)
    }
}
