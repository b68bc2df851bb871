import Foundation

/// The province run (SPEC.md section 12): every region's monitor as its own run would make it, and the
/// province view over them, published together.
extension MonitorJob {
    /// The file name stem of the province view: `monitor-provincie-<code>-<periode>`.
    static func provinceStem(_ code: String, _ period: Period) -> String { "monitor-provincie-\(code)-\(period)" }

    /// `validate --provincie`: reads and checks `provincie.toml`, the regions' configurations (with the coverage)
    /// and every delivery, and writes nothing. The account holds every region's, then what no region read.
    public static func checkProvince(
        provinciePath: String, inputPath: String, generated: Int
    ) throws(MonitorError) -> InputCheck {
        let intake = try ProvinceIntake.read(provinciePath: provinciePath, inputPath: inputPath, generated: generated)
        var lines: [AccountLine] = []
        var problems = !intake.discovery.nietHerkend.isEmpty
        for (region, regional) in zip(intake.province.regions, intake.regions) {
            let missing = regional.dataset.missingDeliveries(for: intake.latest, config: region.config)
            lines.append(AccountLine(.info, "regio \(region.config.code) (\(region.listedPath)):"))
            lines += regional.account(missing: missing)
            problems = problems || regional.dataset.hasProblems(missing: missing)
        }
        lines += intake.sharedLine + ProvinceReport.unreadLines(intake.discovery.nietHerkend)
        return InputCheck(account: lines, hasProblems: problems)
    }

    /// Runs the province under the output folder's lock: every region's set (HTML, XML, manifest) exactly as a
    /// run with that region's configuration over its own deliveries would make it (`monitorSet`), and the province
    /// view, published together with one switch (`Pipeline.publish(_:into:together:clock:)`).
    public static func runProvince(
        _ options: JobOptions, account: ([AccountLine]) -> Void
    ) async throws(MonitorError) -> JobResult {
        try await runProvince(options, reproducing: nil, account: account)
    }

    /// `reproducing`: the province manifest a reproduction runs again (its options and per-region changed
    /// deliveries are used instead of what this run finds).
    static func runProvince(
        _ options: JobOptions, reproducing: ProvinceManifest?, account: ([AccountLine]) -> Void
    ) async throws(MonitorError) -> JobResult {
        let output = try OutputFolder.claim(options.outputPath, wait: options.wait)
        let clock = StageClock.fromEnvironment()
        let intake = try ProvinceIntake.read(
            provinciePath: options.configPath, inputPath: options.inputPath, generated: options.generated, clock: clock)
        var regionOptions = options
        regionOptions.period = try intake.period(options.period)
        var sets: [OutputSet] = []
        var figures: [ProvinceReport.Region] = []
        var regionSets: [ProvinceManifest.RegionSet] = []
        var inputs: [NamedInput] = []
        var result = JobResult(written: [], hasProblems: !intake.discovery.nietHerkend.isEmpty)
        var deliveries: [String: Delivery] = [:]
        let published = output.manifests
        for (region, regional) in zip(intake.province.regions, intake.regions) {
            regionOptions.configPath = region.path
            let changed =
                reproducing?.regios.first { $0.regio == region.config.code }?.gewijzigd
                ?? Manifest.changed(regional.dataset.deliveries, since: published)
            let original = reproducing?.regios.first { $0.regio == region.config.code }?.options
            // Revisions against the region's earlier publications, as its own run compares (SPEC.md section 11);
            // a province reproduction does not yet restore them (docs/provincie.md).
            let bases: BaseSource =
                reproducing == nil ? .outputFolder(options.outputPath) : .recorded([], refusals: [])
            let provenance = Manifest.Provenance(
                options: original ?? Manifest.Options(regionOptions), changed: changed, bases: bases)
            account([AccountLine(.info, "regio \(region.config.code) (\(region.listedPath)):")])
            let monitor = try await ProvinceIntake.inRegion(region) { () async throws(MonitorError) in
                try await monitorSet(
                    regional, options: regionOptions, provenance: provenance, clock: clock, account: account)
            }
            if let folder = options.archive {
                try archive(
                    regional.dataset, inputs: monitor.inputs, from: options.inputPath, into: Archive(folder: folder))
                try archive(monitor.bases, into: Archive(folder: folder))
            }
            inputs += monitor.inputs.map { $0.listed(by: region) }
            sets.append(monitor.set)
            let report = monitor.report
            let files = monitor.set.files
            figures.append(
                ProvinceReport.Region(
                    report, stem: monitor.set.stem, xml: files.first { $0.name.hasSuffix(".xml") }!.bytes))
            let manifest = files.first { $0.name.hasSuffix(".manifest.json") }!
            func output(_ suffix: String) -> Manifest.Output {
                let file = files.first { $0.name.hasSuffix(suffix) }!
                return Manifest.Output(file: file.name, sha256: Fingerprint.sha256(file.bytes))
            }
            regionSets.append(
                ProvinceManifest.RegionSet(
                    regio: region.config.code, config: region.listedPath, manifest: manifest.name, gewijzigd: changed,
                    options: provenance.options, html: output(".html"), xml: output(".xml")))
            for delivery in report.dataset.deliveries { deliveries[delivery.path] = delivery }
            result.hasProblems = result.hasProblems || report.dataset.hasProblems(missing: report.missing)
            result.missing += report.missing.count
        }
        let province = intake.province
        let period = regionOptions.period!
        let report = ProvinceReport(
            code: province.code, naam: province.naam, period: period, isPublic: !options.vertrouwelijk,
            generated: options.generated, regions: figures, nergens: province.coverage.nergens,
            buitenProvincie: intake.buitenProvincie[period] ?? 0, nietHerkend: intake.discovery.nietHerkend)
        account((intake.sharedLine + ProvinceReport.unreadLines(report.nietHerkend)))
        let templates = try await ReportTemplates.load(shipped: options.templates, overrides: options.templateOverrides)
        let schema = try SchemaValidator.shipped(in: options.templates, file: ProvinceXML.schemaFile)
        let files = try ProvinceXML.files(report, templates: templates, schema: schema)
        let provinceInput = try provinceTOML(options.configPath, sha256: intake.sha256)
        if let folder = options.archive {
            try Archive(folder: folder).store(provinceInput.bytes, sha256: intake.sha256)
        }
        let stem = provinceStem(province.code, period)
        let manifest = ProvinceManifest(
            options, reproducing: reproducing, code: province.code, period: period, sha256: intake.sha256,
            inputs: [provinceInput.record] + NamedInput.unique(inputs).map(\.record),
            leveringen: deliveries.values.sorted { $0.path < $1.path }.map(Manifest.Levering.init),
            nietHerkend: report.nietHerkend, regios: regionSets, files: files)
        sets.insert(OutputSet(stem: stem, files: files + [(stem + ".manifest.json", manifest.encoded())]), at: 0)
        result.written = try Pipeline.publish(sets, into: output, together: stem, clock: clock)
        if clock.isEnabled { account(clock.lines) }
        result.regio = "provincie \(province.code)"
        result.periode = period.description
        result.deliveries = deliveries.count
        result.rejectedRows = deliveries.values.reduce(0) { $0 + $1.rejected }
        result.unrecognised = report.nietHerkend.count
        return result
    }

