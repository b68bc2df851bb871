/// The front door of the library: `check` (for `validate`) and `run` (the main job) share one intake.
public enum MonitorJob {
    /// Reads and checks the configuration and every delivery, and writes nothing.
    ///
    /// The account covers the latest period with a delivery (what a `run` without `--periode` reports).
    /// `generated` (seconds since 1970) decides which periods have started, as in `run`.
    public static func check(
        configPath: String, inputPath: String, generated: Int = RunEnvironment.now
    ) throws(MonitorError) -> InputCheck {
        let intake = try Pipeline.intake(
            configPath: configPath, inputPath: inputPath, generated: generated, keepingLettings: false)
        let missing = intake.dataset.missingDeliveries(for: intake.latest, config: intake.config)
        return InputCheck(
            account: intake.account(missing: missing),
            hasProblems: intake.dataset.hasProblems(missing: missing))
    }

    /// Runs the whole job under the output folder's lock: clear what a stopped run left, intake, note deliveries
    /// changed under the same name since the last manifest, aggregate, assess, disclose, render, validate the
    /// XML, archive the inputs (`archive`), and publish HTML, XML and manifest as one set (docs/operations.md).
    ///
    /// `account` receives the account of every delivery once the inputs are read and assessed, before anything
    /// is rendered, so that it reaches the log even when rendering or publishing fails.
    public static func run(
        _ options: JobOptions, account: ([String]) -> Void = { _ in }
    )
        async throws(MonitorError) -> JobResult
    {
        // One run at a time per output folder; the kernel drops the lock however the run ends.
        let lock = try RunLock.acquire(options.outputPath, wait: options.wait)
        defer { withExtendedLifetime(lock) {} }
        Publisher.cleanUp(options.outputPath)
        let clock = StageClock.fromEnvironment()
        var intake = try Pipeline.intake(
            configPath: options.configPath, inputPath: options.inputPath, generated: options.generated, clock: clock,
            keepingLettings: false)
        let changed =
            options.reproduction?.changed
            ?? Manifest.changed(intake.dataset.deliveries, since: Manifest.published(in: options.outputPath))
        intake.dataset.notices += changed.map { Notice(SourceLocation(file: $0), Manifest.changedNotice) }
        if let skipped = options.reproduction?.skipped, !skipped.isEmpty {
            // A reproduction's input folder holds no pipe or link: report the original run's skipped entries again.
            intake.dataset.skipped = skipped
            intake.dataset.rejects.insert(contentsOf: skipped.map(\.reject), at: 0)
        }
        let period = try Pipeline.period(options.period, of: intake)
        let schema = try SchemaValidator.shipped(in: options.templates)
        // SPEC.md section 11: the earlier publications in the output folder that this run revises.
        let found = bases(options, regio: intake.config.code, period: period, schema: schema)
        intake.dataset.notices += found.refusals.map(\.notice)
        let disclosure: Disclosure =
            options.vertrouwelijk ? .vertrouwelijk : .openbaar(threshold: intake.config.suppressBelow)
        var report = Pipeline.report(
            intake, period: period, disclosure: disclosure, generated: options.generated, clock: clock)
        report.herzieningen = try Revisions.herzieningen(of: report, against: found.bases)
        account(intake.account(missing: report.missing))
        let templates = try await ReportTemplates.load(shipped: options.templates, overrides: options.templateOverrides)
        let files = try Pipeline.render(report, templates: templates, schema: schema, clock: clock)
        let inputs = try namedInputs(
            options, configSHA256: intake.configSHA256, households: intake.config.householdsSource)
        if let folder = options.archive {
            try archive(intake.dataset, inputs: inputs, options: options, into: Archive(folder: folder))
            try archive(found.bases, into: Archive(folder: folder))
        }
        let stem = Pipeline.stem(of: report)
        var manifest = Manifest(
            options, report: report, inputs: inputs.map(\.record), changed: changed, files: files)
        manifest.record(bases: found.bases, refusals: found.refusals)
        let written = try clock.time("publiceren") { () throws(MonitorError) in
            try Publisher.publish(
                files + [(Manifest.fileName(stem: stem), manifest.encoded())], as: stem, into: options.outputPath)
        }
        if clock.isEnabled { account(clock.lines) }
        let hasProblems = report.dataset.hasProblems(missing: report.missing)
        return JobResult(
            written: written, hasProblems: hasProblems, regio: report.config.code, periode: report.period.description,
            deliveries: report.dataset.deliveries.count,
            rejectedRows: report.dataset.deliveries.reduce(0) { $0 + $1.rejected },
            unrecognised: report.dataset.unrecognised.count, missing: report.missing.count)
    }
}
