/// Section "Voorraad kleine betaalbare woningen": toegevoegd, onttrokken and netto per municipality.
struct VoorraadView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var toegevoegd: String
        var onttrokken: String
        var netto: String
    }

    /// Whether any voorraad delivery exists for the period.
    var geleverd: Bool
    var rijen: [Rij]
    var regio: Rij?

    init(report: MonitorReport) {
        func rij(_ naam: String, _ v: Voorraad) -> Rij {
            Rij(
                naam: naam, toegevoegd: Formatting.dutch(v.toegevoegd), onttrokken: Formatting.dutch(v.onttrokken),
                netto: (v.netto > 0 ? "+" : "") + Formatting.dutch(v.netto))
        }
        geleverd = report.current.region.voorraad != nil
        rijen = report.current.municipalities.compactMap { m in
            m.indicators.voorraad.map { rij(m.municipality.naam, $0) }
        }
        regio = report.current.region.voorraad.map { rij(report.config.naam, $0) }
    }
}
