import Foundation

/// The ingest stages: read every discovered delivery, check its rows, and resolve versions and keys.
///
/// The deliveries are read in groups that share no key: the lettings of one corporation, the register of one
/// member municipality (with its predecessors' deliveries), and each bron's voorraad and zoekers. Within a group
/// the files are read in discovery order and the latest delivery of every key is chosen right away, so only one
/// group's rows are held at a time per core. The groups are read in parallel; their results are put together in
/// discovery order, so the dataset is the same whatever the scheduling.
enum Ingestion {
    /// Where the chosen lettings go instead of `Dataset.lettings`: given the resolved register, a function that
    /// takes the chosen lettings of one group. It is called from several cores at once.
    typealias LettingSink = (_ register: [UrgencyRecord]) -> @Sendable ([Letting]) -> Void

    /// Reads the files `discovery` found and returns the records and the account of every row; `clock` times
    /// reading with resolving per group (`inlezen`, and the CSV reader alone) and putting the groups together
    /// (`oplossen`).
    ///
    /// The register, voorraad and zoekers are read first, then the lettings, so that each group of lettings can be
    /// linked to the register as soon as it is read. The chosen lettings go to `sink`; `use` says whether they are
    /// also kept in `Dataset.lettings` (a run does not: memory then does not grow with the lettings,
    /// docs/performance.md).
    static func ingest(
        _ discovery: Discovery, config: RegionConfig, clock: StageClock = StageClock(enabled: false),
        lettings sink: LettingSink, use: LettingUse = .counted
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
        let plan = ReadingPlan(discovery, config: config)
        let directory = MunicipalityDirectory(config)
        let isLettings = plan.groups.map { plan.files[$0[0]].file.name.soort == .verhuringen }
        func read(_ wanted: Bool, into: (@Sendable ([Letting]) -> Void)?) -> [(Int, GroupResult)] {
            let chosen = plan.groups.indices.filter { isLettings[$0] == wanted }
            return chosen.concurrentMap(heaviestFirst: chosen.map { plan.groupBytes[$0] }) { group in
                let reading = GroupReading(
                    plan: plan, deliveries: plan.groups[group], config: config, directory: directory, clock: clock)
                return (group, reading.read(lettingsTo: into, use: use))
            }
        }
        var results = clock.time(.inlezen) { read(false, into: nil) }
        let register = clock.time(.oplossen) { plan.records(of: &results, \.register) }
        var lettingResults = clock.time(.inlezen) { read(true, into: sink(register)) }
        clock.time(.oplossen) {
            dataset.register = register
            dataset.lettings = plan.records(of: &lettingResults, \.lettings)
            results += lettingResults
            lettingResults = []
            plan.merge(&results, into: &dataset)
        }
        return dataset
    }
}

/// What reading one delivery file gave: its account, messages and rows, before keys are resolved.
struct FileOutcome: Sendable {
    var delivery: Delivery
    var rejects: [Reject] = []
    var notices: [Notice] = []
    var stock: [StockChange] = []
    var seekers: [SeekerCount] = []
    /// Per predecessor code: the accepted rows that name it as gemeente or herkomstgemeente.
    var predecessorRows: [MunicipalityCode: Int] = [:]
    var lettings: [KeyedRow<Letting>] = []
    var register: [KeyedRow<UrgencyRecord>] = []
}

/// A row with a key, waiting for the latest delivery of its key to be chosen; `record` is nil for a row about a
/// municipality outside the region (it still takes part: a correction can move a letting out of the region).
struct KeyedRow<Record: Sendable>: Sendable {
    var key: RecordID
    var record: Record?
    /// The delivery's file names the group's bron itself, not a predecessor's code.
    var underOwnCode = true
}

/// The reading of one delivery file: its bytes, its CSV, its columns, then its rows.
struct DeliveryReading {
    let file: Discovery.File
    let config: RegionConfig
    let directory: MunicipalityDirectory
    let clock: StageClock
    /// For an urgentie delivery of a member: the member its rows belong to (see `registerOwner`).
    let registerOwner: MunicipalityCode?
    /// The file names the group's bron itself, not a predecessor's code (`KeyedRow.underOwnCode`).
    let underOwnCode: Bool
    var outcome: FileOutcome

    /// Where a file that other readers share is parsed once (a province run); nil: parse it here.
    let tables: DeliveryTables?

