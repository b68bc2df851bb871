@testable import VerdeelMonitor

/// One row on its own through the same table suppression the report uses, for tests that reason about a row.
extension Disclosure {
    /// The nine cells of one row on their own (only the row total published), as they may be published.
    func cells(_ counts: CategoryCounts) -> [Cell] {
        PublishedCells.table([counts.values], relations: Relation.rows(units: 1), disclosure: self)[0]
    }

    /// The gehuisvest cells of one municipality on its own: its row total, the sum of its uitgezonderde
    /// categorieën (total minus verdeling@gehuisvest) and its passend classes are published. Without `passend`
    /// every letting counts as herkomst except the MZ ones (mantelzorg).
    func gehuisvest(_ counts: CategoryCounts, excluded: Set<UrgencyCode> = []) -> [Cell] {
        gehuisvest(counts, passend: nil, excluded: excluded).categories
    }

    /// The gehuisvest cells and the passend classes (`PassendClass.published` order) of one municipality on its
    /// own, decided together as in the report.
    func gehuisvest(
        _ counts: CategoryCounts, passend: Passend?, excluded: Set<UrgencyCode> = []
    ) -> (
        categories: [Cell], passend: [Cell]
    ) {
        var classes = Passend()
        classes.mantelzorg = counts[.mz]
        classes.herkomst = counts.total - counts[.mz]
        let row = counts.values + PassendClass.published.map { (passend ?? classes)[$0] }
        let width = UrgencyCode.statutory.count
        let relations =
            Relation.rows(units: 1) + Relation.gehuisvest(excluded: [excluded])
            + Relation.passend(units: 1, classes: width..<(width + PassendClass.published.count))
        let cells = PublishedCells.table([row], relations: relations, disclosure: self)[0]
        return (Array(cells[0..<width]), Array(cells[width...]))
    }
}
