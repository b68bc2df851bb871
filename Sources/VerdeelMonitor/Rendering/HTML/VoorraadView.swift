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
    var tabel: Tabel<Rij>?

    init(report: MonitorReport) {
        tabel = Tabel(
            report,
            rijWhereGiven: { unit in
                unit.indicators.voorraad.map { v in
                    Rij(
                        naam: unit.naam, toegevoegd: Formatting.dutch(v.toegevoegd),
                        onttrokken: Formatting.dutch(v.onttrokken),
                        netto: (v.netto > 0 ? "+" : "") + Formatting.dutch(v.netto))
                }
            })
        geleverd = tabel != nil
    }
}
