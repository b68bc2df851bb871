/// A count as it may be published: its value, or hidden to protect the people behind a small number.
public enum Cell: Sendable, Hashable {
    case shown(Int)
    case hidden

    public var value: Int? { if case .shown(let value) = self { value } else { nil } }
}

/// Who the output is for, and so which small numbers it hides.
public enum Disclosure: Sendable, Hashable {
    /// Public output: category cells from 1 to `threshold - 1` are hidden, with secondary suppression.
    case openbaar(threshold: Int)
    /// Every number is shown; the report is marked VERTROUWELIJK.
    case vertrouwelijk

    public var isPublic: Bool { self != .vertrouwelijk }

    /// The nine category cells of one block (aanvragen or beschikkingen), as they may be published.
    public func cells(_ counts: CategoryCounts) -> [Cell] { cells(counts, published: []) }

    /// The gehuisvest cells of a unit: besides the row total, the report publishes the MZ cell (as
    /// passend@mantelzorg) and, for a municipality with uitgezonderde categorieën, their sum (as total minus
    /// verdeling@gehuisvest). Secondary suppression takes those relations into account.
    public func gehuisvest(_ counts: CategoryCounts, excluded: Set<UrgencyCode> = []) -> [Cell] {
        var groups: [Set<Int>] = [[UrgencyCode.mz.statutoryIndex!]]
        let excludedIndices = Set(excluded.compactMap(\.statutoryIndex))
        if !excludedIndices.isEmpty {
            groups.append(excludedIndices)
            groups.append(Set(counts.values.indices).subtracting(excludedIndices))
        }
        return cells(counts, published: groups)
    }

    /// Primary: every cell from 1 to threshold - 1. Secondary: no hidden cell may be the only unknown one in a
    /// group of cells whose sum is published (the row total, and `published`); where it is, the smallest
    /// non-zero shown cell of that group (the first on a tie), or else its first zero cell, is hidden too. A
    /// cell that is a group on its own is known to the reader anyway and counts as known, not as protection.
    /// Totals are never hidden.
    func cells(_ counts: CategoryCounts, published: [Set<Int>]) -> [Cell] {
        guard case .openbaar(let threshold) = self else { return counts.values.map { .shown($0) } }
        let values = counts.values
        var hidden = values.map { (1..<max(threshold, 1)).contains($0) }
        let known = Set(published.filter { $0.count == 1 }.flatMap { $0 })
        let groups = ([Set(values.indices)] + published).map { $0.subtracting(known) }.filter { $0.count > 1 }
        var changed = true
        while changed {
            changed = false
            for group in groups where group.filter({ hidden[$0] }).count == 1 {
                let candidates = group.sorted().filter { !hidden[$0] }
                let nonZero = candidates.filter { values[$0] > 0 }
                if let next = nonZero.min(by: { (values[$0], $0) < (values[$1], $1) }) ?? candidates.first {
                    hidden[next] = true
                    changed = true
                }
            }
        }
        return zip(values, hidden).map { $1 ? .hidden : .shown($0) }
    }

    /// The knelpunten that may be published, most frequent first, and how many elders lettings had a reden that
    /// is not listed.
    ///
    /// Public output lists only redenen counted at least `threshold` times (a rare reden can point to a
    /// person); the others are counted under "overige redenen" without their texts. That count is always shown:
    /// it equals elders minus the listed counts, so hiding it would protect nothing. `other` is nil when
    /// nothing was left out.
    public func knelpunten(_ passend: Passend) -> (listed: [(reden: String, count: Int)], other: Int?) {
        let ranked = passend.rankedKnelpunten
        guard case .openbaar(let threshold) = self else { return (ranked, nil) }
        let rest = ranked.filter { $0.count < threshold }.reduce(0) { $0 + $1.count }
        return (ranked.filter { $0.count >= threshold }, rest > 0 ? rest : nil)
    }

    /// The median waiting time as it may be published: public output leaves it out for fewer than `threshold`
    /// housed urgents (with one, it is that person's exact wait).
    public func medianWaitingDays(_ figures: Indicators) -> Double? {
        if case .openbaar(let threshold) = self, figures.waitingDays.count < threshold { return nil }
        return figures.medianWaitingDays
    }
}