    init(
        file: Discovery.File, active: Bool, config: RegionConfig, directory: MunicipalityDirectory,
        clock: StageClock, tables: DeliveryTables? = nil
    ) {
        self.clock = clock
        self.tables = tables
        self.file = file
        self.config = config
        self.directory = directory
        registerOwner = file.name.soort == .urgentie ? Self.owner(of: file.name, config: config) : nil
        underOwnCode = (registerOwner?.value ?? file.name.bron) == file.name.bron
        outcome = FileOutcome(
            delivery: Delivery(
                name: file.name, path: file.relativePath, sha256: "", status: active ? .gebruikt : .vervangen))
    }

    func location(line: Int? = nil) -> SourceLocation { SourceLocation(file: file.relativePath, line: line) }

    /// Rejects the whole file: every record counts as rejected, with one message; the version in use becomes
    /// `afgewezen`.
    mutating func rejectFile(_ reason: String, line: Int? = nil, records: Int = 0) {
        outcome.delivery.rejectedAsFile = true
        if outcome.delivery.status == .gebruikt { outcome.delivery.status = .afgewezen }
        outcome.delivery.rejected += records
        outcome.rejects.append(Reject(location(line: line), reason))
    }

    /// Reads the file and returns what it gave.
    consuming func read() -> FileOutcome {
        readFile()
        return outcome
    }

    private mutating func readFile() {
        let active = outcome.delivery.status == .gebruikt
        let (file, limits, clock) = (file, config.limits, clock)
        let profile = config.profile(forBron: file.name.bron)
        let parse = { Self.parse(file, limits: limits, profile: profile, clock: clock) }
        let parsed = tables?.delivery(file.absolutePath, limits: limits, profile: profile, parse: parse) ?? parse()
        outcome.delivery.sha256 = parsed.sha256
        let table: DeliveryTable
        switch parsed.content {
        case .refused(let message):
            rejectFile(message)
            return
        case .table(.success(let read)): table = read
        case .table(.failure(let problem)):
            if active { rejectFile(problem.message) }
            return
        }
        let records = table.records.count + table.problems.count + table.excessRecords
        outcome.delivery.records = records
        if active, table.excessRecords > 0 {
            rejectFile(CSVLimits.tooManyRecords(records, limit: config.limits.rowsPerFile), records: records)
            return
        }
        outcome.delivery.encoding = table.encoding
        let columns = Columns(header: table.header, soort: file.name.soort, profile: profile)
        guard active else {
            // Title, total and empty rows are no records in a superseded delivery either.
            if columns.missing.isEmpty { outcome.delivery.records -= Self.nonRecords(table.records, columns) }
            outcome.delivery.superseded = outcome.delivery.records
            return
        }
        for problem in table.problems {
            outcome.rejects.append(Reject(location(line: problem.line), problem.message))
        }
        outcome.delivery.rejected = table.problems.count
        guard columns.missing.isEmpty else {
            // Without its required columns the first line is probably data, not a header: never repeat it.
            rejectFile(
                "verplichte kolom ontbreekt: \(columns.missing.map(columns.describe).joined(separator: ", ")) "
                    + "(ontbreekt de kopregel?\(profile.map { "; profiel '\($0.naam)'" } ?? "")); "
                    + "het hele bestand is afgewezen", line: table.headerLine, records: table.records.count)
            return
        }
        if table.skippedAbove > 0 {
            let rows = table.skippedAbove == 1 ? "de regel" : "de \(table.skippedAbove) regels"
            outcome.notices.append(
                Notice(
                    location(line: table.headerLine),
                    "kopregel op regel \(table.headerLine); \(rows) met tekst erboven (een titel, een exportdatum) "
                        + "overgeslagen"))
        }
        if table.encoding == .windows1252 {
            outcome.notices.append(Notice(location(), "geen geldige UTF-8; gelezen als Windows-1252"))
        }
        if !columns.extra.isEmpty {
            outcome.notices.append(
                Notice(location(line: table.headerLine), "kolommen genegeerd: \(Self.listed(columns.extra))"))
        }
        if !columns.repeated.isEmpty {
            outcome.notices.append(
                Notice(
                    location(line: table.headerLine),
                    "kolom twee keer in de kopregel, de eerste is gelezen: \(columns.repeated.joined(separator: ", "))")
            )
        }
        noteSource()
        if file.name.soort == .urgentie, let code = MunicipalityCode(file.name.bron),
            config.memberCode(for: code) == nil
        {
            outcome.delivery.records -= Self.nonRecords(table.records, columns)
            outcome.delivery.outsideRegion = outcome.delivery.records - outcome.delivery.rejected
            outcome.notices.append(
                Notice(location(), "gemeente \(code) hoort niet bij de regio; alle regels tellen als buiten regio"))
            return
        }
        readRows(table.records, columns: columns, merged: table.merged)
    }

