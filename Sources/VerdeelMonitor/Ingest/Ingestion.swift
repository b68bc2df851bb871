import Foundation

/// The ingest stages: read every discovered delivery, check its rows, and resolve versions and keys.
public enum Ingestion {
    /// Reads the files `discovery` found and returns the records and the account of every row.
    public static func ingest(_ discovery: Discovery, config: RegionConfig) -> Dataset {
        var dataset = Dataset()
        dataset.unrecognised = discovery.unrecognised
        var candidates = Candidates()
        let directory = MunicipalityDirectory(config)

        var latest: [DeliveryName: Int] = [:]
        for file in discovery.files { latest[file.name.series] = max(latest[file.name.series] ?? 0, file.name.version) }
        var seen = Set<DeliveryName>()
        for file in discovery.files {
            guard seen.insert(file.name).inserted else {
                dataset.rejects.append(Reject(SourceLocation(file: file.relativePath),
                                              "dezelfde levering (\(file.name)) staat al elders in de invoer; dit bestand is niet gelezen"))
                continue
            }
            let active = latest[file.name.series] == file.name.version
            let index = dataset.deliveries.count
            dataset.deliveries.append(read(file, active: active, config: config, directory: directory,
                                           into: &dataset, candidates: &candidates, deliveryIndex: index))
        }
        candidates.resolve(into: &dataset)
        return dataset
    }

    private static func read(_ file: Discovery.File, active: Bool, config: RegionConfig, directory: MunicipalityDirectory,
                             into dataset: inout Dataset, candidates: inout Candidates, deliveryIndex: Int) -> Delivery {
        let location = SourceLocation(file: file.relativePath)
        let bytes = (FileManager.default.contents(atPath: file.absolutePath)).map { [UInt8]($0) }
        var delivery = Delivery(name: file.name, path: file.relativePath, sha256: SHA256.hex(bytes ?? []),
                                status: active ? .gebruikt : .vervangen)
        guard let bytes else {
            dataset.rejects.append(Reject(location, "het bestand is niet te lezen"))
            return delivery
        }
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            if active { dataset.rejects.append(Reject(location, "het bestand is leeg: geen kopregel")) }
            return delivery
        }
        delivery.encoding = table.encoding
        delivery.records = table.records.count + table.problems.count
        guard active else {
            delivery.superseded = delivery.records
            return delivery
        }
        for problem in table.problems {
            dataset.rejects.append(Reject(SourceLocation(file: file.relativePath, line: problem.line), problem.message))
        }
        delivery.rejected = table.problems.count
        if table.encoding == .windows1252 {
            dataset.notices.append(Notice(location, "geen geldige UTF-8; gelezen als Windows-1252"))
        }
        noteSource(of: file.name, config: config, at: location, into: &dataset)