    /// `provincie.toml` as read, checked against the checksum the run parsed.
    private static func provinceTOML(_ path: String, sha256: String) throws(MonitorError) -> NamedInput {
        let bytes = try readBytes(path)
        guard Fingerprint.sha256(bytes) == sha256 else {
            throw MonitorError(
                .configuration, "het provinciebestand is tijdens de run veranderd", at: SourceLocation(file: path))
        }
        return NamedInput(
            record: Manifest.Input(
                role: Manifest.Input.provincie, path: (path as NSString).lastPathComponent, sha256: sha256),
            bytes: bytes)
    }
}

extension NamedInput {
    /// The input with its path as the province names it: a region's configuration as `provincie.toml` lists it,
    /// a CBS file relative to `provincie.toml`'s folder; a template keeps its path.
    func listed(by region: ProvinceConfig.Region) -> NamedInput {
        var listed = self
        let folder = (region.listedPath as NSString).deletingLastPathComponent
        switch record.role {
        case Manifest.Input.configuratie: listed.record.path = region.listedPath
        case Manifest.Input.huishoudens:
            listed.record.path = folder.isEmpty ? record.path : (folder as NSString).appendingPathComponent(record.path)
        default: break
        }
        return listed
    }

    /// Each (role, path) once, in first-seen order.
    static func unique(_ inputs: [NamedInput]) -> [NamedInput] {
        var seen = Set<String>()
        return inputs.filter { seen.insert($0.record.role + "\u{0}" + $0.record.path).inserted }
    }
}

extension ProvinceManifest {
    init(
        _ options: JobOptions, reproducing: ProvinceManifest?, code: String, period: Period, sha256: String,
        inputs: [Manifest.Input], leveringen: [Manifest.Levering], nietHerkend: [String], regios: [RegionSet],
        files: [(name: String, bytes: [UInt8])]
    ) {
        func output(_ suffix: String) -> Manifest.Output {
            let file = files.first { $0.name.hasSuffix(suffix) }!
            return Manifest.Output(file: file.name, sha256: Fingerprint.sha256(file.bytes))
        }
        self.init(
            tool: "verdeelmonitor", version: ToolVersion.current, provincie: code,
            periode: period.description, generated: options.generated,
            options: reproducing?.options
                ?? Options(
                    provincie: options.configPath, input: options.inputPath, output: options.outputPath,
                    periode: options.period?.description, vertrouwelijk: options.vertrouwelijk,
                    templates: options.templateOverrides, archive: options.archive),
            provincieSHA256: sha256, inputs: inputs, leveringen: leveringen, nietHerkend: nietHerkend, regios: regios,
            html: output(".html"), xml: output(".xml"))
    }
}
