/// The stages of the monitor, in the order they run; `MonitorJob` (in `API/`) calls them.
///
/// discover -> decode and parse -> validate -> resolve versions and keys (`intake`) -> choose the period ->
/// aggregate -> assess (noodknop, completeness) -> disclose (small numbers) (`report`) -> render HTML and XML ->
/// validate XML (`render`) -> publish atomically (`publish`, into the `OutputFolder` claimed before the intake).
/// Plain values pass between the stages.
enum Pipeline {
    /// Reads the configuration and every delivery, checks them, and resolves versions and keys: what `validate`
    /// shows and what every `run` starts from.
    ///
    /// `generated` (seconds since 1970) decides which periods have started: the latest of them with a delivery
    /// is `latest`; deliveries for later periods are noted as lying in the future (`futureDeliveries`).
    ///
    /// The lettings are counted while they are read (`Intake.lettings`); `lettings: .countedAndKept` also keeps
    /// every chosen letting in `Dataset.lettings`, to look at them (`LettingUse`).
    static func intake(
        configPath: String, inputPath: String, generated: Int, clock: StageClock = StageClock(enabled: false),
        lettings use: LettingUse = .counted
    ) throws(MonitorError) -> Intake {
        let (config, configSHA256) = try RegionConfig.read(configPath)
        let discovery = try clock.time(.ontdekken) { () throws(MonitorError) in try Discovery.scan(inputPath) }
        return try intake(
            config: config, configSHA256: configSHA256, discovery: discovery, inputPath: inputPath,
            generated: generated, clock: clock, lettings: use)
    }

    /// The intake of a configuration already read over files already found: a province run reads the input
    /// folder once and gives each region the deliveries of its own bronnen (`ProvinceDiscovery`).
    static func intake(
        config: RegionConfig, configSHA256: String, discovery: Discovery, inputPath: String, generated: Int,
        clock: StageClock = StageClock(enabled: false), lettings use: LettingUse = .counted
    ) throws(MonitorError) -> Intake {
        // The lettings are counted while they are read, never all held (docs/performance.md).
        let periods = Set(discovery.files.map(\.name.period)).sorted()
        let tallies = LettingTally.Pool(periods: periods, config: config)
        var dataset = Ingestion.ingest(
            discovery, config: config, clock: clock, lettings: tallies.sink, use: use)
        guard !dataset.periods.isEmpty else {
            throw MonitorError(
                .input, "geen enkele levering gevonden (bestandsnamen als verhuringen_<corporatie>_2026-H1.csv)",
                at: SourceLocation(file: inputPath))
        }
        dataset.notices += futureDeliveries(dataset, generated: generated)
        guard let latest = latestStarted(dataset.periods, generated: generated) else {
            throw MonitorError(
                .input,
                "er is alleen een levering voor een periode die nog niet begonnen is ("
                    + dataset.periods.map(\.description).joined(separator: ", ") + "); geef de periode met --periode",
                at: SourceLocation(file: inputPath))
        }
        return Intake(
            config: config, configSHA256: configSHA256, dataset: dataset, lettings: tallies.total, latest: latest,
            inputPath: inputPath)
    }

    /// The reported period: `requested`, or the latest started period with a delivery (`Intake.latest`). A
    /// period without any delivery is an input error that names the periods there are.
    static func period(_ requested: Period?, of intake: Intake) throws(MonitorError) -> Period {
        let period = requested ?? intake.latest
        guard intake.dataset.periods.contains(period) else {
            let known = intake.dataset.periods.map(\.description).joined(separator: ", ")
            throw MonitorError(
                .input, "er is geen levering voor periode \(period); wel voor \(known)",
                at: SourceLocation(file: intake.inputPath))
        }
        return period
    }

    /// Aggregates, assesses and discloses: the report of `period`, ready to render.
    static func report(
        _ intake: Intake, period: Period, disclosure: Disclosure, generated: Int,
        clock: StageClock = StageClock(enabled: false)
    ) -> MonitorReport {
        let history = clock.time(.aggregeren) {
            Aggregation.history(intake.dataset, config: intake.config, lettings: intake.lettings)
        }
        return clock.time(.beoordelen) {
            report(
                config: intake.config, configSHA256: intake.configSHA256, dataset: intake.dataset,
                history: history, period: period, disclosure: disclosure, generated: generated)
        }
    }

    /// Assesses (noodknop, the evaluation window, missing deliveries) and discloses (the published cells) the
    /// aggregated `history`.
    ///
    /// `period` must be one of `history.periods`.
    static func report(
        config: RegionConfig, configSHA256: String, dataset: Dataset, history: History,
        period: Period, disclosure: Disclosure, generated: Int
    ) -> MonitorReport {
        let current = history.figures(for: period)!
        let noodknop = Noodknop(period: period, history: history, settings: config.noodknop)
        let evaluation = Evaluation(period: period, history: history, config: config)
        let missing = dataset.missingDeliveries(for: period, config: config)
        let cells = PublishedCells(current, disclosure: disclosure)
        return MonitorReport(
            config: config, period: period, disclosure: disclosure, history: history,
            current: current, noodknop: noodknop, evaluation: evaluation, dataset: dataset, missing: missing,
            cells: cells,
            generated: generated, configSHA256: configSHA256, toolVersion: ToolVersion.current)
    }

    /// The published files' common name: `monitor-<regio>-<periode>`.
    static func stem(of report: MonitorReport) -> String { "monitor-\(report.config.code)-\(report.period)" }

    /// Renders the XML and checks it against the schema on another core while the HTML renders: the files to
    /// publish.
    ///
    /// An XML that its own schema rejects is a bug (`.internal`): nothing is published.
    static func render(
        _ report: MonitorReport, templates: ReportTemplates, schema: SchemaValidator,
        clock: StageClock = StageClock(enabled: false)
    )
        throws(MonitorError) -> [(name: String, bytes: [UInt8])]
    {
        // The XML is rendered and checked on another core while the HTML renders; `xml-validatie` is the wait
        // that remains after the HTML.
        let checked = Background { () -> Result<(xml: [UInt8], problems: [String]), MonitorError> in
            Result { () throws(MonitorError) in
                let xml = try MonitorXML.render(report)
                return (xml, schema.problems(in: xml))
            }
        }
        let html = try clock.time(.renderen) { () throws(MonitorError) in try templates.render(HTMLView(report)) }
        let (xml, problems) = try clock.time(.xmlValidatie) { () throws(MonitorError) in try checked.value.get() }
        guard problems.isEmpty else {
            throw MonitorError(
                .internal,
                "het XML-document voldoet niet aan het schema; er is niets gepubliceerd: "
                    + problems.prefix(5).joined(separator: "; "))
        }
        let stem = Pipeline.stem(of: report)
        return [(stem + ".xml", xml), (stem + ".html", Array(html.utf8))]
    }
}

/// What the intake read: the configuration, the dataset with the account of every file and row (without the
/// lettings themselves), and what the lettings count for, with their links to the register.
struct Intake: Sendable {
    var config: RegionConfig
    var configSHA256: String
    var dataset: Dataset
    var lettings: LettingTally
    /// The latest period with a delivery that has started at the time of generation.
    var latest: Period
    var inputPath: String

    /// The account for the log and `validate`: every delivery, reject and notice, and what is missing for
    /// `period`.
    func account(missing: [MissingDelivery]) -> [AccountLine] {
        Summary.lines(for: dataset, missing: missing, ambiguous: lettings.linking.ambiguous)
    }
}
