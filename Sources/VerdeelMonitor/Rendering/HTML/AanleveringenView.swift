/// Section "Aanleveringen en datakwaliteit": what was expected and received for the period, the account of
/// every file's rows, every rejected row with file, line and reason, and the notes on the inputs.
public struct AanleveringenView: Sendable {
    public struct Levering: Sendable {
        public var bestand: String
        public var bron: String
        public var versie: String
        public var status: String
        public var regels: String
        public var gebruikt: String
        public var afgewezen: String
        public var buitenRegio: String
        public var vervangen: String
    }

    public struct Afwijzing: Sendable {
        public var bestand: String
        public var regel: String
        public var reden: String
    }

    public struct Kwaliteit: Sendable {
        public var corporatie: String
        public var zonderHerkomst: String
    }

    public var ontbrekend: [String]
    public var heeftOntbrekend: Bool
    public var leveringen: [Levering]
    public var afwijzingen: [Afwijzing]
    public var heeftAfwijzingen: Bool
    public var aantalAfwijzingen: String
    public var meldingen: [Afwijzing]
    public var heeftMeldingen: Bool
    public var nietHerkend: [String]
    public var heeftNietHerkend: Bool
    public var kwaliteit: [Kwaliteit]
    public var heeftKwaliteit: Bool
    /// A sentence on urgentienummers found in two registers, or nil.
    public var dubbeleNummers: String?

    init(report: MonitorReport) {
        let config = report.config
        let dataset = report.dataset
        func source(_ soort: Soort, _ bron: String) -> String {
            if soort == .urgentie || bron.hasPrefix("GM"), let code = MunicipalityCode(bron), let m = config.member(code) {
                return "\(m.naam) (\(bron))"
            }
            return config.corporations.first { $0.code == bron }.map { "\($0.naam) (\(bron))" } ?? bron
        }
        ontbrekend = report.missing.map { "\($0.soort.rawValue) van \(source($0.soort, $0.bron))" }
        heeftOntbrekend = !ontbrekend.isEmpty
        leveringen = dataset.deliveries.filter { $0.name.period == report.period }.sorted { $0.name < $1.name }.map {
            Levering(bestand: $0.path, bron: source($0.name.soort, $0.name.bron), versie: "v\($0.name.version)", status: $0.status.rawValue,
                     regels: Formatting.dutch($0.records), gebruikt: Formatting.dutch($0.used), afgewezen: Formatting.dutch($0.rejected),
                     buitenRegio: Formatting.dutch($0.outsideRegion), vervangen: Formatting.dutch($0.superseded))
        }
        func row(_ location: SourceLocation, _ text: String) -> Afwijzing {
            Afwijzing(bestand: location.file, regel: location.line.map(Formatting.dutch) ?? "–", reden: text)
        }
        afwijzingen = dataset.rejects.map { row($0.location, $0.reason) }
        heeftAfwijzingen = !afwijzingen.isEmpty
        aantalAfwijzingen = Formatting.dutch(afwijzingen.count)
        meldingen = dataset.notices.map { row($0.location, $0.message) }
        heeftMeldingen = !meldingen.isEmpty
        nietHerkend = dataset.unrecognised
        heeftNietHerkend = !nietHerkend.isEmpty
        kwaliteit = report.current.dataQuality.map {
            Kwaliteit(corporatie: source(.verhuringen, $0.corporation), zonderHerkomst: Formatting.dutch($0.withoutOrigin))
        }
        heeftKwaliteit = !kwaliteit.isEmpty
        let ambiguous = report.history.ambiguousNumbers.count
        dubbeleNummers = ambiguous == 0 ? nil
            : "\(ambiguous == 1 ? "Eén urgentienummer staat" : "\(Formatting.dutch(ambiguous)) urgentienummers staan") in de registers van twee gemeenten; "
            + "verhuringen met zo'n nummer zijn aan geen van beide gekoppeld en tellen op hun eigen herkomstgemeente."
    }
}
