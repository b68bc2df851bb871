/// The merged ranges of the worksheet a workbook delivery was read from (SPEC.md section 10): a range's value is
/// its top-left cell's, and the other cells it covers are empty, as the file stores them. They are kept so that a
/// reject for such an empty required cell can say that the cell lies under a merge.
///
/// Rows are worksheet row numbers (from 1), columns 0-based (A is 0), as in `DeliveryTable`. At most `kept`
/// ranges are kept (a hostile file may list millions); later ones only lose that remark.
struct MergedCells: Sendable {
    struct Range: Sendable, Equatable {
        var rows: ClosedRange<Int>
        var columns: ClosedRange<Int>
    }

    private(set) var ranges: [Range] = []
    static let kept = 100_000

    /// Adds a range of more than one cell.
    mutating func add(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        guard ranges.count < Self.kept, rows.count > 1 || columns.count > 1 else { return }
        ranges.append(Range(rows: rows, columns: columns))
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// The rows in which the cell of `column` lies under a merge (not a range's top-left cell), as sorted,
    /// disjoint row ranges: for `RowsUnderMerge.contains` to answer each row in logarithmic time.
    func rowsUnderMerge(column: Int) -> RowsUnderMerge {
        var rows: [ClosedRange<Int>] = []
        for range in ranges where range.columns.contains(column) {
            let first = column == range.columns.lowerBound ? range.rows.lowerBound + 1 : range.rows.lowerBound
            if first <= range.rows.upperBound { rows.append(first...range.rows.upperBound) }
        }
        rows.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<Int>] = []
        for range in rows {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return RowsUnderMerge(ranges: merged)
    }
}

/// The rows of one column that lie under a merge (see `MergedCells.rowsUnderMerge(column:)`).
struct RowsUnderMerge: Sendable {
    let ranges: [ClosedRange<Int>]

    func contains(_ row: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < row { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(row)
    }
}
