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

    /// The nine category cells of one block (aanvragen, beschikkingen or gehuisvest), as they may be published.
    ///
    /// Primary: every cell from 1 to threshold - 1. Secondary: when exactly one cell is hidden, it could be
    /// recomputed from the row total, so the smallest non-zero shown cell (the first on a tie) is hidden too,
    /// or the first zero cell when all others are zero. Totals are never hidden.
    public func cells(_ counts: CategoryCounts) -> [Cell] {
        guard case .openbaar(let threshold) = self else { return counts.values.map { .shown($0) } }
        var hidden = counts.values.map { (1..<max(threshold, 1)).contains($0) }
        if hidden.filter({ $0 }).count == 1 {
            let candidates = counts.values.indices.filter { !hidden[$0] }
            let nonZero = candidates.filter { counts.values[$0] > 0 }
            if let smallest = nonZero.min(by: { (counts.values[$0], $0) < (counts.values[$1], $1) }) ?? candidates.first {
                hidden[smallest] = true
            }
        }
        return zip(counts.values, hidden).map { $1 ? .hidden : .shown($0) }
    }

    /// The knelpunten that may be published, most frequent first, and what is grouped as "overige redenen".
    ///
    /// Public output lists only redenen counted at least `threshold` times (a rare reden can point to a
    /// person); the rest is summed into `other`, itself hidden when below the threshold. `other` is nil when
    /// nothing was grouped.
    public func knelpunten(_ passend: Passend) -> (listed: [(reden: String, count: Int)], other: Cell?) {
        let ranked = passend.rankedKnelpunten
        guard case .openbaar(let threshold) = self else { return (ranked, nil) }
        let listed = ranked.filter { $0.count >= threshold }
        let rest = ranked.filter { $0.count < threshold }.reduce(0) { $0 + $1.count }
        guard rest > 0 else { return (listed, nil) }
        return (listed, rest >= threshold ? .shown(rest) : .hidden)
    }
}
