import Foundation

/// `monitor-provincie-<code>-<periode>.manifest.json`: what a province run read and published, enough to
/// check every set of it and to reproduce the run from an archive (SPEC.md sections 8 and 12).
///
/// Deterministic like the region manifest (sorted keys, no host name) and without any per-person value. It has
/// no `regio` key, so it is never read as a region's manifest.
struct ProvinceManifest: Codable, Sendable, Equatable {
    struct Options: Codable, Sendable, Equatable {
        var provincie: String
        var input: String
        var output: String
        var periode: String?
        var vertrouwelijk: Bool
        var templates: String?
        var archive: String?
    }

    /// One region's published set.
    struct RegionSet: Codable, Sendable, Equatable {
        var regio: String
        /// The region's configuration, as `provincie.toml` lists it.
        var config: String
        var manifest: String
        /// The deliveries changed under the same name since the last publication (`Manifest.gewijzigd`).
        var gewijzigd: [String]
        /// The options the region's own manifest records.
        var options: Manifest.Options
        var html: Manifest.Output
        var xml: Manifest.Output
    }

    var format = 1
    var tool: String
    var version: String
    var provincie: String
    var periode: String
    var generated: Int
    var options: Options
    var provincieSHA256: String
    /// `provincie.toml` (role `provincie`), every region configuration (`configuratie`, path as listed), the
    /// CBS files they name (`huishoudens`, relative to `provincie.toml`'s folder), template overrides.
    var inputs: [Manifest.Input]
    /// Every delivery any region read, once, by path.
    var leveringen: [Manifest.Levering]
    var nietHerkend: [String]
    var regios: [RegionSet]
    var html: Manifest.Output
    var xml: Manifest.Output

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try! encoder.encode(self)) + [0x0a]
    }

    static func read(_ path: String) -> ProvinceManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(ProvinceManifest.self, from: data)
    }
}

extension Manifest.Input {
    static let provincie = "provincie"
}
