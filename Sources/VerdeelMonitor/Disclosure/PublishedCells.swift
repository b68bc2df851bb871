/// The category cells of one period as the output may publish them, decided once for the XML and the HTML.
///
/// Each block (aanvragen, beschikkingen, gehuisvest) is one table: the municipalities in config order, then the
/// region. Its relations are what the output publishes about it: every row total, every region cell as the sum
/// of its column, and for gehuisvest each municipality's uitgezonderde categorieën (total minus
/// verdeling@gehuisvest). The gehuisvest table also holds the five passend classes as columns after the nine
/// categories (SPEC section 6): they sum to the unit's total, mantelzorg equals the MZ cell, and the region's
/// class is the sum of its column, so the classes and the category cells are decided together.
struct PublishedCells: Sendable {
    /// [unit][category]: the municipalities in config order, then the region (`region` below).
    var aanvragen: [[Cell]]
    var beschikkingen: [[Cell]]
    var gehuisvest: [[Cell]]
    /// [unit][class]: the passend classes in `PassendClass.published` order.
    var passend: [[Cell]]

    init(_ figures: PeriodFigures, disclosure: Disclosure) {
        let units = figures.municipalities.count + 1
        let table = Relation.rows(units: units) + Relation.columns(units: units)
        func values(_ path: KeyPath<Indicators, CategoryCounts>) -> [[Int]] {
            figures.municipalities.map { $0.indicators[keyPath: path].values } + [figures.region[keyPath: path].values]
        }
        aanvragen = Self.table(values(\.aanvragen), relations: table, disclosure: disclosure)
        beschikkingen = Self.table(values(\.beschikkingen), relations: table, disclosure: disclosure)
        let excluded = figures.municipalities.map(\.municipality.excludedCategories) + [[]]
        let categories = UrgencyCode.statutory.count
        let classes = categories..<(categories + PassendClass.published.count)
        let unitFigures = figures.municipalities.map(\.indicators) + [figures.region]
        let withPassend = zip(values(\.gehuisvest), unitFigures).map { row, unit in
            row + PassendClass.published.map { unit.passend[$0] }
        }
        let combined = Self.table(
            withPassend,
            relations: Relation.rows(units: units) + Relation.columns(units: units, columns: 0..<classes.upperBound)
                + Relation.gehuisvest(excluded: excluded) + Relation.passend(units: units, classes: classes),
            disclosure: disclosure)
        gehuisvest = combined.map { Array($0[0..<categories]) }
        passend = combined.map { Array($0[classes]) }
    }

    /// The passend breakdown of `unit` (config order, the region last) as it may be published.
    func passendBreakdown(_ figures: Passend, unit: Int, disclosure: Disclosure) -> PublishedPassend {
        PublishedPassend(figures, cells: passend[unit], disclosure: disclosure)
    }

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

    /// Every region cell (the last unit) as the sum of the municipalities' cells of its category (or of each
    /// of `columns`).
    static func columns(units: Int, columns: Range<Int> = UrgencyCode.statutory.indices) -> [Relation] {
        columns.map { category in
            Relation(
                terms: [(CellIndex(unit: units - 1, category: category), 1)]
                    + (0..<(units - 1)).map { (CellIndex(unit: $0, category: category), -1) })
        }
    }

    /// For gehuisvest: for each unit with uitgezonderde categorieën their sum and the sum of the others
    /// (`excluded[unit]`). The MZ cell is no longer published on its own: passend@mantelzorg, which equals it,
    /// is decided with it (`Relation.passend`).
    static func gehuisvest(excluded: [Set<UrgencyCode>]) -> [Relation] {
        var relations: [Relation] = []
        for (unit, set) in excluded.enumerated() where !set.isEmpty {
            let inside = Set(set.compactMap(\.statutoryIndex))
            for part in [inside, Set(categories).subtracting(inside)] {
                relations.append(Relation(terms: part.sorted().map { (CellIndex(unit: unit, category: $0), 1) }))
            }
        }
        return relations
    }
}
