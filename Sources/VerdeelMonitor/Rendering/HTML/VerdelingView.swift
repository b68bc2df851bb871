/// Section "Verdeling naar rato van huishoudens": each municipality's share of the housed urgents against its
/// share of the households, the index and the region's afwijking.
struct VerdelingView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var huishoudens: String
        var aandeelHuishoudens: String
        var gehuisvest: String
        var aandeelGehuisvest: String
        var evenredigAandeel: String
        var index: String
        var perDuizend: String
    }

    var tabel: Tabel<Rij>
    /// The region's afwijking as a percentage, or a dash when nobody was housed.
    var afwijking: String
    var heeftAfwijking: Bool
    /// Municipalities whose uitgezonderde categorieën are left out here, in words.
    var uitzonderingen: [String]
    var heeftUitzonderingen: Bool
    var grafiek: Chart

    init(report: MonitorReport) {
        let current = report.current
        let total = current.regionDistribution.gehuisvest
        let households = report.config.municipalities.reduce(0) { $0 + $1.households }
        func share(_ part: Int) -> Double { total == 0 ? 0 : 100 * Double(part) / Double(total) }
        let rijen = current.municipalities.map { m in
            let d = m.distribution
            return Rij(
                naam: m.municipality.naam, huishoudens: Formatting.dutch(m.municipality.households),
                aandeelHuishoudens: Formatting.percent(100 * d.aandeelHuishoudens),
                gehuisvest: Formatting.dutch(d.gehuisvest),
                aandeelGehuisvest: total == 0 ? "–" : Formatting.percent(share(d.gehuisvest)),
                evenredigAandeel: Formatting.dutch(d.evenredigAandeel, places: 1),
                index: d.index.map { Formatting.dutch($0, places: 2) } ?? "–",
                perDuizend: Formatting.dutch(d.perDuizendHuishoudens, places: 2))
        }
        let regio = Rij(
            naam: report.config.naam, huishoudens: Formatting.dutch(households),
            aandeelHuishoudens: Formatting.percent(100),
            gehuisvest: Formatting.dutch(total), aandeelGehuisvest: total == 0 ? "–" : Formatting.percent(100),
            evenredigAandeel: Formatting.dutch(Double(total), places: 1),
            index: total == 0 ? "–" : Formatting.dutch(1, places: 2),
            perDuizend: households == 0 ? "–" : Formatting.dutch(1000 * Double(total) / Double(households), places: 2))
        tabel = Tabel(rijen: rijen, regio: regio)
        afwijking = Formatting.percent(orDash: current.regionDistribution.afwijking)
        heeftAfwijking = current.regionDistribution.afwijking != nil
        uitzonderingen = report.config.municipalities.filter { !$0.excludedCategories.isEmpty }.map { m in
            let codes = UrgencyCode.statutory.filter { m.excludedCategories.contains($0) }
            return "\(m.naam): \(DutchText.list(codes.map { "\($0.rawValue) (\($0.dutchName))" })) niet meegeteld"
        }
        heeftUitzonderingen = !uitzonderingen.isEmpty
        let rows =
            total == 0
            ? []
            : current.municipalities.map {
                ShareDots.Row(
                    label: $0.municipality.naam, housed: share($0.distribution.gehuisvest),
                    households: 100 * $0.distribution.aandeelHuishoudens)
            }
        grafiek = ShareDots.chart(
            id: "grafiek-verdeling", title: "Aandeel in de gehuisveste urgenten tegenover aandeel in de huishoudens",
            rows: rows)
    }
}
