/// The front door of the library: `check` (for `validate`) and `run` (the main job) share one intake.
public enum MonitorJob {
    /// Reads and checks the configuration and every delivery, and writes nothing.
    ///
    /// The account covers the latest period with a delivery (what a `run` without `--periode` reports).
    /// `generated` (seconds since 1970) decides which periods have started, as in `run`.
    public static func check(
        configPath: String, inputPath: String, generated: Int = RunEnvironment.now
    ) throws(MonitorError) -> InputCheck {
        let intake = try Pipeline.intake(configPath: configPath, inputPath: inputPath, generated: generated)
        let missing = intake.dataset.missingDeliveries(for: intake.latest, config: intake.config)
        return InputCheck(
            account: intake.account(missing: missing),
            hasProblems: intake.dataset.hasProblems(missing: missing))
    }

    /// Runs the whole job: intake, aggregate, assess, disclose, render, validate the XML, publish atomically.
    ///
    /// `account` receives the account of every delivery once the inputs are read and assessed, before anything
    /// is rendered, so that it reaches the log even when rendering or publishing fails.
    public static func run(
        _ options: JobOptions, account: ([String]) -> Void = { _ in }
    )
        async throws(MonitorError) -> JobResult
    {
        let intake = try Pipeline.intake(
            configPath: options.configPath, inputPath: options.inputPath, generated: options.generated)
        let period = try Pipeline.period(options.period, of: intake)
        let disclosure: Disclosure =
            options.vertrouwelijk ? .vertrouwelijk : .openbaar(threshold: intake.config.suppressBelow)
        let report = Pipeline.report(intake, period: period, disclosure: disclosure, generated: options.generated)
        account(intake.account(missing: report.missing))
        let templates = try await ReportTemplates.load(shipped: options.templates, overrides: options.templateOverrides)
        let schema = try SchemaValidator.shipped(in: options.templates)
        let files = try Pipeline.render(report, templates: templates, schema: schema)
        let written = try Publisher.publish(files, into: options.outputPath)
        return JobResult(written: written, hasProblems: report.dataset.hasProblems(missing: report.missing))
    }
}
