import Foundation
import TOMLKit

extension RegionConfig {
    /// Reads and checks `regio.toml` once: the configuration and the SHA-256 of the very bytes it was parsed
    /// from (for the colophon).
    ///
    /// Every problem is a `MonitorError` of kind `.configuration` that names the file, the key and, for
    /// syntax errors, the line and column.
    static func read(_ path: String) throws(MonitorError) -> (config: RegionConfig, sha256: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MonitorError(
                .configuration, "het configuratiebestand is niet te lezen of bestaat niet",
                at: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MonitorError(
                .configuration, "het configuratiebestand is geen UTF-8-tekst", at: SourceLocation(file: path))
        }
        return (try parse(text, file: path), Fingerprint.sha256(data))
    }

    /// Parses the text of `regio.toml`; `file` is only used in messages.
    static func parse(_ text: String, file: String = "regio.toml") throws(MonitorError) -> RegionConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw MonitorError(
                .configuration, "TOML-syntaxfout: \(error.description)",
                at: SourceLocation(
                    file: file, line: error.source.begin.line,
                    column: error.source.begin.column))
        } catch {
            throw MonitorError(.configuration, "TOML-syntaxfout: \(error)", at: SourceLocation(file: file))
        }
        let root = ConfigTable(table: table, path: "", file: file)
        let config = try root.regionConfig()
        try config.checkConsistency(file: file)
        return config
    }

    private func checkConsistency(file: String) throws(MonitorError) {
        func fail(_ message: String) -> MonitorError {
            MonitorError(.configuration, message, at: SourceLocation(file: file))
        }
        guard minimum <= signaalwaarde else {
            throw fail("'minimum' (\(minimum)) is hoger dan 'signaalwaarde' (\(signaalwaarde))")
        }
        var codes = Set<MunicipalityCode>()
        var names = [String: String]()
        for municipality in municipalities {
            guard codes.insert(municipality.code).inserted else {
                throw fail("gemeente \(municipality.code) staat twee keer in [[gemeente]]")
            }
            for name in [municipality.naam] + municipality.aliases {
                if MunicipalityCode(name) != nil {
                    throw fail(
                        "de naam of alias '\(name)' van \(municipality.code) lijkt een CBS-code; gebruik de code zelf")
                }
                let key = name.comparable
                if let other = names[key], other != municipality.code.value {
                    throw fail("de naam of alias '\(name)' hoort bij twee gemeenten (\(other) en \(municipality.code))")
                }
                names[key] = municipality.code.value
            }
        }
        // Mergers (SPEC.md section 9): a predecessor is no member's own code and is listed once in the region.
        var predecessorOf = [MunicipalityCode: MunicipalityCode]()
        for municipality in municipalities {
            for predecessor in municipality.predecessors {
                if let member = self.member(predecessor) {
                    throw fail(
                        "voorganger \(predecessor) van \(municipality.code) is de code van \(member.naam), zelf een gemeente van de regio"
                    )
                }
                if let other = predecessorOf[predecessor] {
                    throw fail(
                        other == municipality.code
                            ? "voorganger \(predecessor) staat twee keer bij \(municipality.code)"
                            : "voorganger \(predecessor) staat bij twee gemeenten (\(other) en \(municipality.code))")
                }
                predecessorOf[predecessor] = municipality.code
            }
        }
        var corporationCodes = Set<String>()
        for corporation in corporations where !corporationCodes.insert(corporation.code).inserted {
            throw fail("corporatie '\(corporation.code)' staat twee keer in [[corporatie]]")
        }
    }
}

/// A TOML table with the path it sits at, so that every error can name the key.
private struct ConfigTable {
    let table: TOMLTable
    let path: String
    let file: String

    func fail(_ key: String, _ message: String) -> MonitorError {
        MonitorError(.configuration, "sleutel '\(path)\(key)': \(message)", at: SourceLocation(file: file))
    }

    func rejectUnknownKeys(allowed: Set<String>) throws(MonitorError) {
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw fail(key, "onbekende sleutel (toegestaan: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func string(_ key: String, default fallback: String? = nil) throws(MonitorError) -> String {
        guard let value = table[key] else {
            if let fallback { return fallback }
            throw fail(key, "ontbreekt")
        }
        guard let text = value.string else { throw fail(key, "moet tekst zijn") }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw fail(key, "is leeg") }
        return trimmed
    }

    func number(_ key: String, default fallback: Double) throws(MonitorError) -> Double {
        guard let value = table[key] else { return fallback }
        if let double = value.double { return double }
        if let int = value.int { return Double(int) }
        throw fail(key, "moet een getal zijn")
    }

