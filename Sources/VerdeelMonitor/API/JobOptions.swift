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
    /// Seconds to wait for another run that holds the output folder's lock; 0: give up at once.
    public var wait: Double = 0
    /// A folder that keeps every input, content-addressed (`--archive`).
    public var archive: String?

    public init(
        configPath: String, inputPath: String, outputPath: String = "out", period: Period? = nil,
        vertrouwelijk: Bool = false, templateOverrides: String? = nil, templates: String, generated: Int
    ) {
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
