/// The lettings that lie in no region of the province (SPEC.md section 12, `buitenProvincie`).
///
/// Over the verhuringen deliveries the regions read, each letting counts once: per corporation and
/// verhuring_id the row of the latest delivery (by periode, then version) is the letting, as in a region's own
/// reading, and it is counted when it is dated in the period and its home is a member of no region. Rows a
/// region would reject are not lettings; a superseded version, or a file rejected as a whole, gives none.
enum BuitenProvincie {
    /// The verhuringen deliveries the regions read, each once, in the version in use, with the first region that
    /// reads it (whose profile and limits read its rows).
    static func files(
        _ province: ProvinceConfig, discovery: ProvinceDiscovery
    ) -> [(file: Discovery.File, region: RegionConfig)] {
        var seen = Set<String>()
        var result: [(file: Discovery.File, region: RegionConfig)] = []
        for (region, found) in zip(province.regions, discovery.regions) {
            for (file, active) in ReadingPlan(found, config: region.config).files
            where file.name.soort == .verhuringen && active && seen.insert(file.relativePath).inserted {
                result.append((file, region.config))
            }
        }
        return result
    }

    /// Per period: the lettings dated in it whose home lies in no region; `tables` gives the parsed files the
    /// regions share.
    static func counts(
        _ files: [(file: Discovery.File, region: RegionConfig)], province: ProvinceConfig, tables: DeliveryTables?
    ) -> [Period: Int] {
        let everyMember = province.members
        var byCorporation: [String: [(file: Discovery.File, region: RegionConfig)]] = [:]
        var order: [String] = []
        for entry in files {
            if byCorporation[entry.file.name.bron] == nil { order.append(entry.file.name.bron) }
            byCorporation[entry.file.name.bron, default: []].append(entry)
        }
        var result: [Period: Int] = [:]
        for bron in order {
            // One corporation's lettings: the latest row per verhuring_id.
            var winner: [RecordID: (rank: (Period, Int), outside: Bool, date: Day)] = [:]
            for (file, region) in byCorporation[bron]! {
                var config = region
                config.municipalities = everyMember
                let profile = region.profile(forBron: bron)
                let parse = {
                    DeliveryReading.parse(
                        file, limits: region.limits, profile: profile, clock: StageClock(enabled: false))
                }
                let parsed =
                    tables?.delivery(file.absolutePath, limits: region.limits, profile: profile, parse: parse)
                    ?? parse()
                guard case .table(.success(let table)) = parsed.content, table.excessRecords == 0 else { continue }
                let columns = Columns(header: table.header, soort: .verhuringen, profile: profile)
                guard columns.missing.isEmpty else { continue }
                let reader = RowReader(
                    columns: columns, directory: MunicipalityDirectory(config), config: config, delivery: file.name)
                let rank = (file.name.period, file.name.version)
                var inFile = Set<RecordID>()
                table.records.withFields { fieldsOf in
                    for index in table.records.indices {
                        let fields = fieldsOf(index)
                        guard fields.count <= columns.width, let row = try? reader.letting(fields) else { continue }
                        let (key, outside, date): (RecordID?, Bool, Day?) =
                            switch row {
                            case .accepted(let letting, let key): (key, false, letting.date)
                            case .outsideRegion(let key):
                                (key, true, Values.day(utf8: reader.text(.datum, fields).utf8))
                            }
                        guard let key, let date, inFile.insert(key).inserted else { continue }
                        if let current = winner[key], current.rank >= rank { continue }
                        winner[key] = (rank, outside, date)
                    }
                }
            }
            for entry in winner.values where entry.outside {
                result[Period(containing: entry.date), default: 0] += 1
            }
        }
        return result
    }
}

extension ProvinceConfig {
    /// Every municipality of every region, once (the first region's entry, with the aliases and predecessors
    /// of all): what "in a region of the province" means for a letting's home.
    var members: [MemberMunicipality] {
        var result: [MemberMunicipality] = []
        var position: [MunicipalityCode: Int] = [:]
        for member in regions.flatMap(\.config.municipalities) {
            if let index = position[member.code] {
                result[index].aliases += member.aliases.filter { !result[index].aliases.contains($0) }
                result[index].predecessors += member.predecessors.filter { !result[index].predecessors.contains($0) }
            } else {
                position[member.code] = result.count
                result.append(member)
            }
        }
        return result
    }
}
