/// The view model of the HTML report: every text already formatted in Dutch, only stored properties
/// (swift-mustache reads values through `Mirror` and does not see computed properties).
public struct HTMLView: Sendable {
    public struct Row: Sendable {
        public var naam: String
        public var aanvragen: String
        public var beschikkingen: String
        public var gehuisvest: String
        public var mutaties: String
        public var percentage: String
        public var signaal: String
        public var index: String
    }

    public struct RejectRow: Sendable {
        public var plaats: String
        public var reden: String
    }

    public struct DeliveryRow: Sendable {
        public var bestand: String
        public var status: String
        public var regels: String
        public var gebruikt: String
        public var afgewezen: String
        public var buitenRegio: String
        public var vervangen: String
    }

    public var titel: String
    public var regio: String
    public var periode: String
    public var status: String
    public var gegenereerd: String
    public var vertrouwelijk: Bool
    public var concept: Bool
    public var noodknopStatus: String
    public var regioRij: Row
    public var gemeenten: [Row]
    public var leveringen: [DeliveryRow]
    public var afwijzingen: [RejectRow]
    public var heeftAfwijzingen: Bool
    public var versie: String

    public init(_ report: MonitorReport) {
        let config = report.config
        let current = report.current
        regio = config.naam
        periode = HTMLView.periodName(report.period)
        titel = "Monitor wettelijk urgenten \(config.naam), \(periode)"
        vertrouwelijk = !report.disclosure.isPublic
        concept = report.isConcept
        status = [report.isConcept ? "concept" : "definitief", vertrouwelijk ? "vertrouwelijk" : nil].compactMap { $0 }.joined(separator: ", ")
        gegenereerd = Formatting.timestamp(report.generated)
        noodknopStatus = report.noodknop.firings.isEmpty ? "Geen aanleiding om de noodknop te agenderen" : "Noodknop agenderen"
        func row(_ naam: String, _ figures: Indicators, _ signaal: Signaal, _ index: Double?) -> Row {
            Row(naam: naam, aanvragen: Formatting.dutch(figures.aanvragen.total),
                beschikkingen: Formatting.dutch(figures.beschikkingen.total),
                gehuisvest: Formatting.dutch(figures.gehuisvest.total), mutaties: Formatting.dutch(figures.mutaties),
                percentage: figures.percentage.map { Formatting.percent($0) } ?? "–", signaal: HTMLView.words(signaal),
                index: index.map { Formatting.dutch($0, places: 2) } ?? "–")
        }
        regioRij = row(config.naam, current.region, current.regionSignaal, nil)
        gemeenten = current.municipalities.map { row($0.municipality.naam, $0.indicators, $0.signaal, $0.distribution.index) }
        leveringen = report.dataset.deliveries.sorted { $0.name < $1.name }.map {
            DeliveryRow(bestand: $0.path, status: $0.status.rawValue, regels: Formatting.dutch($0.records),
                        gebruikt: Formatting.dutch($0.used), afgewezen: Formatting.dutch($0.rejected),
                        buitenRegio: Formatting.dutch($0.outsideRegion), vervangen: Formatting.dutch($0.superseded))
        }
        afwijzingen = report.dataset.rejects.map { RejectRow(plaats: $0.location.description, reden: $0.reason) }
        heeftAfwijzingen = !afwijzingen.isEmpty
        versie = report.toolVersion
    }

    /// `2026-H1` as `eerste halfjaar 2026`.
    static func periodName(_ period: Period) -> String {
        "\(period.half == 1 ? "eerste" : "tweede") halfjaar \(period.year)"
    }

    /// The signaal in words.
    static func words(_ signaal: Signaal) -> String {
        switch signaal {
        case .binnen: "binnen de normen"
        case .onderMinimum: "onder het minimum"
        case .bovenSignaalwaarde: "boven de signaalwaarde"
        case .geenMutaties: "geen mutaties"
        }
    }
}
