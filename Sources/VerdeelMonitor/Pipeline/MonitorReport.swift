/// Everything the renderers need for one period's monitor: figures, assessment, disclosure and provenance.
public struct MonitorReport: Sendable {
    public var config: RegionConfig
    public var period: Period
    public var disclosure: Disclosure
    public var history: History
    public var current: PeriodFigures
    public var noodknop: Noodknop
    public var dataset: Dataset
    public var missing: [MissingDelivery]
    /// The category cells of the reported period as the output may publish them.
    public var cells: PublishedCells
    /// Seconds since 1970 (UTC): `SOURCE_DATE_EPOCH` when set, else the time of the run.
    public var generated: Int
    /// SHA-256 of the configuration file's bytes.
    public var configSHA256: String
    public var toolVersion: String

    /// A report with missing deliveries is a concept.
    public var isConcept: Bool { !missing.isEmpty }

    public init(config: RegionConfig, period: Period, disclosure: Disclosure, history: History, noodknop: Noodknop,
                dataset: Dataset, generated: Int, configSHA256: String, toolVersion: String = MonitorReport.version) {
        self.config = config
        self.period = period
        self.disclosure = disclosure
        self.history = history
        self.current = history.figures(for: period)!
        self.noodknop = noodknop
        self.dataset = dataset
        self.missing = dataset.missingDeliveries(for: period, config: config)
        self.cells = PublishedCells(current, disclosure: disclosure)
        self.generated = generated
        self.configSHA256 = configSHA256
        self.toolVersion = toolVersion
    }

    /// The version of verdeelmonitor, written in every output.
    public static let version = "0.1.0"
}
