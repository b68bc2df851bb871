/// The front door of the library: `check` (for `validate`) and `run` (the main job) share one intake; `run` and
/// `reproduce` share the rest (`monitorSet`, `Pipeline.publish`).
public enum MonitorJob {
    /// Runs the whole job under the output folder's lock: clear what a stopped run left, intake, note deliveries
    /// changed under the same name since the last manifest, aggregate, assess, disclose, render, validate the
    /// XML, archive the inputs (`archive`), and publish HTML, XML and manifest as one set (docs/operations.md).
    ///
    /// `account` receives the account of every delivery once the inputs are read and assessed, before anything
    /// is rendered, so that it reaches the log even when rendering or publishing fails.
    public static func run(
        _ options: JobOptions, account: ([AccountLine]) -> Void
    )
        async throws(MonitorError) -> JobResult
    {
        let output = try OutputFolder.claim(options.outputPath, wait: options.wait)
        let clock = StageClock.fromEnvironment()
        let intake = try Pipeline.intake(
            configPath: options.configPath, inputPath: options.inputPath, generated: options.generated, clock: clock)
        let provenance = Manifest.Provenance(
            options: Manifest.Options(options),
            changed: Manifest.changed(intake.dataset.deliveries, since: output.manifests))
        let monitor = try await monitorSet(
            intake, options: options, provenance: provenance, clock: clock, account: account)
        if let folder = options.archive {
            try archive(intake.dataset, inputs: monitor.inputs, from: options.inputPath, into: Archive(folder: folder))
        }
        let written = try Pipeline.publish([monitor.set], into: output, clock: clock)
        if clock.isEnabled { account(clock.lines) }
        return JobResult(monitor.report, written: written)
    }
}
