import Foundation

/// The ingest stages: read every discovered delivery, check its rows, and resolve versions and keys.
enum Ingestion {
    /// Reads the files `discovery` found and returns the records and the account of every row; `clock` times
    /// reading (`inlezen`, and the CSV reader alone) and resolving (`oplossen`).
    static func ingest(
        _ discovery: Discovery, config: RegionConfig, clock: StageClock = StageClock(enabled: false)
    )
        -> Dataset
    {
        var dataset = Dataset()
        dataset.unrecognised = discovery.unrecognised
        dataset.skipped = discovery.skipped
        dataset.rejects += discovery.skipped.map(\.reject)
        for note in config.householdsSource?.notes ?? [] {
            dataset.notices.append(Notice(SourceLocation(file: "regio.toml"), note))
        }
        var candidates = Candidates()
        let directory = MunicipalityDirectory(config)

        var latest: [DeliveryName: Int] = [:]
        for file in discovery.files { latest[file.name.series] = max(latest[file.name.series] ?? 0, file.name.version) }
        var seen = Set<DeliveryName>()
        clock.time("inlezen") {
            for file in discovery.files {
                guard seen.insert(file.name).inserted else {
                    dataset.rejects.append(
                        Reject(
                            SourceLocation(file: file.relativePath),
                            "dezelfde levering (\(file.name)) staat al elders in de invoer; dit bestand is niet gelezen"
                        ))
                    continue
                }
                var reading = DeliveryReading(
                    file: file, active: latest[file.name.series] == file.name.version,
                    index: dataset.deliveries.count, config: config, directory: directory, clock: clock)
                reading.read(into: &dataset, candidates: &candidates)
                dataset.deliveries.append(reading.delivery)
            }
        }
        clock.time("oplossen") { candidates.resolve(into: &dataset) }
        return dataset
    }
}

/// The reading of one delivery file: its bytes, its CSV, its columns, then its rows.
private struct DeliveryReading {
    let file: Discovery.File
    let index: Int
    let config: RegionConfig
    let directory: MunicipalityDirectory
    let clock: StageClock
    var delivery: Delivery

    init(
        file: Discovery.File, active: Bool, index: Int, config: RegionConfig, directory: MunicipalityDirectory,
        clock: StageClock
    ) {
        self.clock = clock
        self.file = file
        self.index = index
        self.config = config
        self.directory = directory
        delivery = Delivery(
            name: file.name, path: file.relativePath, sha256: "", status: active ? .gebruikt : .vervangen)
    }

    func location(line: Int? = nil) -> SourceLocation { SourceLocation(file: file.relativePath, line: line) }

    /// Rejects the whole file: every record counts as rejected, with one message.
    mutating func rejectFile(_ reason: String, line: Int? = nil, records: Int = 0, into dataset: inout Dataset) {
        delivery.rejectedAsFile = true
        delivery.rejected += records
        dataset.rejects.append(Reject(location(line: line), reason))
    }