        let columns = Columns(header: table.header, soort: file.name.soort)
        if !columns.extra.isEmpty {
            dataset.notices.append(Notice(SourceLocation(file: file.relativePath, line: 1),
                                          "kolommen genegeerd: \(columns.extra.joined(separator: ", "))"))
        }
        guard columns.missing.isEmpty else {
            dataset.rejects.append(Reject(SourceLocation(file: file.relativePath, line: 1),
                                          "verplichte kolom ontbreekt: \(columns.missing.joined(separator: ", ")); het hele bestand is afgewezen"))
            delivery.rejected += table.records.count
            return delivery
        }
        if file.name.soort == .urgentie, let code = MunicipalityCode(file.name.bron), !config.isMember(code) {
            delivery.outsideRegion = table.records.count
            dataset.notices.append(Notice(location, "gemeente \(code) hoort niet bij de regio; alle regels tellen als buiten regio"))
            return delivery
        }
        let reader = RowReader(columns: columns, directory: directory, config: config, delivery: file.name)
        var firstLine: [String: Int] = [:]
        for record in table.records {
            let rowLocation = SourceLocation(file: file.relativePath, line: record.line)
            func reject(_ reason: String, value: String? = nil) {
                delivery.rejected += 1
                dataset.rejects.append(Reject(rowLocation, reason, value: value))
            }
            guard record.fields.count <= columns.width else {
                reject("\(record.fields.count) velden, meer dan de \(columns.width) kolommen van de kopregel")
                continue
            }
            do {
                switch file.name.soort {
                case .verhuringen:
                    switch try reader.letting(record.fields) {
                    case .accepted(let letting, let key?):
                        if let earlier = firstLine[key] { reject("dubbele verhuring_id (eerder op regel \(earlier))"); continue }
                        firstLine[key] = record.line
                        if !file.name.period.contains(letting.date) {
                            dataset.notices.append(Notice(rowLocation, "verhuring gedateerd buiten de periode van de levering (\(file.name.period)); geteld in \(Period(containing: letting.date))"))
                        }
                        candidates.lettings.append(.init(key: key, bron: file.name.bron, delivery: deliveryIndex, record: letting))
                    case .outsideRegion: delivery.outsideRegion += 1
                    case .accepted: break
                    case .rejected(let reason): reject(reason)
                    }
                case .urgentie:
                    switch try reader.urgencyRecord(record.fields, municipality: MunicipalityCode(file.name.bron)!) {
                    case .accepted(let row, let key?):
                        if let earlier = firstLine[key] { reject("dubbel urgentienummer (eerder op regel \(earlier))"); continue }
                        firstLine[key] = record.line
                        candidates.register.append(.init(key: key, bron: file.name.bron, delivery: deliveryIndex, record: row))
                    case .outsideRegion: delivery.outsideRegion += 1
                    case .accepted: break
                    case .rejected(let reason): reject(reason)
                    }
                case .voorraad:
                    switch try reader.stockChange(record.fields) {
                    case .accepted(let change, _):
                        dataset.stock.append(change)
                        delivery.used += 1
                    case .outsideRegion: delivery.outsideRegion += 1
                    case .rejected(let reason): reject(reason)
                    }
                }
            } catch {
                reject(error.reason, value: error.value)
            }
        }
        return delivery
    }

    private static func noteSource(of name: DeliveryName, config: RegionConfig, at location: SourceLocation,
                                   into dataset: inout Dataset) {
        let corporation = config.corporations.contains { $0.code == name.bron }
        if name.soort == .verhuringen, !corporation {
            dataset.notices.append(Notice(location, "corporatie '\(name.bron)' staat niet in de configuratie; de levering is wel gelezen"))
        }
        if name.soort == .voorraad, !corporation, !(MunicipalityCode(name.bron).map(config.isMember) ?? false) {
            dataset.notices.append(Notice(location, "bron '\(name.bron)' is geen corporatie of gemeente uit de configuratie; de levering is wel gelezen"))
        }
    }
}

/// Accepted rows that have a key, waiting for the latest delivery of each key to be chosen.
private struct Candidates {
    struct Entry<Record> {
        var key: String
        var bron: String
        var delivery: Int
        var record: Record
    }

    var lettings: [Entry<Letting>] = []
    var register: [Entry<UrgencyRecord>] = []

    /// Keeps, per (bron, key), the row of the latest delivery; the others count as superseded.
    func resolve(into dataset: inout Dataset) {
        dataset.lettings = Self.latest(lettings, in: &dataset)
        dataset.register = Self.latest(register, in: &dataset)
    }

    private static func latest<Record>(_ entries: [Entry<Record>], in dataset: inout Dataset) -> [Record] {
        var winner: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            let id = entry.bron + "\u{1F}" + entry.key
            if let current = winner[id] {
                let newer = dataset.deliveries[entry.delivery].name > dataset.deliveries[entries[current].delivery].name
                dataset.deliveries[newer ? entries[current].delivery : entry.delivery].superseded += 1
                if newer { winner[id] = index }
            } else {
                winner[id] = index
            }
        }
        let chosen = winner.values.sorted()
        for index in chosen { dataset.deliveries[entries[index].delivery].used += 1 }
        return chosen.map { entries[$0].record }
    }
}
