/// The colophon: what the figures rest on, so a reader can trace every figure to its source.
public struct ColofonView: Sendable {
    public struct Bron: Sendable {
        public var bestand: String
        public var periode: String
        public var versie: String
        public var regels: String
        public var sha256: String
    }

    public var versie: String
    public var configSHA256: String
    public var gegenereerd: String
    public var tijdstip: String
    public var openbaarheid: String
    public var bronnen: [Bron]
    public var aantalBronnen: String

    init(report: MonitorReport) {
        versie = report.toolVersion
        configSHA256 = report.configSHA256
        gegenereerd = DutchText.date(report.generated)
        tijdstip = Formatting.timestamp(report.generated)
        openbaarheid = report.disclosure.isPublic
            ? "openbaar: aantallen per categorie van 1 tot \(report.config.suppressBelow) zijn afgeschermd"
            : "vertrouwelijk: alle aantallen zijn zichtbaar; niet verspreiden"
        bronnen = report.dataset.deliveries.filter { $0.status == .gebruikt }.sorted { $0.name < $1.name }.map {
            Bron(bestand: $0.path, periode: DutchText.periodAxis($0.name.period), versie: "v\($0.name.version)",
                 regels: Formatting.dutch($0.records), sha256: $0.sha256)
        }
        aantalBronnen = Formatting.dutch(bronnen.count)
    }
}
