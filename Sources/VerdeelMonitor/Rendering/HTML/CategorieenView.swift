/// Section "Categorieën": counts per statutory category, every cell taken from `report.cells` (`PublishedCells`).
struct CategorieenView: Sendable {
    struct Code: Sendable {
        var code: String
        var naam: String
    }

    struct Rij: Sendable {
        var naam: String
        var cellen: [CelView]
        var totaal: String
    }

    /// One block (aanvragen, beschikkingen or gehuisvest): a row per municipality and the region.
    struct Blok: Sendable {
        /// Unique in the page: `aanvragen`, `beschikkingen`, `gehuisvest`.
        var id: String
        var titel: String
        var tabel: Tabel<Rij>
    }

    var codes: [Code]
    var blokken: [Blok]
    var openbaar: Bool
    var drempel: String

    init(report: MonitorReport) {
        let disclosure = report.disclosure
        let hidden = "<\(report.config.suppressBelow)"
        codes = UrgencyCode.statutory.map { Code(code: $0.rawValue, naam: $0.dutchName) }
        openbaar = disclosure.isPublic
        drempel = hidden
        let published = report.cells
        let blocks: [(String, String, KeyPath<Indicators, CategoryCounts>, [[Cell]])] = [
            ("aanvragen", "Aanvragen", \.aanvragen, published.aanvragen),
            ("beschikkingen", "Beschikkingen (toegekend)", \.beschikkingen, published.beschikkingen),
            ("gehuisvest", "Gehuisvest", \.gehuisvest, published.gehuisvest),
        ]
        blokken = blocks.map { id, titel, path, cells in
            Blok(
                id: id, titel: titel,
                tabel: Tabel(report) { unit in
                    Rij(
                        naam: unit.naam, cellen: cells[unit.position].map { CelView($0, hidden: hidden) },
                        totaal: Formatting.dutch(unit.indicators[keyPath: path].total))
                })
        }
    }
}
