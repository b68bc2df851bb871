/// One cell of a block's table: a unit (the municipalities in config order, then the region) and a category.
struct CellIndex: Hashable, Comparable {
    var unit: Int
    var category: Int

    static func < (lhs: CellIndex, rhs: CellIndex) -> Bool { (lhs.unit, lhs.category) < (rhs.unit, rhs.category) }
}

/// A linear relation between cells that the output publishes: the sum of coefficient x value over `terms` can
/// be computed from published figures (a row total, a region cell as the sum of a column, the passend classes' sum, passend@mantelzorg minus
/// the MZ cell).
struct Relation {
    var terms: [(cell: CellIndex, coefficient: Double)]

    var cells: [CellIndex] { terms.map(\.cell) }
}

/// Decides which cells of one block a output hides, so that no hidden value follows from what is
/// published.
///
/// Primary: every cell from 1 to threshold - 1. Secondary, in two steps that repeat until both are quiet:
/// 1. a relation with exactly one hidden cell gives that cell away, so the smallest non-zero shown cell of the
///    relation (the first in table order on a tie), or else its first zero cell, is hidden too;
/// 2. an audit solves all relations together (Gaussian elimination over the hidden cells) and finds every hidden
///    cell whose value still follows from a combination of them; each gets a partner the same way, from the
///    first relation it is in that has a shown cell.
/// A cell that follows from the published relations alone, even if every cell were hidden (a single uitgezonderde
/// categorie, known from total minus verdeling@gehuisvest, and then passend@mantelzorg when that is MZ) is known to every reader: it is
/// written as hidden when small, but protects nothing and is never counted on.
struct CellSuppression {
    let values: [[Int]]
    let relations: [Relation]
    let threshold: Int

    func hidden() -> [[Bool]] {
        var hidden = values.map { $0.map { (1..<max(threshold, 1)).contains($0) } }
        // Cells that follow from the published relations even if every cell were hidden are known anyway.
        let known = Set(audit(values.map { $0.map { _ in true } }, relations))
        let effective = relations.map { relation in Relation(terms: relation.terms.filter { !known.contains($0.cell) })
        }
        .filter { $0.terms.count > 1 }
        while true {
            propagate(&hidden, effective)
            let determined = audit(hidden, effective)
            guard !determined.isEmpty else { break }
            var progressed = false
            for cell in determined where hidePartner(of: cell, in: effective, &hidden) { progressed = true }
            guard progressed else { break }
        }
        return hidden
    }

    private func isHidden(_ cell: CellIndex, _ hidden: [[Bool]]) -> Bool { hidden[cell.unit][cell.category] }

    /// Step 1: no relation may have exactly one hidden cell.
    private func propagate(_ hidden: inout [[Bool]], _ relations: [Relation]) {
        var changed = true
        while changed {
            changed = false
            for relation in relations where relation.cells.filter({ isHidden($0, hidden) }).count == 1 {
                if hideSmallestShown(in: relation, &hidden) { changed = true }
            }
        }
    }

    /// Hides the smallest non-zero shown cell of `relation` (table order on a tie), or else its first zero cell.
    private func hideSmallestShown(in relation: Relation, _ hidden: inout [[Bool]]) -> Bool {
        let shown = relation.cells.filter { !isHidden($0, hidden) }.sorted()
        let value = { (cell: CellIndex) in values[cell.unit][cell.category] }
        guard let next = shown.filter({ value($0) > 0 }).min(by: { (value($0), $0) < (value($1), $1) }) ?? shown.first
        else {
            return false
        }
        hidden[next.unit][next.category] = true
        return true
    }

    private func hidePartner(of cell: CellIndex, in relations: [Relation], _ hidden: inout [[Bool]]) -> Bool {
        for relation in relations where relation.cells.contains(cell) {
            if hideSmallestShown(in: relation, &hidden) { return true }
        }
        return false
    }

    /// Step 2: the hidden cells whose value follows from the relations taken together, in table order.
    ///
    /// Shown cells are constants; the unknowns are the hidden cells. A hidden cell is determined exactly when
    /// the reduced row echelon form of the relations over the unknowns has a row with that cell alone.
    private func audit(_ hidden: [[Bool]], _ relations: [Relation]) -> [CellIndex] {
        let unknowns = Set(relations.flatMap(\.cells)).filter { isHidden($0, hidden) }.sorted()
        guard !unknowns.isEmpty else { return [] }
        let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var rows: [[Double]] = relations.compactMap { relation in
            var row = [Double](repeating: 0, count: unknowns.count)
            for term in relation.terms { if let j = column[term.cell] { row[j] += term.coefficient } }
            return row.contains { $0 != 0 } ? row : nil
        }
        let epsilon = 1e-9
        var pivotRow = 0
        for j in unknowns.indices where pivotRow < rows.count {
            guard let best = (pivotRow..<rows.count).max(by: { abs(rows[$0][j]) < abs(rows[$1][j]) }),
                abs(rows[best][j]) > epsilon
            else { continue }
            rows.swapAt(pivotRow, best)
            let pivot = rows[pivotRow][j]
            for k in j..<unknowns.count { rows[pivotRow][k] /= pivot }
            for i in rows.indices where i != pivotRow && abs(rows[i][j]) > epsilon {
                let factor = rows[i][j]
                for k in j..<unknowns.count where rows[pivotRow][k] != 0 { rows[i][k] -= factor * rows[pivotRow][k] }
            }
            pivotRow += 1
        }
        return rows.prefix(pivotRow).compactMap { row in
            let nonZero = row.indices.filter { abs(row[$0]) > epsilon }
            return nonZero.count == 1 ? unknowns[nonZero[0]] : nil
        }
    }
}
