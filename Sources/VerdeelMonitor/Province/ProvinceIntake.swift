/// What a province run read (SPEC.md section 12): the province and its regions' configurations, the input
/// folder discovered once and divided over the regions, every region's intake over its own deliveries (each
/// shared file parsed once, `DeliveryTables`), and the lettings that lie in no region.
struct ProvinceIntake: Sendable {
    var province: ProvinceConfig
    var sha256: String
    var discovery: ProvinceDiscovery
    /// In province order.
    var regions: [Intake]
    /// Per period: the lettings dated in it that lie in no region of the province.
    var buitenProvincie: [Period: Int]
    /// The latest started period with a delivery of any region.
    var latest: Period
    var inputPath: String
    /// The parsed files the regions shared (each parsed once).
    var tables: DeliveryTables

    /// Reads `provincie.toml`, the regions' configurations and the input folder once.
    static func read(
        provinciePath: String, inputPath: String, generated: Int, clock: StageClock = StageClock(enabled: false)
    ) throws(MonitorError) -> ProvinceIntake {
        let (province, sha256) = try ProvinceConfig.read(provinciePath)
        let found = try clock.time(.ontdekken) { () throws(MonitorError) in try Discovery.scan(inputPath) }
        let divided = ProvinceDiscovery(found, province: province)
        let lettings = BuitenProvincie.files(province, discovery: divided)
        var readers: [String: Int] = [:]
        for file in divided.regions.flatMap(\.files) + lettings.map(\.file) {
            readers[file.absolutePath, default: 0] += 1
        }
        let tables = DeliveryTables(readers: readers)
        let outside = BuitenProvincie.counts(lettings, province: province, tables: tables)
        var regions: [Intake] = []
        for (region, files) in zip(province.regions, divided.regions) {
            var own = files
            own.tables = tables
            regions.append(
                try inRegion(region) { () throws(MonitorError) in
                    try Pipeline.intake(
                        config: region.config, configSHA256: region.configSHA256, discovery: own,
                        inputPath: inputPath, generated: generated, clock: clock)
                })
        }
        return ProvinceIntake(
            province: province, sha256: sha256, discovery: divided, regions: regions, buitenProvincie: outside,
            latest: regions.map(\.latest).max()!, inputPath: inputPath, tables: tables)
    }

    /// The account line for the files several readers shared: how many, and how often they were parsed.
    var sharedLine: [AccountLine] {
        let shared = tables.shared.count
        return shared == 0
            ? []
            : [
                AccountLine(
                    .info,
                    "\(shared) bestanden gedeeld door meer dan een regio of buitenProvincie, samen \(tables.sharedParses) keer ingelezen"
                )
            ]
    }

    /// The reported period: `requested`, or the latest started period with a delivery; every region must have a
    /// delivery for it.
    func period(_ requested: Period?) throws(MonitorError) -> Period {
        let period = requested ?? latest
        for (region, intake) in zip(province.regions, regions) {
            _ = try Self.inRegion(region) { () throws(MonitorError) in try Pipeline.period(period, of: intake) }
        }
        return period
    }

    /// Runs `body`, naming the region in any error it throws.
    static func inRegion<T>(
        _ region: ProvinceConfig.Region, _ body: () throws(MonitorError) -> T
    ) throws(MonitorError) -> T {
        do {
            return try body()
        } catch {
            throw naming(region, error)
        }
    }

    /// `inRegion` for an asynchronous `body`.
    static func inRegion<T>(
        _ region: ProvinceConfig.Region, _ body: () async throws(MonitorError) -> T
    ) async throws(MonitorError) -> T {
        do {
            return try await body()
        } catch {
            throw naming(region, error)
        }
    }

    private static func naming(_ region: ProvinceConfig.Region, _ error: MonitorError) -> MonitorError {
        MonitorError(
            error.kind, "regio '\(region.config.code)' (\(region.listedPath)): \(error.message)", at: error.location)
    }
}