    mutating func read(into dataset: inout Dataset, candidates: inout Candidates) {
        let active = delivery.status == .gebruikt
        let bytes: [UInt8]
        switch InputFileReading.bytes(of: file.absolutePath, limit: config.limits.fileBytes) {
        case .success(let read): bytes = read
        case .failure(let refusal):
            // A file over bestand_mb is still named by its bytes in the XML and the log.
            delivery.sha256 = Fingerprint.sha256(ofFileAt: file.absolutePath) ?? ""
            rejectFile(refusal.message, into: &dataset)
            return
        }
        delivery.sha256 = Fingerprint.sha256(bytes)
        let table: DeliveryTable
        let parsed = clock.timeCSV(bytes: file.name.format == .csv ? bytes.count : 0) {
            DeliveryTable.read(bytes, format: file.name.format, soort: file.name.soort, limits: config.limits)
        }
        switch parsed {
        case .success(let read): table = read
        case .failure(let problem):
            if active { rejectFile(problem.message, into: &dataset) }
            return
        }
        if active, table.excessRecords > 0 {
            let records = table.records.count + table.problems.count + table.excessRecords
            delivery.records = records
            rejectFile(
                CSVLimits.tooManyRecords(records, limit: config.limits.rowsPerFile), records: records, into: &dataset)
            return
        }
        delivery.encoding = table.encoding
        delivery.records = table.records.count + table.problems.count + table.excessRecords
        guard active else {
            delivery.superseded = delivery.records
            return
        }
        for problem in table.problems {
            dataset.rejects.append(Reject(location(line: problem.line), problem.message))
        }
        delivery.rejected = table.problems.count
        let profile = config.profile(forBron: file.name.bron)
        let columns = Columns(header: table.header, soort: file.name.soort, profile: profile)
        guard columns.missing.isEmpty else {
            // Without its required columns the first line is probably data, not a header: never repeat it.
            rejectFile(
                "verplichte kolom ontbreekt: \(columns.missing.map(columns.describe).joined(separator: ", ")) "
                    + "(ontbreekt de kopregel?\(profile.map { "; profiel '\($0.naam)'" } ?? "")); "
                    + "het hele bestand is afgewezen", line: table.headerLine, records: table.records.count,
                into: &dataset)
            return
        }
        if table.encoding == .windows1252 {
            dataset.notices.append(Notice(location(), "geen geldige UTF-8; gelezen als Windows-1252"))
        }
        if !columns.extra.isEmpty {
            dataset.notices.append(
                Notice(location(line: table.headerLine), "kolommen genegeerd: \(Self.listed(columns.extra))"))
        }
        if !columns.repeated.isEmpty {
            dataset.notices.append(
                Notice(
                    location(line: table.headerLine),
                    "kolom twee keer in de kopregel, de eerste is gelezen: \(columns.repeated.joined(separator: ", "))")
            )
        }
        noteSource(into: &dataset)
        if file.name.soort == .urgentie, let code = MunicipalityCode(file.name.bron),
            config.memberCode(for: code) == nil
        {
            delivery.outsideRegion = table.records.count
            dataset.notices.append(
                Notice(location(), "gemeente \(code) hoort niet bij de regio; alle regels tellen als buiten regio"))
            return
        }
        readRows(table.records, columns: columns, into: &dataset, candidates: &candidates)
    }

    private mutating func readRows(
        _ records: [CSVRecord], columns: Columns, into dataset: inout Dataset,
        candidates: inout Candidates
    ) {
        let reader = RowReader(columns: columns, directory: directory, config: config, delivery: file.name)
        var firstLine: [String: Int] = [:]
        for record in records {
            let here = location(line: record.line)
            do throws(RowProblem) {
                guard record.fields.count <= columns.width else {
                    throw RowProblem(
                        "\(record.fields.count) velden, meer dan de \(columns.width) kolommen van de kopregel")
                }
                switch file.name.soort {
                case .verhuringen:
                    let outcome = try reader.letting(record.fields)
                    try keep(
                        outcome, line: record.line, firstLine: &firstLine, keyName: "verhuring_id",
                        into: &candidates.lettings)
                    if case .accepted(let letting, _) = outcome, !file.name.period.contains(letting.date) {
                        dataset.notices.append(
                            Notice(
                                here,
                                "verhuring gedateerd buiten de periode van de levering (\(file.name.period)); geteld in \(Period(containing: letting.date))"
                            ))
                    }
                case .urgentie:
                    // A register row belongs to its bron municipality; a predecessor's code counts as the member
                    // that took it over (SPEC.md section 9), so the row's key is resolved under the member.
                    let outcome = try reader.urgencyRecord(record.fields, municipality: registerOwner)
                    try keep(
                        outcome, line: record.line, firstLine: &firstLine, keyName: "urgentienummer",
                        into: &candidates.register)
                case .voorraad:
                    switch try reader.stockChange(record.fields) {
                    case .accepted(let change, _):
                        dataset.stock.append(change)
                        delivery.used += 1
                    case .outsideRegion: delivery.outsideRegion += 1
                    }
                case .zoekers:
                    switch try reader.seekerCount(record.fields) {
                    case .accepted(let count, _):
                        dataset.seekers.append(count)
                        delivery.used += 1
                    case .outsideRegion: delivery.outsideRegion += 1
                    }
                }
                if directory.hasPredecessors {
                    let named = ["gemeente", "herkomstgemeente"].compactMap {
                        directory.predecessor(named: columns.value($0, in: record.fields))
                    }
                    for code in Set(named) { dataset.predecessorRows[code, default: 0] += 1 }
                }
            } catch {
                delivery.rejected += 1
                let reason = columns.profile.map { "\(error.reason) (profiel '\($0.naam)')" } ?? error.reason
                dataset.rejects.append(Reject(here, reason, value: error.value))
            }
        }
    }

