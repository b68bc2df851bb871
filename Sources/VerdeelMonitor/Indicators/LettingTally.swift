import Foundation

/// The figures that lettings give, added one letting at a time: per period and member municipality the counts of
/// `Indicators` that come from lettings, per period and corporation the statutory lettings without origin, and the
/// links to the register (`Linking.recordHousing`).
///
/// A national run adds the chosen lettings of each corporation as soon as its deliveries are read, so no letting is
/// held longer than its group (docs/performance.md). Tallies of the same periods and register add up (`add(_:)`),
/// whatever order the lettings came in: every figure is a count, a minimum or a list that is sorted
/// (`finished()`).
struct LettingTally: Sendable {
    let periods: [Period]
    /// Per CBS number (0 to 9999): the member's position in the configuration, or -1.
    private let positions: [Int]
    private let noemer: Denominator
    private(set) var cells: [[Indicators]]
    private(set) var withoutOrigin: [[String: Int]]
    private(set) var linking: Linking

    init(periods: [Period], config: RegionConfig, linking: Linking) {
        self.periods = periods
        var positions = [Int](repeating: -1, count: 10_000)
        for (m, municipality) in config.municipalities.enumerated() { positions[Int(municipality.code.number)] = m }
        self.positions = positions
        noemer = config.noemer
        cells = Array(
            repeating: Array(repeating: Indicators(), count: config.municipalities.count), count: periods.count)
        withoutOrigin = Array(repeating: [:], count: periods.count)
        self.linking = linking
    }

    /// Counts one letting in the period of its date (a letting outside every period with a delivery, or in a
    /// municipality outside the region, counts nowhere).
    mutating func add(_ letting: Letting) {
        let row = linking.recordHousing(letting)
        // A handful of periods: finding one by comparing is cheaper than hashing.
        let period = Period(containing: letting.date)
        guard let p = periods.firstIndex(of: period) else { return }
        if letting.isStatutory, letting.urgencyKey == nil, letting.origin == nil {
            withoutOrigin[p][letting.corporation, default: 0] += 1
        }
        let m = positions[Int(letting.municipality.number)]
        guard m >= 0 else { return }
        cells[p][m].verhuringen += 1
        if letting.urgency == nil { cells[p][m].regulier += 1 }
        if !(noemer == .zonderVergunninghouders && letting.urgency == .vh) { cells[p][m].mutaties += 1 }
        guard let code = letting.urgency, code.isStatutory else { return }
        cells[p][m].gehuisvest.add(code)
        cells[p][m].passend.add(letting, linked: row)
        if let row, row.besluit == .toegekend, let decided = row.decided {
            cells[p][m].wachttijd.append(decided.days(to: letting.date))
        }
    }

    /// Adds the lettings `other` counted (a tally of the same periods, region and register).
    mutating func add(_ other: LettingTally) {
        for p in cells.indices {
            for m in cells[p].indices { cells[p][m] = cells[p][m] + other.cells[p][m] }
            withoutOrigin[p].merge(other.withoutOrigin[p], uniquingKeysWith: +)
        }
        linking.recordHousings(of: other.linking)
    }

    /// The tally with every list of waiting times in order, so that it is the same whatever order the lettings
    /// were added in.
    func finished() -> LettingTally {
        var tally = self
        for p in tally.cells.indices {
            for m in tally.cells[p].indices { tally.cells[p][m].wachttijd.sort() }
        }
        return tally
    }
}

extension LettingTally {
    /// Tallies filled from several cores at once: each core takes a tally of its own, and `total` adds them up.
    ///
    /// `Ingestion.ingest(_:config:clock:lettings:)` calls `sink(register:)` once the register is resolved, and then
    /// the function it returns for each group's lettings.
    final class Pool: @unchecked Sendable {
        private let periods: [Period]
        private let config: RegionConfig
        private var empty: LettingTally
        private var idle: [LettingTally] = []
        private let lock = NSLock()

        init(periods: [Period], config: RegionConfig) {
            self.periods = periods
            self.config = config
            empty = LettingTally(periods: periods, config: config, linking: Linking(register: []))
        }

        /// Links the lettings to come to `register`, and returns the function that counts them.
        func sink(register: [UrgencyRecord]) -> @Sendable ([Letting]) -> Void {
            lock.withLock {
                empty = LettingTally(periods: periods, config: config, linking: Linking(register: register))
                idle = []
            }
            return { [self] lettings in add(lettings) }
        }

        /// Counts `lettings` in a tally no other core is using.
        func add(_ lettings: [Letting]) {
            var tally = lock.withLock { idle.popLast() ?? empty }
            for letting in lettings { tally.add(letting) }
            lock.withLock { idle.append(tally) }
        }

        /// All lettings added so far, in one finished tally.
        var total: LettingTally {
            lock.withLock {
                var total = idle.first ?? empty
                for tally in idle.dropFirst() { total.add(tally) }
                return total.finished()
            }
        }
    }
}
