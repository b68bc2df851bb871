/// Section "Aanleveringen en datakwaliteit": what was expected and received for the period, the account of
/// every file's rows, every rejected row with file, line and reason, and the notes on the inputs.
struct AanleveringenView: Sendable {
    struct Levering: Sendable {
        var bestand: String
        var bron: String
        var versie: String
        var status: String
        var regels: String
        var gebruikt: String
        var afgewezen: String
        var buitenRegio: String
        var vervangen: String
    }

    struct Afwijzing: Sendable {
        var bestand: String
        var regel: String
        var reden: String
    }

    struct Kwaliteit: Sendable {
        var corporatie: String
        var zonderHerkomst: String
    }

    var ontbrekend: [String]
    var heeftOntbrekend: Bool
    var leveringen: [Levering]
    var afwijzingen: [Afwijzing]
    var heeftAfwijzingen: Bool
    var aantalAfwijzingen: String
    var meldingen: [Afwijzing]
    var heeftMeldingen: Bool
    var nietHerkend: [String]
    var heeftNietHerkend: Bool
    var kwaliteit: [Kwaliteit]
    var heeftKwaliteit: Bool
    /// A sentence on urgentienummers found in two registers, or nil.
    var dubbeleNummers: String?
    /// Per predecessor code (`voorgangers`): which member it counts as and what of it the inputs hold.
    var herindelingen: [String]
    var heeftHerindelingen: Bool

    init(report: MonitorReport) {
        let config = report.config
        let dataset = report.dataset
        func source(_ soort: Soort, _ bron: String) -> String {
            if soort == .urgentie || bron.hasPrefix("GM"), let code = MunicipalityCode(bron) {
                if let m = config.member(code) { return "\(m.naam) (\(bron))" }
                if let m = config.successor(of: code) { return "\(m.naam) (\(bron), voorganger van \(m.code))" }
            }
            return config.corporations.first { $0.code == bron }.map { "\($0.naam) (\(bron))" } ?? bron
        }
        ontbrekend = report.missing.map { "\($0.soort.rawValue) van \(source($0.soort, $0.bron))" }
        heeftOntbrekend = !ontbrekend.isEmpty
        leveringen = dataset.deliveries.filter { $0.name.period == report.period }.sorted { $0.name < $1.name }.map {
            Levering(
                bestand: $0.path, bron: source($0.name.soort, $0.name.bron), versie: "v\($0.name.version)",
                status: $0.status.rawValue,
                regels: Formatting.dutch($0.records), gebruikt: Formatting.dutch($0.used),
                afgewezen: Formatting.dutch($0.rejected),
                buitenRegio: Formatting.dutch($0.outsideRegion), vervangen: Formatting.dutch($0.superseded))
        }
        afwijzingen = Self.limited(dataset.rejects.map { ($0.location, $0.reason) }, noun: "afgewezen regels")
        heeftAfwijzingen = !afwijzingen.isEmpty
        aantalAfwijzingen = Formatting.dutch(dataset.rejects.count)
        meldingen = Self.limited(dataset.notices.map { ($0.location, $0.message) }, noun: "opmerkingen")
        heeftMeldingen = !meldingen.isEmpty
        nietHerkend = dataset.unrecognised
        heeftNietHerkend = !nietHerkend.isEmpty
        kwaliteit = report.current.dataQuality.map {
            Kwaliteit(
                corporatie: source(.verhuringen, $0.corporation), zonderHerkomst: Formatting.dutch($0.withoutOrigin))
        }
        heeftKwaliteit = !kwaliteit.isEmpty
        herindelingen = Self.herindelingen(config: config, dataset: dataset)
        heeftHerindelingen = !herindelingen.isEmpty
        let ambiguous = report.history.ambiguousNumbers.count
        dubbeleNummers =
            ambiguous == 0
            ? nil
            : "\(ambiguous == 1 ? "Eén urgentienummer staat" : "\(Formatting.dutch(ambiguous)) urgentienummers staan") in de registers van twee gemeenten; "
                + "verhuringen met zo'n nummer zijn aan geen van beide gekoppeld en tellen op hun eigen herkomstgemeente."
    }

    /// One sentence per predecessor code: the member it counts as, the deliveries under that code and the rows that
    /// name it as gemeente or herkomstgemeente (SPEC.md section 9, municipal mergers).
    static func herindelingen(config: RegionConfig, dataset: Dataset) -> [String] {
        config.municipalities.flatMap { member in
            member.predecessors.map { code in
                let deliveries = dataset.deliveries.filter { MunicipalityCode($0.name.bron) == code }
                    .sorted { $0.name < $1.name }
                    .map { "\($0.name.soort.rawValue) \(DutchText.periodAxis($0.name.period))" }
                let rows = dataset.predecessorRows[code] ?? 0
                var parts: [String] = []
                if !deliveries.isEmpty {
                    parts.append(
                        "\(deliveries.count == 1 ? "één levering" : "\(Formatting.dutch(deliveries.count)) leveringen") "
                            + "onder deze code (\(deliveries.joined(separator: ", ")))")
                }
                if rows > 0 {
                    parts.append(
                        "\(rows == 1 ? "één regel die" : "\(Formatting.dutch(rows)) regels die") deze code als "
                            + "gemeente of herkomstgemeente \(rows == 1 ? "noemt" : "noemen")")
                }
                let head = "\(code) (voorganger) telt als \(member.naam) (\(member.code))"
                return parts.isEmpty
                    ? head + "; de code komt in deze leveringen niet voor."
                    : head + ". Meegeteld: " + DutchText.list(parts) + "."
            }
        }
    }

    /// How many rejects or notes of one file the report lists; the rest is counted in one line.
    static let listedPerFile = 10

    /// The rows of a list of rejects or notes, at most `listedPerFile` per file in their order, then a line
    /// with the number left out. The log (stderr) and `verdeelmonitor validate` list them all: a file with
    /// thousands of bad rows must not turn the meeting's report into a phone book.
    static func limited(_ items: [(location: SourceLocation, text: String)], noun: String) -> [Afwijzing] {
        var perFile: [String: Int] = [:]
        var order: [String] = []
        var rows: [Afwijzing] = []
        for item in items {
            let file = item.location.file
            if perFile[file] == nil { order.append(file) }
            perFile[file, default: 0] += 1
            if perFile[file]! <= listedPerFile {
                rows.append(
                    Afwijzing(bestand: file, regel: item.location.line.map(Formatting.dutch) ?? "–", reden: item.text))
            }
        }
        for file in order where perFile[file]! > listedPerFile {
            let rest = perFile[file]! - listedPerFile
            let last = rows.lastIndex { $0.bestand == file }!
            rows.insert(
                Afwijzing(
                    bestand: file, regel: "–",
                    reden:
                        "en nog \(Formatting.dutch(rest)) \(noun) in dit bestand; het logboek en `verdeelmonitor validate` tonen ze alle"
                ),
                at: last + 1)
        }
        return rows
    }
}
