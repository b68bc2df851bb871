/// Reads the deliveries of one group (see `ReadingPlan`) in discovery order and chooses, per key, the row of the
/// latest delivery.
struct GroupReading {
    let plan: ReadingPlan
    /// The group's deliveries (indices into `plan.files`), in discovery order.
    let deliveries: [Int]
    let config: RegionConfig
    let directory: MunicipalityDirectory
    let clock: StageClock

    /// Reads the group's deliveries; with `sink` (a group of lettings), the chosen lettings also go there, and are
    /// only kept in the result when `use` keeps them.
    func read(lettingsTo sink: (@Sendable ([Letting]) -> Void)?, use: LettingUse) -> GroupResult {
        var outcomes = deliveries.map { index in
            let (file, active) = plan.files[index]
            return DeliveryReading(
                file: file, active: active, config: config, directory: directory, clock: clock, tables: plan.tables
            )
            .read()
        }
        var lettings = latest(\.lettings, in: &outcomes)
        if let sink {
            sink(lettings.records)
            if use == .counted { lettings = ChosenRows() }
        }
        let register = latest(\.register, in: &outcomes)
        for index in outcomes.indices {
            outcomes[index].lettings = []
            outcomes[index].register = []
        }
        return GroupResult(outcomes: outcomes, lettings: lettings, register: register)
    }

    /// Keeps, per key, the row of the latest delivery (by periode, then version); the others count as
    /// superseded. Across a municipal merger two deliveries of one period and version can hold a key, one under the
    /// predecessor's code and one under the member's own: the member's own wins. On a full tie the first delivery
    /// read wins. A winning row outside the region counts as buiten regio and yields no record.
    ///
    /// Every row of a group has the same bron (the corporation, or the member municipality), so the key alone
    /// identifies a record.
    private func latest<Record>(
        _ rows: KeyPath<FileOutcome, [KeyedRow<Record>]>, in outcomes: inout [FileOutcome]
    ) -> ChosenRows<Record> {
        func rank(_ outcome: Int, _ row: KeyedRow<Record>) -> (Period, Int, Int) {
            let name = outcomes[outcome].delivery.name
            return (name.period, name.version, row.underOwnCode ? 1 : 0)
        }
        let total = outcomes.reduce(0) { $0 + $1[keyPath: rows].count }
        guard total > 0 else { return ChosenRows() }
        var winner: [RecordID: (outcome: Int, row: Int)] = [:]
        winner.reserveCapacity(total)
        for outcome in outcomes.indices {
            for (index, row) in outcomes[outcome][keyPath: rows].enumerated() {
                guard let current = winner[row.key] else {
                    winner[row.key] = (outcome, index)
                    continue
                }
                let newer =
                    rank(outcome, row) > rank(current.outcome, outcomes[current.outcome][keyPath: rows][current.row])
                outcomes[newer ? current.outcome : outcome].delivery.superseded += 1
                if newer { winner[row.key] = (outcome, index) }
            }
        }
        var chosen = ChosenRows<Record>()
        chosen.records.reserveCapacity(winner.count)
        chosen.order.reserveCapacity(winner.count)
        // The winners in row order: marked per delivery, then collected in order (no sort).
        var wins = outcomes.map { [Bool](repeating: false, count: $0[keyPath: rows].count) }
        for (outcome, row) in winner.values { wins[outcome][row] = true }
        winner = [:]
        for outcome in outcomes.indices {
            for index in wins[outcome].indices where wins[outcome][index] {
                if let record = outcomes[outcome][keyPath: rows][index].record {
                    chosen.records.append(record)
                    chosen.order.append(deliveries[outcome] << 32 | index)
                    outcomes[outcome].delivery.used += 1
                } else {
                    outcomes[outcome].delivery.outsideRegion += 1
                }
            }
        }
        return chosen
    }
}
