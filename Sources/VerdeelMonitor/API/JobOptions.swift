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
    /// Set by `reproduce`: what the original run recorded, used instead of this run's own view.
    var reproduction: Reproduction?

    /// What a reproduction takes over from the manifest instead of finding itself.
    struct Reproduction: Sendable {
        var options: Manifest.Options
        var changed: [String]
        /// The entries the original run skipped (not regular files): reported again as they were.
        var skipped: [Discovery.Skipped] = []
        /// The bases the original run compared with, restored from the archive (SPEC.md section 11).
        var bases: [Base.Candidate] = []
        /// The published monitors that were no basis for the original run: noted again as they were.
        var refusals: [Base.Refusal] = []
    }

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