    /// Hands a keyed row to key resolution, rejecting a key that this delivery already had.
    private func keep<Record>(
        _ outcome: RowOutcome<Record>, line: Int, firstLine: inout [String: Int], keyName: String,
        into entries: inout [Candidates.Entry<Record>]
    ) throws(RowProblem) {
        let (record, key): (Record?, String?) =
            switch outcome {
            case .accepted(let record, let key): (record, key)
            case .outsideRegion(let key): (nil, key)
            }
        guard let key else { return }
        if let earlier = firstLine[key] { throw RowProblem("dubbele \(keyName) (eerder op regel \(earlier))") }
        firstLine[key] = line
        let owner = file.name.soort == .urgentie ? registerOwner.value : file.name.bron
        entries.append(
            .init(key: key, bron: owner, delivery: index, record: record, underOwnCode: owner == file.name.bron))
    }

    /// The member municipality an urgentie delivery belongs to: its bron, or the member that took the bron over.
    /// Only called for the urgentie deliveries of members (the others are buiten regio as a whole).
    private var registerOwner: MunicipalityCode {
        let code = MunicipalityCode(file.name.bron)!
        return config.memberCode(for: code) ?? code
    }

    /// At most 20 names, then how many more: a header of 100,000 columns gives one readable line.
    private static func listed(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + " en \(names.count - 20) andere" : shown
    }

    private func noteSource(into dataset: inout Dataset) {
        let name = file.name
        let corporation = config.corporations.contains { $0.code == name.bron }
        if name.soort == .verhuringen, !corporation {
            dataset.notices.append(
                Notice(
                    location(), "corporatie '\(name.bron)' staat niet in de configuratie; de levering is wel gelezen"))
        }
        if name.soort.isAggregate, !corporation,
            MunicipalityCode(name.bron).flatMap({ config.memberCode(for: $0) }) == nil
        {
            dataset.notices.append(
                Notice(
                    location(),
                    "bron '\(name.bron)' is geen corporatie of gemeente uit de configuratie; de levering is wel gelezen"
                ))
        }
    }
}

/// Rows that have a key, waiting for the latest delivery of each key to be chosen.
private struct Candidates {
    /// A keyed row; `record` is nil for a row about a municipality outside the region.
    struct Entry<Record> {
        var key: String
        /// The corporation, or for a register row the member municipality (also for a predecessor's delivery).
        var bron: String
        var delivery: Int
        var record: Record?
        /// The delivery's file names `bron` itself, not a predecessor's code.
        var underOwnCode = true
    }

    /// A record's identity across deliveries (the soort is that of the list it is in).
    struct Identity: Hashable {
        var bron: String
        var key: String
    }

    var lettings: [Entry<Letting>] = []
    var register: [Entry<UrgencyRecord>] = []

    /// Keeps, per (bron, key), the row of the latest delivery (by periode, then version); the others count as
    /// superseded. Across a municipal merger two deliveries of one period and version can hold a key, one under the
    /// predecessor's code and one under the member's own: the member's own wins. On a full tie the first delivery
    /// read wins. A winning row outside the region counts as buiten regio and yields no record.
    func resolve(into dataset: inout Dataset) {
        dataset.lettings = Self.latest(lettings, in: &dataset)
        dataset.register = Self.latest(register, in: &dataset)
    }

    private static func latest<Record>(_ entries: [Entry<Record>], in dataset: inout Dataset) -> [Record] {
        func rank(_ entry: Entry<Record>) -> (Period, Int, Int) {
            let name = dataset.deliveries[entry.delivery].name
            return (name.period, name.version, entry.underOwnCode ? 1 : 0)
        }
        var winner: [Identity: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let id = Identity(bron: entry.bron, key: entry.key)
            if let current = winner[id] {
                let newer = rank(entry) > rank(entries[current])
                dataset.deliveries[newer ? entries[current].delivery : entry.delivery].superseded += 1
                if newer { winner[id] = index }
            } else {
                winner[id] = index
            }
        }
        var records: [Record] = []
        for index in winner.values.sorted() {
            if let record = entries[index].record {
                records.append(record)
                dataset.deliveries[entries[index].delivery].used += 1
            } else {
                dataset.deliveries[entries[index].delivery].outsideRegion += 1
            }
        }
        return records
    }
}