    func integer(_ key: String, default fallback: Int? = nil, in range: ClosedRange<Int>) throws(MonitorError) -> Int {
        guard let value = table[key] else {
            if let fallback { return fallback }
            throw fail(key, "ontbreekt")
        }
        guard let int = value.int else { throw fail(key, "moet een geheel getal zijn") }
        guard range.contains(int) else {
            throw fail(key, "moet van \(range.lowerBound) tot en met \(range.upperBound) zijn")
        }
        return int
    }

    func strings(_ key: String) throws(MonitorError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw fail(key, "moet een lijst van teksten zijn") }
        var result: [String] = []
        for element in array {
            guard let text = element.string else { throw fail(key, "moet een lijst van teksten zijn") }
            result.append(text.trimmingCharacters(in: .whitespaces))
        }
        return result
    }

    func tables(_ key: String) throws(MonitorError) -> [ConfigTable] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw fail(key, "moet een lijst van tabellen zijn ([[\(key)]])") }
        var result: [ConfigTable] = []
        for (index, element) in array.enumerated() {
            guard let table = element.table else { throw fail(key, "moet een lijst van tabellen zijn ([[\(key)]])") }
            result.append(ConfigTable(table: table, path: "\(path)\(key)[\(index + 1)].", file: file))
        }
        return result
    }

    func regionConfig() throws(MonitorError) -> RegionConfig {
        try rejectUnknownKeys(allowed: [
            "code", "naam", "minimum", "signaalwaarde", "noemer", "onderdrukken_onder",
            "gemeente", "corporatie", "noodknop", "huisstijl", "limieten", "profiel", "huishoudens",
        ])
        let code = try string("code")
        guard code.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw fail("code", "'\(code)' mag alleen kleine letters, cijfers en '-' bevatten")
        }
        let defaults = RegionConfig.Defaults.self
        let minimum = try number("minimum", default: defaults.minimum)
        let signaalwaarde = try number("signaalwaarde", default: defaults.signaalwaarde)
        for (key, value) in [("minimum", minimum), ("signaalwaarde", signaalwaarde)] where !(0...100).contains(value) {
            throw fail(key, "moet een percentage van 0 tot en met 100 zijn")
        }
        let noemerText = try string("noemer", default: defaults.noemer.rawValue)
        guard let noemer = Denominator(rawValue: noemerText) else {
            throw fail("noemer", "'\(noemerText)' is niet 'alle' of 'zonder-vergunninghouders'")
        }
        let householdsTable = try householdsSetting()
        let profiles = try self.profiles()
        let gemeenteTables = try tables("gemeente")
        var municipalities: [MemberMunicipality] = []
        for table in gemeenteTables {
            municipalities.append(try table.municipality(householdsFromCBS: householdsTable != nil, profiles: profiles))
        }
        guard !municipalities.isEmpty else { throw fail("gemeente", "de regio heeft geen gemeenten ([[gemeente]])") }
        var corporations: [Corporation] = []
        for table in try tables("corporatie") { corporations.append(try table.corporation(profiles: profiles)) }
        var householdsSource: HouseholdsSource?
        if let householdsTable {
            let notes = zip(gemeenteTables, municipalities).compactMap { table, municipality in
                table.table["huishoudens"] == nil
                    ? nil
                    : "huishoudens van \(municipality.code) in [[gemeente]] genegeerd: de CBS-tabel van [huishoudens] geldt"
            }
            let (counts, source) = try householdsTable.read(members: municipalities.map(\.code), notes: notes)
            for index in municipalities.indices {
                municipalities[index].households = counts[municipalities[index].code]!
            }
            householdsSource = source
        }
        var noodknop = NoodknopSettings()
        if table["noodknop"] != nil {
            guard let sub = table["noodknop"]?.table else { throw fail("noodknop", "moet een tabel zijn ([noodknop])") }
            let settings = ConfigTable(table: sub, path: "noodknop.", file: file)
            try settings.rejectUnknownKeys(allowed: ["signaalwaarde_reeks", "wachtenden_groei"])
            noodknop.signaalwaardeReeks = try settings.integer(
                "signaalwaarde_reeks", default: noodknop.signaalwaardeReeks, in: 1...20)
            noodknop.wachtendenGroei = try settings.integer(
                "wachtenden_groei", default: noodknop.wachtendenGroei, in: 1...20)
        }
        var config = RegionConfig(
            code: code, naam: try string("naam"), minimum: minimum, signaalwaarde: signaalwaarde,
            noemer: noemer,
            suppressBelow: try integer("onderdrukken_onder", default: defaults.suppressBelow, in: 1...100),
            municipalities: municipalities, corporations: corporations, noodknop: noodknop,
            huisstijl: try huisstijl())
        config.limits = try limits()
        config.profiles = profiles
        config.householdsSource = householdsSource
        return config
    }

    /// `[[profiel]]`: naam, `kopregel` (the header's row, SPEC.md section 10), `[profiel.kolommen]` (contract
    /// column = export column) and `[profiel.waarden.<kolom>]` (export value = contract value), keyed by naam.
    func profiles() throws(MonitorError) -> [String: Profile] {
        var result: [String: Profile] = [:]
        for table in try tables("profiel") {
            try table.rejectUnknownKeys(allowed: ["naam", "kopregel", "kolommen", "waarden"])
            let naam = try table.string("naam")
            guard result[naam] == nil else {
                throw table.fail("naam", "profiel '\(naam)' staat twee keer in [[profiel]]")
            }
            var profile = Profile(naam: naam)
            if table.table["kopregel"] != nil {
                profile.headerLine = try table.integer("kopregel", in: 1...1_048_576)  // Excel's last row
            }
            if let value = table.table["kolommen"] {
                guard let columns = value.table else { throw table.fail("kolommen", "moet een tabel zijn") }
                let sub = ConfigTable(table: columns, path: table.path + "kolommen.", file: file)
                for key in columns.keys.sorted() {
                    guard Profile.contractColumns.contains(key) else {
                        throw sub.fail(key, "'\(key)' is geen kolom van het contract")
                    }
                    profile.columns[key] = try sub.string(key).comparable
                }
            }
            if let value = table.table["waarden"] {
                guard let columns = value.table else { throw table.fail("waarden", "moet een tabel van tabellen zijn") }
                for key in columns.keys.sorted() {
                    guard Profile.contractColumns.contains(key) else {
                        throw table.fail("waarden.\(key)", "'\(key)' is geen kolom van het contract")
                    }
                    guard let labels = columns[key]?.table else {
                        throw table.fail("waarden.\(key)", "moet een tabel zijn ([profiel.waarden.\(key)])")
                    }
                    var mapping: [String: String] = [:]
                    for label in labels.keys.sorted() {
                        guard let contract = labels[label]?.string else {
                            throw table.fail("waarden.\(key).\(label)", "moet tekst zijn")
                        }
                        mapping[label.comparable] = contract.trimmingCharacters(in: .whitespaces)
                    }
                    profile.values[key] = mapping
                }
            }
            result[naam] = profile
        }
        return result
    }

    /// `[huishoudens]`: bestand and peiljaar, or nil when absent.
    func householdsSetting() throws(MonitorError) -> HouseholdsSetting? {
        guard table["huishoudens"] != nil else { return nil }
        guard let sub = table["huishoudens"]?.table else {
            throw fail("huishoudens", "moet een tabel zijn ([huishoudens] met bestand en peiljaar)")
        }
        let setting = ConfigTable(table: sub, path: "huishoudens.", file: file)
        try setting.rejectUnknownKeys(allowed: ["bestand", "peiljaar"])
        return HouseholdsSetting(
            table: setting, bestand: try setting.string("bestand"),
            peiljaar: try setting.integer("peiljaar", in: 1900...2200))
    }

    /// The `profiel` key of a `[[corporatie]]` or `[[gemeente]]`: a name that `[[profiel]]` defines.
    func profileReference(_ profiles: [String: Profile]) throws(MonitorError) -> String? {
        guard table["profiel"] != nil else { return nil }
        let name = try string("profiel")
        guard profiles[name] != nil else {
            throw fail("profiel", "profiel '\(name)' bestaat niet in [[profiel]]")
        }
        return name
    }

    /// The optional `[limieten]` table: bestand_mb, veld_kb, regels_per_bestand, xlsx_deel_mb (see `Limits`).
    func limits() throws(MonitorError) -> Limits {
        var limits = Limits()
        guard table["limieten"] != nil else { return limits }
        guard let sub = table["limieten"]?.table else { throw fail("limieten", "moet een tabel zijn ([limieten])") }
        let bounds = ConfigTable(table: sub, path: "limieten.", file: file)
        try bounds.rejectUnknownKeys(allowed: ["bestand_mb", "veld_kb", "regels_per_bestand", "xlsx_deel_mb"])
        let megabyte = Limits.megabyte
        limits.fileBytes =
            try bounds.integer("bestand_mb", default: limits.fileBytes / megabyte, in: 1...65_536) * megabyte
        limits.fieldBytes = try bounds.integer("veld_kb", default: limits.fieldBytes / 1024, in: 1...1_048_576) * 1024
        limits.rowsPerFile = try bounds.integer(
            "regels_per_bestand", default: limits.rowsPerFile, in: 1...1_000_000_000)
        limits.xlsxPartBytes =
            try bounds.integer("xlsx_deel_mb", default: limits.xlsxPartBytes / megabyte, in: 1...65_536) * megabyte
        return limits
    }

    /// The optional `[huisstijl]` table: kop, kleur (`#RGB` or `#RRGGBB`) and intro.
    func huisstijl() throws(MonitorError) -> Huisstijl {
        guard table["huisstijl"] != nil else { return Huisstijl() }
        guard let sub = table["huisstijl"]?.table else { throw fail("huisstijl", "moet een tabel zijn ([huisstijl])") }
        let style = ConfigTable(table: sub, path: "huisstijl.", file: file)
        try style.rejectUnknownKeys(allowed: ["kop", "kleur", "intro"])
        func optional(_ key: String) throws(MonitorError) -> String? {
            style.table[key] == nil ? nil : try style.string(key)
        }
        let kleur = try optional("kleur")
        if let kleur {
            guard Huisstijl.hexColour(kleur) != nil else {
                throw style.fail("kleur", "'\(kleur)' is geen kleur als #1f4e79")
            }
        }
        return Huisstijl(kop: try optional("kop"), kleur: kleur, intro: try optional("intro"))
    }

    func municipality(
        householdsFromCBS: Bool = false, profiles: [String: Profile] = [:]
    ) throws(MonitorError)
        -> MemberMunicipality
    {
        try rejectUnknownKeys(allowed: [
            "code", "naam", "huishoudens", "aliassen", "uitgezonderde_categorieen", "voorgangers", "profiel",
        ])
        let codeText = try string("code")
        guard let code = MunicipalityCode(codeText) else {
            throw fail("code", "'\(codeText)' is geen CBS-gemeentecode")
        }
        var excluded = Set<UrgencyCode>()
        for text in try strings("uitgezonderde_categorieen") {
            guard let category = UrgencyCode(rawValue: text.uppercased()), category.isStatutory else {
                throw fail("uitgezonderde_categorieen", "'\(text)' is geen wettelijke categorie")
            }
            excluded.insert(category)
        }
        var predecessors: [MunicipalityCode] = []
        for text in try strings("voorgangers") {
            guard let predecessor = MunicipalityCode(text) else {
                throw fail("voorgangers", "'\(text)' is geen CBS-gemeentecode")
            }
            predecessors.append(predecessor)
        }
        var municipality = MemberMunicipality(
            code: code, naam: try string("naam"),
            households: householdsFromCBS && table["huishoudens"] == nil
                ? 0 : try integer("huishoudens", in: 1...100_000_000),
            aliases: try strings("aliassen").filter { !$0.isEmpty }, excludedCategories: excluded,
            predecessors: predecessors)
        municipality.profile = try profileReference(profiles)
        return municipality
    }

    func corporation(profiles: [String: Profile] = [:]) throws(MonitorError) -> Corporation {
        try rejectUnknownKeys(allowed: ["code", "naam", "profiel"])
        let code = try string("code")
        guard !code.contains("_"), !code.contains("/") else {
            throw fail("code", "'\(code)' mag geen '_' of '/' bevatten (het is deel van de bestandsnaam)")
        }
        return Corporation(code: code, naam: try string("naam"), profile: try profileReference(profiles))
    }
}

/// `[huishoudens]` as written: the CBS file to read, relative to `regio.toml`.
private struct HouseholdsSetting {
    let table: ConfigTable
    let bestand: String
    let peiljaar: Int

    /// Reads the CBS file: the households per member and the source for the colophon.
    func read(
        members: [MunicipalityCode], notes: [String]
    ) throws(MonitorError) -> (
        [MunicipalityCode: Int], HouseholdsSource
    ) {
        let path =
            bestand.hasPrefix("/")
            ? bestand
            : URL(fileURLWithPath: table.file).deletingLastPathComponent().appendingPathComponent(bestand).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw table.fail("bestand", "het CBS-bestand '\(bestand)' is niet te lezen of bestaat niet")
        }
        let counts = try CBSHouseholds.households(in: data, peiljaar: peiljaar, members: members, file: path)
        return (
            counts,
            HouseholdsSource(file: bestand, sha256: Fingerprint.sha256(data), peiljaar: peiljaar, notes: notes)
        )
    }
}
