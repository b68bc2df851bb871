/// The colophon: what the figures rest on, so a reader can trace every figure to its source.
///
/// Short on paper: per soort how many deliveries were used and their periods, and every delivery with a
/// problem. The complete list with each file's SHA-256 is in the XML and, on screen, in a collapsed `<details>`
/// that is not printed.
struct ColofonView: Sendable {
    struct Bron: Sendable {
        var bestand: String
        var periode: String
        var versie: String
        var regels: String
        var sha256: String
    }

    struct Soort: Sendable {
        var soort: String
        var aantal: String
        var perioden: String
    }

    struct Probleem: Sendable {
        var bestand: String
        var wat: String
    }

    var versie: String
    var configSHA256: String
    var gegenereerd: String
    var tijdstip: String
    var openbaarheid: String
    var bronnen: [Bron]
    var aantalBronnen: String
    var soorten: [Soort]
    var problemen: [Probleem]
    var heeftProblemen: Bool
    /// The CBS households file (name, SHA-256, peiljaar), or nil when configured per municipality.
    var huishoudens: String?
    var huishoudensSHA256: String?

    init(report: MonitorReport) {
        versie = report.toolVersion
        configSHA256 = report.configSHA256
        gegenereerd = DutchText.date(report.generated)
        tijdstip = Formatting.timestamp(report.generated)
        openbaarheid =
            report.disclosure.isPublic
            ? "openbaar: aantallen per categorie van 1 tot \(report.config.suppressBelow) zijn afgeschermd"
            : "vertrouwelijk: alle aantallen zijn zichtbaar; niet verspreiden"
        let used = report.dataset.deliveries.filter { $0.status == .gebruikt }.sorted { $0.name < $1.name }
        bronnen = used.map {
            Bron(
                bestand: $0.path, periode: DutchText.periodAxis($0.name.period), versie: "v\($0.name.version)",
                regels: Formatting.dutch($0.records), sha256: $0.sha256)
        }
        aantalBronnen = Formatting.dutch(bronnen.count)
        soorten = Dictionary(grouping: used, by: \.name.soort).sorted { $0.key < $1.key }.map { soort, deliveries in
            let periods = Set(deliveries.map(\.name.period)).sorted()
            let span =
                periods.count == 1
                ? periods[0].description
                : "\(periods.first!) tot en met \(periods.last!) (\(Formatting.dutch(periods.count)) halfjaren)"
            return Soort(soort: soort.rawValue, aantal: Formatting.dutch(deliveries.count), perioden: span)
        }
        problemen = report.dataset.deliveries.sorted { ($0.name, $0.path) < ($1.name, $1.path) }.compactMap {
            delivery in
            if delivery.rejectedAsFile {
                return Probleem(bestand: delivery.path, wat: "het hele bestand is afgewezen")
            }
            guard delivery.rejected > 0 else { return nil }
            return Probleem(
                bestand: delivery.path,
                wat:
                    "\(Formatting.dutch(delivery.rejected)) van de \(Formatting.dutch(delivery.records)) regels afgewezen"
            )
        }
        heeftProblemen = !problemen.isEmpty
        if let source = report.config.householdsSource {
            huishoudens = "CBS-tabel 71486ned, \(source.file), peiljaar \(source.peiljaar) (1 januari)"
            huishoudensSHA256 = source.sha256
        } else {
            huishoudens = nil
            huishoudensSHA256 = nil
        }
    }
}
