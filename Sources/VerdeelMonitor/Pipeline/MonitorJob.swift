import Foundation

/// What a run of the monitor is asked to do.
public struct JobOptions: Sendable {
    public var configPath: String
    public var inputPath: String
    public var outputPath: String
    /// nil: the latest period with a delivery.
    public var period: Period?
    public var vertrouwelijk: Bool
    /// A folder whose templates override the shipped ones (house style).
    public var templateOverrides: String?
    /// The shipped `Templates/` folder (templates and the XSD).
    public var templates: String
    /// Seconds since 1970 for the report's timestamp.
    public var generated: Int

    public init(configPath: String, inputPath: String, outputPath: String = "out", period: Period? = nil,
                vertrouwelijk: Bool = false, templateOverrides: String? = nil, templates: String, generated: Int) {
        self.configPath = configPath
        self.inputPath = inputPath
        self.outputPath = outputPath
        self.period = period
        self.vertrouwelijk = vertrouwelijk
        self.templateOverrides = templateOverrides
        self.templates = templates
        self.generated = generated
    }
}

/// What a run did: the report it was based on and the files it published.
public struct JobResult: Sendable {
    public var report: MonitorReport
    public var written: [String]

    /// Rows or files were rejected, files not recognised, or deliveries missing: published, with problems.
    public var hasProblems: Bool { report.dataset.hasProblems(missing: report.missing) }
}

/// The main job: the pipeline from input folder to published monitor, stage by stage.
public enum MonitorJob {
    /// Discover, parse, validate, resolve, aggregate and assess: everything up to rendering.
    public static func assess(_ options: JobOptions) throws(MonitorError) -> MonitorReport {
        let (config, configSHA256) = try RegionConfig.read(options.configPath)
        let dataset = Ingestion.ingest(try Discovery.scan(options.inputPath), config: config)
        guard let latest = dataset.periods.last else {
            throw MonitorError(.input, "geen enkele levering gevonden (bestandsnamen als verhuringen_<corporatie>_2026-H1.csv)",
                               at: SourceLocation(file: options.inputPath))
        }
        let period = options.period ?? latest
        guard dataset.periods.contains(period) else {
            throw MonitorError(.input, "er is geen levering voor periode \(period); wel voor \(dataset.periods.map(\.description).joined(separator: ", "))",
                               at: SourceLocation(file: options.inputPath))
        }
        let history = Aggregation.history(dataset, config: config)
        return MonitorReport(config: config, period: period,
                             disclosure: options.vertrouwelijk ? .vertrouwelijk : .openbaar(threshold: config.suppressBelow),
                             history: history, noodknop: Noodknop(period: period, history: history, settings: config.noodknop),
                             dataset: dataset, generated: options.generated, configSHA256: configSHA256)
    }

    /// Runs the whole job: assess, render HTML and XML, validate the XML, publish both atomically.
    ///
    /// `assessed` is called once the inputs are read and assessed, before anything is rendered, so that the
    /// account of every delivery reaches the log even when rendering or publishing fails.
    public static func run(_ options: JobOptions, assessed: (MonitorReport) -> Void = { _ in }) async throws(MonitorError) -> JobResult {
        let report = try assess(options)
        assessed(report)
        let templates = try await ReportTemplates.load(shipped: options.templates, overrides: options.templateOverrides)
        let xml = try MonitorXML.render(report)
        let problems = templates.schema.problems(in: xml)
        guard problems.isEmpty else {
            throw MonitorError(.internal, "het XML-document voldoet niet aan het schema; er is niets gepubliceerd: "
                               + problems.prefix(5).joined(separator: "; "))
        }
        let html = try templates.render(HTMLView(report))
        let stem = "monitor-\(report.config.code)-\(report.period)"
        let written = try Publisher.publish([(stem + ".xml", xml), (stem + ".html", Array(html.utf8))], into: options.outputPath)
        return JobResult(report: report, written: written)
    }
}
