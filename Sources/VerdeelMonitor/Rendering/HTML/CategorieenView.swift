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
        var rijen: [Rij]
        var regio: Rij
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
        func rij(_ naam: String, _ counts: CategoryCounts, _ cells: [Cell]) -> Rij {
            Rij(
                naam: naam,
                cellen: cells.map { CelView($0, hidden: hidden) }, totaal: Formatting.dutch(counts.total))
        }
        let published = report.cells
        let blocks: [(String, String, KeyPath<Indicators, CategoryCounts>, [[Cell]])] = [
            ("aanvragen", "Aanvragen", \.aanvragen, published.aanvragen),
            ("beschikkingen", "Beschikkingen (toegekend)", \.beschikkingen, published.beschikkingen),
            ("gehuisvest", "Gehuisvest", \.gehuisvest, published.gehuisvest),
        ]
        blokken = blocks.map { id, titel, path, cells in
            Blok(
                id: id, titel: titel,
                rijen: report.current.municipalities.enumerated().map { m, figures in
                    rij(figures.municipality.naam, figures.indicators[keyPath: path], cells[m])
                },
                regio: rij(report.config.naam, report.current.region[keyPath: path], PublishedCells.region(cells)))
        }
    }
}
