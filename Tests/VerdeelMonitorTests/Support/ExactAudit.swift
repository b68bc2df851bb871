@testable import VerdeelMonitor

/// An exact audit of one published table, written from SPEC section 6 for the tests (not the program's
/// `CellSuppression`): rational Gaussian elimination, no floating point.
///
/// Cells are (unit, column); relations are sets of cells with integer coefficients whose sum the output
/// publishes. A hidden cell is recomputable when the reduced row echelon form of the relations restricted to the
/// hidden cells has a row with that cell alone.
enum ExactAudit {
    struct Fraction: Equatable {
        var n: Int
        var d: Int

        init(_ n: Int, _ d: Int = 1) {
            let g = Self.gcd(abs(n), abs(d))
            let sign = d < 0 ? -1 : 1
            (self.n, self.d) = g == 0 ? (0, 1) : (sign * n / g, sign * d / g)
        }

        static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        static func - (a: Fraction, b: Fraction) -> Fraction { Fraction(a.n * b.d - b.n * a.d, a.d * b.d) }
        static func * (a: Fraction, b: Fraction) -> Fraction { Fraction(a.n * b.n, a.d * b.d) }
        static func / (a: Fraction, b: Fraction) -> Fraction { Fraction(a.n * b.d, a.d * b.n) }
        var isZero: Bool { n == 0 }
    }

    struct Cell: Hashable, Comparable {
        var unit: Int
        var column: Int
        static func < (a: Cell, b: Cell) -> Bool { (a.unit, a.column) < (b.unit, b.column) }
    }

    /// The hidden cells that follow from `relations`.
    static func determined(_ relations: [[Cell: Int]], hidden: Set<Cell>) -> Set<Cell> {
        let unknowns = hidden.sorted()
        let index = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var rows: [[Fraction]] = relations.compactMap { relation in
            var row = Array(repeating: Fraction(0), count: unknowns.count)
            for (cell, k) in relation {
                if let j = index[cell] { row[j] = Fraction(row[j].n + k * row[j].d, row[j].d) }
            }
            return row.contains { !$0.isZero } ? row : nil
        }
        var top = 0
        for j in unknowns.indices where top < rows.count {
            guard let p = (top..<rows.count).first(where: { !rows[$0][j].isZero }) else { continue }
            rows.swapAt(top, p)
            let pivot = rows[top][j]
            rows[top] = rows[top].map { $0 / pivot }
            for i in rows.indices where i != top && !rows[i][j].isZero {
                let f = rows[i][j]
                rows[i] = zip(rows[i], rows[top]).map { $0 - f * $1 }
            }
            top += 1
        }
        return Set(
            rows.prefix(top).compactMap { row in
                let nonZero = row.indices.filter { !row[$0].isZero }
                return nonZero.count == 1 ? unknowns[nonZero[0]] : nil
            })
    }

    /// SPEC section 6's relations of the gehuisvest table with the passend classes as columns 9..13 (herkomst,
    /// uitzondering, mantelzorg, elders, onbekend): row totals, region columns, the classes' sum, mantelzorg -
    /// MZ, and per municipality with uitgezonderde categorieën their sum and the sum of the others.
    static func gehuisvestRelations(excluded: [Set<Int>]) -> [[Cell: Int]] {
        let n = excluded.count
        let units = 0...n
        var relations: [[Cell: Int]] = units.map { u in
            Dictionary(uniqueKeysWithValues: (0..<9).map { (Cell(unit: u, column: $0), 1) })
        }
        for column in 0..<14 {
            var relation = [Cell(unit: n, column: column): 1]
            for u in 0..<n { relation[Cell(unit: u, column: column)] = -1 }
            relations.append(relation)
        }
        for u in units {
            relations.append(Dictionary(uniqueKeysWithValues: (9..<14).map { (Cell(unit: u, column: $0), 1) }))
            relations.append([Cell(unit: u, column: 0): 1, Cell(unit: u, column: 11): -1])
        }
        for (u, set) in excluded.enumerated() where !set.isEmpty {
            relations.append(Dictionary(uniqueKeysWithValues: set.map { (Cell(unit: u, column: $0), 1) }))
            relations.append(
                Dictionary(uniqueKeysWithValues: Set(0..<9).subtracting(set).map { (Cell(unit: u, column: $0), 1) }))
        }
        return relations
    }

    /// The hidden gehuisvest and passend cells of a report that can be recomputed, other than those known even
    /// when every cell is hidden.
    static func exposed(_ report: MonitorReport) -> Set<Cell> {
        let excluded = report.current.municipalities.map { figures in
            Set(figures.municipality.excludedCategories.compactMap(\.statutoryIndex))
        }
        let relations = gehuisvestRelations(excluded: excluded)
        var hidden = Set<Cell>()
        for (u, row) in report.cells.gehuisvest.enumerated() {
            for (c, cell) in row.enumerated() where cell == .hidden { hidden.insert(Cell(unit: u, column: c)) }
        }
        for (u, row) in report.cells.passend.enumerated() {
            for (k, cell) in row.enumerated() where cell == .hidden { hidden.insert(Cell(unit: u, column: 9 + k)) }
        }
        let all = Set((0...excluded.count).flatMap { u in (0..<14).map { Cell(unit: u, column: $0) } })
        let known = determined(relations, hidden: all)
        return determined(relations, hidden: hidden).subtracting(known)
    }
}
