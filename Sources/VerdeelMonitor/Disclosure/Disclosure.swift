/// A count as it may be published: its value, or hidden to protect the people behind a small number.
enum Cell: Sendable, Hashable {
    case shown(Int)
    case hidden

    var value: Int? { if case .shown(let value) = self { value } else { nil } }
}

/// Who the output is for, and so which small numbers it hides.
enum Disclosure: Sendable, Hashable {
    /// Public output: category cells from 1 to `threshold - 1` are hidden, with secondary suppression.
    case openbaar(threshold: Int)
    /// Every number is shown; the report is marked VERTROUWELIJK.
    case vertrouwelijk

    var isPublic: Bool { self != .vertrouwelijk }

    /// The knelpunten that may be published, most frequent first, and how many elders lettings had a reden that
    /// is not listed.
    ///
    /// Public output lists only redenen counted at least `threshold` times (a rare reden can point to a
    /// person); the others are counted under "overige redenen" without their texts. That count is always shown:
    /// it equals elders minus the listed counts, so hiding it would protect nothing. `other` is nil when
    /// nothing was left out.
    func knelpunten(_ passend: Passend) -> (listed: [(reden: String, count: Int)], other: Int?) {
        let ranked = passend.rankedKnelpunten
        guard case .openbaar(let threshold) = self else { return (ranked, nil) }
        let rest = ranked.filter { $0.count < threshold }.reduce(0) { $0 + $1.count }
        return (ranked.filter { $0.count >= threshold }, rest > 0 ? rest : nil)
    }

    /// The median waiting time as it may be published: output leaves it out for fewer than `threshold`
    /// housed urgents (with one, it is that person's exact wait).
    func mediaanDagen(_ figures: Indicators) -> Double? {
        if case .openbaar(let threshold) = self, figures.wachttijd.count < threshold { return nil }
        return figures.mediaanDagen
    }
}
