/// The colophon: what the figures rest on, so a reader can trace every figure to its source.
struct ColofonView: Sendable {
    struct Bron: Sendable {
        var bestand: String
        var periode: String
        var versie: String
        var regels: String
        var sha256: String
    }

    var versie: String
    var configSHA256: String
    var gegenereerd: String
    var tijdstip: String
    var openbaarheid: String
    var bronnen: [Bron]
    var aantalBronnen: String

    init(report: MonitorReport) {
        versie = report.toolVersion
        configSHA256 = report.configSHA256
        gegenereerd = DutchText.date(report.generated)
        tijdstip = Formatting.timestamp(report.generated)
        openbaarheid =
            report.disclosure.isPublic
            ? "openbaar: aantallen per categorie van 1 tot \(report.config.suppressBelow) zijn afgeschermd"
            : "vertrouwelijk: alle aantallen zijn zichtbaar; niet verspreiden"
        bronnen = report.dataset.deliveries.filter { $0.status == .gebruikt }.sorted { $0.name < $1.name }.map {
            Bron(
                bestand: $0.path, periode: DutchText.periodAxis($0.name.period), versie: "v\($0.name.version)",
                regels: Formatting.dutch($0.records), sha256: $0.sha256)
        }
        aantalBronnen = Formatting.dutch(bronnen.count)
    }
}
