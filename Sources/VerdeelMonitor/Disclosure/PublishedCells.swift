/// The category cells of one period as the output may publish them, decided once for the XML and the HTML.
///
/// Each block (aanvragen, beschikkingen, gehuisvest) is one table: the municipalities in config order, then the
/// region. Its relations are what the output publishes about it: every row total, every region cell as the sum
/// of its column, and for gehuisvest the MZ cells (passend@mantelzorg) and each municipality's uitgezonderde
/// categorieën (total minus verdeling@gehuisvest).
struct PublishedCells: Sendable {
    /// [unit][category]: the municipalities in config order, then the region (`region` below).
    var aanvragen: [[Cell]]
    var beschikkingen: [[Cell]]
    var gehuisvest: [[Cell]]

    init(_ figures: PeriodFigures, disclosure: Disclosure) {
        let units = figures.municipalities.count + 1
        let table = Relation.rows(units: units) + Relation.columns(units: units)
        func values(_ path: KeyPath<Indicators, CategoryCounts>) -> [[Int]] {
            figures.municipalities.map { $0.indicators[keyPath: path].values } + [figures.region[keyPath: path].values]
        }
        aanvragen = Self.table(values(\.aanvragen), relations: table, disclosure: disclosure)
        beschikkingen = Self.table(values(\.beschikkingen), relations: table, disclosure: disclosure)
        let excluded = figures.municipalities.map(\.municipality.excludedCategories) + [[]]
        gehuisvest = Self.table(
            values(\.gehuisvest), relations: table + Relation.gehuisvest(excluded: excluded),
            disclosure: disclosure)
    }

    /// The row of the region in each table.
    static func region(_ table: [[Cell]]) -> [Cell] { table[table.count - 1] }

    static func table(_ values: [[Int]], relations: [Relation], disclosure: Disclosure) -> [[Cell]] {
        guard case .openbaar(let threshold) = disclosure else { return values.map { $0.map { .shown($0) } } }
        let hidden = CellSuppression(values: values, relations: relations, threshold: threshold).hidden()
        return zip(values, hidden).map { row, flags in zip(row, flags).map { $1 ? .hidden : .shown($0) } }
    }
}

extension Relation {
    private static let categories = UrgencyCode.statutory.indices

    /// Every unit's row total.
    static func rows(units: Int) -> [Relation] {
        (0..<units).map { unit in Relation(terms: categories.map { (CellIndex(unit: unit, category: $0), 1) }) }
    }

    /// Every region cell (the last unit) as the sum of the municipalities' cells of its category.
    static func columns(units: Int) -> [Relation] {
        categories.map { category in
            Relation(
                terms: [(CellIndex(unit: units - 1, category: category), 1)]
                    + (0..<(units - 1)).map { (CellIndex(unit: $0, category: category), -1) })
        }
    }

    /// For gehuisvest: each unit's MZ cell on its own, and for each unit with uitgezonderde categorieën their
    /// sum and the sum of the others (`excluded[unit]`).
    static func gehuisvest(excluded: [Set<UrgencyCode>]) -> [Relation] {
        let mz = UrgencyCode.mz.statutoryIndex!
        var relations = excluded.indices.map { Relation(terms: [(CellIndex(unit: $0, category: mz), 1)]) }
        for (unit, set) in excluded.enumerated() where !set.isEmpty {
            let inside = Set(set.compactMap(\.statutoryIndex))
            for part in [inside, Set(categories).subtracting(inside)] {
                relations.append(Relation(terms: part.sorted().map { (CellIndex(unit: unit, category: $0), 1) }))
            }
        }
        return relations
    }
}
