/// What one region's run publishes, ready for `Pipeline.publish`, with the report it was rendered from and the
/// named inputs its manifest lists (for the archive).
struct MonitorSet: Sendable {
    var set: OutputSet
    var report: MonitorReport
    var inputs: [NamedInput]
}

extension MonitorJob {
    /// From the intake to the set to publish, as `run` and `reproduce` both do it: the deliveries `provenance`
    /// names as changed are noted, the period is chosen, the report made (its account goes to `account`), the
    /// XML and HTML rendered and checked, and the manifest written with `provenance`.
    static func monitorSet(
        _ intake: Intake, options: JobOptions, provenance: Manifest.Provenance, clock: StageClock,
        account: ([AccountLine]) -> Void
    ) async throws(MonitorError) -> MonitorSet {
        var intake = intake
        intake.dataset.notices += provenance.changed.map { Notice(SourceLocation(file: $0), Manifest.changedNotice) }
        let period = try Pipeline.period(options.period, of: intake)
        let disclosure: Disclosure =
            options.vertrouwelijk ? .vertrouwelijk : .openbaar(threshold: intake.config.suppressBelow)
        let report = Pipeline.report(
            intake, period: period, disclosure: disclosure, generated: options.generated, clock: clock)
        account(intake.account(missing: report.missing))
        let templates = try await ReportTemplates.load(shipped: options.templates, overrides: options.templateOverrides)
        let schema = try SchemaValidator.shipped(in: options.templates)
        let files = try Pipeline.render(report, templates: templates, schema: schema, clock: clock)
        let inputs = try namedInputs(
            options, configSHA256: intake.configSHA256, households: intake.config.householdsSource)
        let stem = Pipeline.stem(of: report)
        let manifest = Manifest(report: report, provenance: provenance, inputs: inputs.map(\.record), files: files)
        return MonitorSet(
            set: OutputSet(stem: stem, files: files + [(Manifest.fileName(stem: stem), manifest.encoded())]),
            report: report, inputs: inputs)
    }
}

extension JobResult {
    /// What the run that published `report` as `written` tells its caller.
    init(_ report: MonitorReport, written: [String]) {
        self.init(
            written: written, hasProblems: report.dataset.hasProblems(missing: report.missing),
            regio: report.config.code, periode: report.period.description,
            deliveries: report.dataset.deliveries.count,
            rejectedRows: report.dataset.deliveries.reduce(0) { $0 + $1.rejected },
            unrecognised: report.dataset.unrecognised.count, missing: report.missing.count)
    }
}
