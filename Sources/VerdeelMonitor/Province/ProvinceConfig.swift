import Foundation
import TOMLKit

/// The configuration of a province (`provincie.toml`, SPEC.md section 12): its code and name, and the regions'
/// own configurations, each read and checked as `regio.toml` is.
struct ProvinceConfig: Sendable {
    /// One region of the province: its configuration, the path as `provincie.toml` writes it and as resolved.
    struct Region: Sendable {
        var config: RegionConfig
        var configSHA256: String
        /// As written in `regio = [...]`, relative to `provincie.toml`.
        var listedPath: String
        /// `listedPath` resolved against the folder of `provincie.toml`.
        var path: String
    }

    var code: String
    var naam: String
    /// In the order of `regio = [...]`, the order of the province view.
    var regions: [Region]
    /// The municipality x category pairs no region's verdeling counts.
    var coverage: Coverage

    /// Reads `provincie.toml` and every region configuration it lists, then checks the coverage (`Coverage`).
    ///
    /// Every problem is a `MonitorError` of kind `.configuration` that names the file and the key.
    static func read(_ path: String) throws(MonitorError) -> (config: ProvinceConfig, sha256: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MonitorError(
                .configuration, "het provinciebestand is niet te lezen of bestaat niet",
                at: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MonitorError(
                .configuration, "het provinciebestand is geen UTF-8-tekst", at: SourceLocation(file: path))
        }
        let (code, naam, listed) = try parse(text, file: path)
        let folder = (path as NSString).deletingLastPathComponent
        var regions: [Region] = []
        for entry in listed {
            let resolved = folder.isEmpty ? entry : (folder as NSString).appendingPathComponent(entry)
            let (config, sha256) = try RegionConfig.read(resolved)
            if let other = regions.first(where: { $0.config.code == config.code }) {
                throw MonitorError(
                    .configuration,
                    "sleutel 'regio': '\(other.listedPath)' en '\(entry)' hebben dezelfde regiocode '\(config.code)'",
                    at: SourceLocation(file: path))
            }
            regions.append(Region(config: config, configSHA256: sha256, listedPath: entry, path: resolved))
        }
        let coverage = try Coverage(regions, file: path)
        return (ProvinceConfig(code: code, naam: naam, regions: regions, coverage: coverage), Fingerprint.sha256(data))
    }

    /// The keys of `provincie.toml`: `code`, `naam` and `regio` (the region files, relative to it).
    static func parse(
        _ source: String, file: String
    ) throws(MonitorError) -> (
        code: String, naam: String, regio: [String]
    ) {
        func fail(_ key: String, _ message: String) -> MonitorError {
            MonitorError(.configuration, "sleutel '\(key)': \(message)", at: SourceLocation(file: file))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw MonitorError(
                .configuration, "TOML-syntaxfout: \(error.description)",
                at: SourceLocation(file: file, line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw MonitorError(.configuration, "TOML-syntaxfout: \(error)", at: SourceLocation(file: file))
        }
        let allowed = ["code", "naam", "regio"]
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw fail(key, "onbekende sleutel (toegestaan: \(allowed.joined(separator: ", ")))")
        }
        func text(_ key: String) throws(MonitorError) -> String {
            guard let value = table[key] else { throw fail(key, "ontbreekt") }
            guard let text = value.string?.trimmingCharacters(in: .whitespaces) else {
                throw fail(key, "moet tekst zijn")
            }
            guard !text.isEmpty else { throw fail(key, "is leeg") }
            return text
        }
        let code = try text("code")
        guard code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw fail("code", "'\(code)' mag alleen kleine letters, cijfers en '-' bevatten")
        }
        let naam = try text("naam")
        guard let array = table["regio"]?.array else {
            throw fail("regio", table["regio"] == nil ? "ontbreekt" : "moet een lijst van bestandsnamen zijn")
        }
        var regio: [String] = []
        for element in array {
            guard let name = element.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw fail("regio", "moet een lijst van bestandsnamen zijn")
            }
            guard !name.hasPrefix("/") else {
                throw fail("regio", "'\(name)' moet relatief aan het provinciebestand zijn")
            }
            guard !regio.contains(name) else { throw fail("regio", "'\(name)' staat twee keer in de lijst") }
            regio.append(name)
        }
        guard !regio.isEmpty else { throw fail("regio", "de provincie heeft geen regio's") }
        return (code, naam, regio)
    }
}
