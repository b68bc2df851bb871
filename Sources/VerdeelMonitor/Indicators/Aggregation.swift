/// The aggregate stage: the statutory indicators of every member municipality and the region, per period.
enum Aggregation {
    /// Computes the figures of every period of `lettings` (which must be `dataset.periods`), with the lettings
    /// already counted there (a national run counts them while it reads, see `Ingestion`).
    static func history(_ dataset: Dataset, config: RegionConfig, lettings: LettingTally) -> History {
        let linking = lettings.linking
        let periods = lettings.periods
        // Per CBS number the member's place, and the periods by comparing: cheaper than hashing, per register row.
        let places = config.municipalities.enumerated().reduce(into: [Int?](repeating: nil, count: 10_000)) {
            $0[Int($1.element.code.number)] = $1.offset
        }
        let positions = { (code: MunicipalityCode) in places[Int(code.number)] }
        let periodIndex = { (period: Period) in periods.firstIndex(of: period) }
        var cells = lettings.cells
        let withoutOrigin = lettings.withoutOrigin

        func cell(_ day: Day, _ municipality: MunicipalityCode, _ body: (inout Indicators) -> Void) {
            guard let p = periodIndex(Period(containing: day)), let m = positions(municipality) else { return }
            body(&cells[p][m])
        }

        for (index, row) in dataset.register.enumerated() where row.category.isStatutory {
            cell(row.applied, row.municipality) { $0.aanvragen.add(row.category) }
            if let decided = row.decided {
                switch row.besluit {
                case .toegekend: cell(decided, row.municipality) { $0.beschikkingen.add(row.category) }
                case .afgewezen: cell(decided, row.municipality) { $0.afgewezen += 1 }
                default: break
                }
            }
            guard row.besluit == .toegekend, let decided = row.decided, let m = positions(row.municipality) else {
                continue
            }
            // The tally's linking was made with this register (`LettingTally.Pool.sink(register:)`).
            let housed = linking.housed(at: index)
            for (p, period) in periods.enumerated() where decided <= period.last {
                if let housed, housed <= period.last { continue }
                if let lapsed = row.lapsed, lapsed <= period.last { continue }
                cells[p][m].wachtend += 1
            }
        }
        for change in dataset.stock {
            guard let p = periodIndex(change.period), let m = positions(change.municipality) else { continue }
            cells[p][m].voorraad =
                (cells[p][m].voorraad ?? Voorraad()) + Voorraad(toegevoegd: change.added, onttrokken: change.removed)
        }
        for count in dataset.seekers {
            guard let p = periodIndex(count.period), let m = positions(count.municipality) else { continue }
            cells[p][m].zoekers =
                (cells[p][m].zoekers ?? Zoekers()) + Zoekers(actief: count.active, geslaagd: count.succeeded)
        }

        let figures = periods.enumerated().map { p, period in
            assemble(
                period: period, cells: cells[p], withoutOrigin: withoutOrigin[p],
                hasStock: dataset.hasStock(in: period), dataset: dataset, config: config)
        }
        return History(periods: figures, ambiguousNumbers: linking.ambiguous)
    }

    private static func assemble(
        period: Period, cells: [Indicators], withoutOrigin: [String: Int], hasStock: Bool,
        dataset: Dataset, config: RegionConfig
    ) -> PeriodFigures {
        var cells = cells
        let hasSeekers = dataset.hasSeekers(in: period)
        for m in cells.indices {
            cells[m].voorraad = hasStock ? (cells[m].voorraad ?? Voorraad()) : nil
            cells[m].zoekers = hasSeekers ? (cells[m].zoekers ?? Zoekers()) : nil
        }
        let housed = zip(config.municipalities, cells).map { municipality, figures in
            figures.gehuisvest.total - municipality.excludedCategories.reduce(0) { $0 + figures.gehuisvest[$1] }
        }
        let distribution = Distribution.compute(housed: housed, households: config.municipalities.map(\.households))
        let municipalities = config.municipalities.indices.map { m in
            MunicipalityFigures(
                municipality: config.municipalities[m], indicators: cells[m],
                signaal: cells[m].signaal(minimum: config.minimum, signaalwaarde: config.signaalwaarde),
                distribution: distribution.municipalities[m],
                capaciteit: Capaciteit(cells[m], minimum: config.minimum))
        }
        let region = cells.reduce(Indicators(), +)
        let configured = config.corporations.map(\.code)
        let delivered = Set(
            dataset.deliveries.filter {
                $0.name.soort == .verhuringen && $0.name.period == period && $0.status == .gebruikt
            }.map(\.name.bron))
        let corporations = configured + delivered.subtracting(configured).sorted()
        return PeriodFigures(
            period: period, municipalities: municipalities, region: region,
            regionSignaal: region.signaal(minimum: config.minimum, signaalwaarde: config.signaalwaarde),
            regionDistribution: distribution.region, regionCapaciteit: Capaciteit(region, minimum: config.minimum),
            dataQuality: corporations.map { DataQuality(corporation: $0, withoutOrigin: withoutOrigin[$0] ?? 0) })
    }
}