    /// Reads the file's bytes and parses them into a table.
    static func parse(_ file: Discovery.File, limits: Limits, profile: Profile?, clock: StageClock) -> ParsedDelivery {
        switch InputFileReading.bytes(of: file.absolutePath, limit: limits.fileBytes) {
        case .success(let bytes):
            let table = clock.timeCSV(bytes: file.name.format == .csv ? bytes.count : 0) {
                DeliveryTable.read(
                    bytes, format: file.name.format, soort: file.name.soort, limits: limits, profile: profile)
            }
            return ParsedDelivery(sha256: Fingerprint.sha256(bytes), content: .table(table))
        case .failure(let refusal):
            // A file over bestand_mb is still named by its bytes in the XML and the log.
            return ParsedDelivery(
                sha256: Fingerprint.sha256(ofFileAt: file.absolutePath) ?? "", content: .refused(refusal.message))
        }
    }

    private mutating func readRows(_ records: RowStore, columns: Columns, merged: MergedCells) {
        let reader = RowReader(columns: columns, directory: directory, config: config, delivery: file.name)
        let kinds = RowKind.Classifier(columns)
        let keyed = file.name.soort == .verhuringen || file.name.soort == .urgentie
        var firstLine = RecordTable(capacity: keyed ? records.count : 0, filler: 0)
        var underMerge: [Int: RowsUnderMerge] = [:]
        let isUnderMerge = { (column: ContractColumn, line: Int) -> Bool in
            guard !merged.isEmpty, let position = columns.position(of: column.name) else { return false }
            if underMerge[position] == nil { underMerge[position] = merged.rowsUnderMerge(column: position) }
            return underMerge[position]!.contains(line)
        }
        if file.name.soort == .verhuringen { outcome.lettings.reserveCapacity(records.count) }
        if file.name.soort == .urgentie { outcome.register.reserveCapacity(records.count) }
        records.withFields { fieldsOf in
            for index in records.indices {
                let (fields, line) = (fieldsOf(index), records.line(of: index))
                switch kinds.kind(of: fields) {
                case .record:
                    readRow(fields, line: line, reader: reader, firstLine: &firstLine) { isUnderMerge($0, line) }
                case .total:
                    outcome.delivery.records -= 1
                    outcome.notices.append(Notice(location(line: line), "totaalregel overgeslagen: geen record"))
                case .empty(let hasText):
                    outcome.delivery.records -= 1
                    if hasText {
                        let required = Columns.required(file.name.soort).map(columns.describe)
                        outcome.notices.append(
                            Notice(
                                location(line: line),
                                "regel zonder waarde in de verplichte kolommen (\(required.joined(separator: ", "))) "
                                    + "overgeslagen: geen record"))
                    }
                }
            }
        }
    }

    /// How many of `records` are no records: total and empty rows (`RowKind`).
    private static func nonRecords(_ records: RowStore, _ columns: Columns) -> Int {
        let kinds = RowKind.Classifier(columns)
        return records.withFields { fieldsOf in records.indices.count { kinds.kind(of: fieldsOf($0)) != .record } }
    }

