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
        return GroupResult(outcomes: outcomes, lettings: lettings, register: register)
    }

    /// Keeps, per key, the row of the latest delivery (by periode, then version); the others count as
    /// superseded. Across a municipal merger two deliveries of one period and version can hold a key, one under the
    /// predecessor's code and one under the member's own: the member's own wins. On a full tie the first delivery
    /// read wins. A winning row outside the region counts as buiten regio and yields no record.
    ///
    /// Every row of a group has the same bron (the corporation, or the member municipality), so the key alone
    /// identifies a record; and every row of a delivery has the same rank (periode, version, own code), and no key
    /// twice (`DeliveryReading` rejects a repeat). So the deliveries are visited from the highest rank down (on a
    /// tie, in reading order) and a key's first row wins: one insert per row into a `RecordTable`, no comparing.
    /// The rows are taken out of `outcomes`.
    private func latest<Record>(
        _ rows: WritableKeyPath<FileOutcome, [KeyedRow<Record>]>, in outcomes: inout [FileOutcome]
    ) -> ChosenRows<Record> {
        var taken: [[KeyedRow<Record>]] = []
        taken.reserveCapacity(outcomes.count)
        for index in outcomes.indices {
            taken.append(outcomes[index][keyPath: rows])
            outcomes[index][keyPath: rows] = []
        }
        let total = taken.reduce(0) { $0 + $1.count }
        guard total > 0 else { return ChosenRows() }
        let ranks = outcomes.indices.map { index in
            let name = outcomes[index].delivery.name
            return (name.period, name.version, taken[index].first?.underOwnCode == true ? 1 : 0)
        }
        let byRank = outcomes.indices.sorted { ranks[$0] > ranks[$1] || (ranks[$0] == ranks[$1] && $0 < $1) }
        var seen = RecordTable(capacity: total, filler: ())
        var wins = taken.map { [Bool](repeating: false, count: $0.count) }
        var winners = 0
        for outcome in byRank {
            var superseded = 0
            taken[outcome].withUnsafeBufferPointer { rows in
                wins[outcome].withUnsafeMutableBufferPointer { wins in
                    for index in rows.indices {
                        if seen.insert(rows[index].key, ()) == nil {
                            wins[index] = true
                        } else {
                            superseded += 1
                        }
                    }
                }
            }
            outcomes[outcome].delivery.superseded += superseded
            winners += taken[outcome].count - superseded
        }
        var chosen = ChosenRows<Record>()
        chosen.records.reserveCapacity(winners)
        chosen.order.reserveCapacity(winners)
        // The winners in row order: marked per delivery, then collected in order (no sort).
        for outcome in outcomes.indices {
            var used = 0
            for index in wins[outcome].indices where wins[outcome][index] {
                if let record = taken[outcome][index].record {
                    chosen.records.append(record)
                    chosen.order.append(deliveries[outcome] << 32 | index)
                    used += 1
                } else {
                    outcomes[outcome].delivery.outsideRegion += 1
                }
            }
            outcomes[outcome].delivery.used += used
            taken[outcome] = []
        }
        return chosen
    }
}
