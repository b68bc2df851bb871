@testable import VerdeelMonitor

/// One row on its own through the same table suppression the report uses, for tests that reason about a row.
extension Disclosure {
    /// The nine cells of one row on their own (only the row total published), as they may be published.
    func cells(_ counts: CategoryCounts) -> [Cell] {
        PublishedCells.table([counts.values], relations: Relation.rows(units: 1), disclosure: self)[0]
    }

    /// The gehuisvest cells of one municipality on its own: its row total, its MZ cell (passend@mantelzorg) and
    /// the sum of its uitgezonderde categorieën (total minus verdeling@gehuisvest) are published.
    func gehuisvest(_ counts: CategoryCounts, excluded: Set<UrgencyCode> = []) -> [Cell] {
        let relations = Relation.rows(units: 1) + Relation.gehuisvest(excluded: [excluded])
        return PublishedCells.table([counts.values], relations: relations, disclosure: self)[0]
    }
}