    /// Reads one record; `isUnderMerge` tells whether a column's cell in this row lies under a merged range.
    private mutating func readRow(
        _ fields: Fields, line: Int, reader: RowReader, firstLine: inout RecordTable<Int>,
        isUnderMerge: (ContractColumn) -> Bool
    ) {
        do throws(RowProblem) {
            guard fields.count <= reader.columns.width else {
                throw RowProblem("\(fields.count) velden, meer dan de \(reader.columns.width) kolommen van de kopregel")
            }
            try reader.checkExcelErrors(fields)
            switch file.name.soort {
            case .verhuringen:
                let outcome = try reader.letting(fields)
                try Self.keep(
                    outcome, line: line, firstLine: &firstLine, keyName: "verhuring_id", underOwnCode: underOwnCode,
                    into: &self.outcome.lettings)
                if case .accepted(let letting, _) = outcome, !file.name.period.contains(letting.date) {
                    self.outcome.notices.append(
                        Notice(
                            location(line: line),
                            "verhuring gedateerd buiten de periode van de levering (\(file.name.period)); geteld in \(Period(containing: letting.date))",
                            counted: "verhuringen gedateerd buiten de periode van de levering (\(file.name.period))"))
                }
            case .urgentie:
                // A register row belongs to its bron municipality; a predecessor's code counts as the member
                // that took it over (SPEC.md section 9), so the row's key is resolved under the member.
                let outcome = try reader.urgencyRecord(fields, municipality: registerOwner!)
                try Self.keep(
                    outcome, line: line, firstLine: &firstLine, keyName: "urgentienummer", underOwnCode: underOwnCode,
                    into: &self.outcome.register)
            case .voorraad:
                switch try reader.stockChange(fields) {
                case .accepted(let change, _):
                    outcome.stock.append(change)
                    outcome.delivery.used += 1
                case .outsideRegion: outcome.delivery.outsideRegion += 1
                }
            case .zoekers:
                switch try reader.seekerCount(fields) {
                case .accepted(let count, _):
                    outcome.seekers.append(count)
                    outcome.delivery.used += 1
                case .outsideRegion: outcome.delivery.outsideRegion += 1
                }
            }
            if directory.hasPredecessors {
                let named = [ContractColumn.gemeente, .herkomstgemeente].compactMap {
                    directory.predecessor(named: reader.text($0, fields))
                }
                for code in Set(named) { outcome.predecessorRows[code, default: 0] += 1 }
            }
        } catch {
            outcome.delivery.rejected += 1
            var reason = error.reason
            if let column = error.missing, isUnderMerge(column) {
                reason += " (de cel ligt onder een samengevoegde cel; alleen de cel linksboven heeft een waarde)"
            }
            reason = reader.columns.profile.map { "\(reason) (profiel '\($0.naam)')" } ?? reason
            outcome.rejects.append(Reject(location(line: line), reason, value: error.value, column: error.column))
        }
    }

    /// Hands a keyed row to key resolution, rejecting a key that this delivery already had.
    private static func keep<Record>(
        _ row: RowOutcome<Record>, line: Int, firstLine: inout RecordTable<Int>, keyName: String, underOwnCode: Bool,
        into rows: inout [KeyedRow<Record>]
    ) throws(RowProblem) {
        let (record, key): (Record?, RecordID?) =
            switch row {
            case .accepted(let record, let key): (record, key)
            case .outsideRegion(let key): (nil, key)
            }
        guard let key else { return }
        if let earlier = firstLine.insert(key, line) {
            throw RowProblem(
                "dubbele \(keyName) (eerder op regel \(earlier))",
                column: ContractColumn.allCases.first { $0.name == keyName })
        }
        rows.append(KeyedRow(key: key, record: record, underOwnCode: underOwnCode))
    }

    /// The member municipality an urgentie delivery belongs to: its bron, or the member that took the bron over.
    static func owner(of name: DeliveryName, config: RegionConfig) -> MunicipalityCode? {
        MunicipalityCode(name.bron).map { config.memberCode(for: $0) ?? $0 }
    }

    /// At most 20 names, then how many more: a header of 100,000 columns gives one readable line.
    private static func listed(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + " en \(names.count - 20) andere" : shown
    }

    private mutating func noteSource() {
        let name = file.name
        let corporation = config.corporations.contains { $0.code == name.bron }
        if name.soort == .verhuringen, !corporation {
            outcome.notices.append(
                Notice(
                    location(), "corporatie '\(name.bron)' staat niet in de configuratie; de levering is wel gelezen"))
        }
        if name.soort.isAggregate, !corporation,
            MunicipalityCode(name.bron).flatMap({ config.memberCode(for: $0) }) == nil
        {
            outcome.notices.append(
                Notice(
                    location(),
                    "bron '\(name.bron)' is geen corporatie of gemeente uit de configuratie; de levering is wel gelezen"
                ))
        }
    }
}
