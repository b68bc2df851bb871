import Foundation

/// Which discovered files are read, in which groups, and how the groups' results are put back in discovery order.
///
/// Every file is one slot, in discovery order: a second file of the same delivery is a reject, every other file
/// is a delivery (the version in use, or a lower version that is counted as replaced). Deliveries that can share a
/// key are in one group: the same soort and bron, where the bron of an urgentie delivery is the member that took
/// it over (`voorgangers`), because a register row's key is resolved under that member.
struct ReadingPlan: Sendable {
    enum Slot: Sendable {
        case duplicate(Reject)
        case delivery(Int)
    }

    private(set) var slots: [Slot] = []
    /// Per delivery: its file and whether it is the version in use.
    private(set) var files: [(file: Discovery.File, active: Bool)] = []
    /// Per group: its deliveries in discovery order.
    private(set) var groups: [[Int]] = []
    /// Per group: the bytes of its files, to start the heaviest groups first.
    private(set) var groupBytes: [Int] = []
    /// The parsed files this reading shares with other readers (`Discovery.tables`).
    let tables: DeliveryTables?

    init(_ discovery: Discovery, config: RegionConfig) {
        tables = discovery.tables
        var latest: [DeliveryName: Int] = [:]
        for file in discovery.files { latest[file.name.series] = max(latest[file.name.series] ?? 0, file.name.version) }
        var seen = Set<DeliveryName>()
        var groupOf: [Group: Int] = [:]
        for file in discovery.files {
            guard seen.insert(file.name).inserted else {
                slots.append(
                    .duplicate(
                        Reject(
                            SourceLocation(file: file.relativePath),
                            "dezelfde levering (\(file.name)) staat al elders in de invoer; dit bestand is niet gelezen"
                        )))
                continue
            }
            let index = files.count
            slots.append(.delivery(index))
            files.append((file, latest[file.name.series] == file.name.version))
            let group = Group(file.name, config: config)
            let size = InputEntry.size(of: file.absolutePath)
            if let known = groupOf[group] {
                groups[known].append(index)
                groupBytes[known] += size
            } else {
                groupOf[group] = groups.count
                groups.append([index])
                groupBytes.append(size)
            }
        }
    }

    /// The key space a delivery's rows belong to.
    private struct Group: Hashable {
        var soort: Soort
        var bron: String

        init(_ name: DeliveryName, config: RegionConfig) {
            soort = name.soort
            bron = name.bron
            if name.soort == .urgentie, let owner = DeliveryReading.owner(of: name, config: config) {
                bron = owner.value
            }
        }
    }

    /// Puts the groups' results (each with its group's index) into `dataset` in discovery order: the deliveries,
    /// rejects, notices and rows of every file in the order of its slot. The records are taken out first
    /// (`records(of:_:)`); the results are used up.
    func merge(_ results: inout [(Int, GroupResult)], into dataset: inout Dataset) {
        var outcomes = [FileOutcome?](repeating: nil, count: files.count)
        for (group, result) in results {
            for (index, outcome) in zip(groups[group], result.outcomes) { outcomes[index] = outcome }
        }
        results.removeAll()
        dataset.deliveries.reserveCapacity(files.count)
        for slot in slots {
            switch slot {
            case .duplicate(let reject): dataset.rejects.append(reject)
            case .delivery(let index):
                let outcome = outcomes[index]!
                outcomes[index] = nil
                dataset.deliveries.append(outcome.delivery)
                dataset.rejects += outcome.rejects
                dataset.notices += outcome.notices
                dataset.stock += outcome.stock
                dataset.seekers += outcome.seekers
                dataset.predecessorRows.merge(outcome.predecessorRows, uniquingKeysWith: +)
            }
        }
    }

    /// Takes the chosen records out of the groups' results, ordered by the row each came from (delivery, then
    /// row), so that no record is held twice.
    func records<Record>(
        of results: inout [(Int, GroupResult)], _ chosen: WritableKeyPath<GroupResult, ChosenRows<Record>>
    ) -> [Record] {
        var groups: [ChosenRows<Record>] = []
        for index in results.indices where !results[index].1[keyPath: chosen].records.isEmpty {
            groups.append(results[index].1[keyPath: chosen])
            results[index].1[keyPath: chosen] = ChosenRows()
        }
        groups.sort { $0.order[0] < $1.order[0] }
        let disjoint = zip(groups, groups.dropFirst()).allSatisfy { $0.order.last! < $1.order[0] }
        var records: [Record] = []
        records.reserveCapacity(groups.reduce(0) { $0 + $1.records.count })
        let order = disjoint ? [] : groups.flatMap(\.order)
        for index in groups.indices {
            records += groups[index].records
            groups[index] = ChosenRows()
        }
        guard !disjoint else { return records }
        // Groups whose rows interleave (a predecessor's deliveries among others): sort by row.
        return order.indices.sorted { order[$0] < order[$1] }.map { records[$0] }
    }
}

/// The records a group chose, each with the position of the row it comes from: delivery index in the high 32 bits,
/// the row's place among the delivery's keyed rows in the low 32.
struct ChosenRows<Record: Sendable>: Sendable {
    var records: [Record] = []
    var order: [Int] = []
}

/// What reading one group gave: per delivery (in the group's order) its outcome, and the chosen records.
struct GroupResult: Sendable {
    var outcomes: [FileOutcome]
    var lettings: ChosenRows<Letting>
    var register: ChosenRows<UrgencyRecord>
}
