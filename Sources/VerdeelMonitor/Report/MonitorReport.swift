/// Everything the renderers need for one period's monitor: figures, assessment, disclosure and provenance.
///
/// A plain value: `MonitorJob` fills it stage by stage (aggregate, assess, disclose) and the renderers only
/// read it.
struct MonitorReport: Sendable {
    var config: RegionConfig
    var period: Period
    var disclosure: Disclosure
    var history: History
    /// The figures of `period` (one of `history.periods`).
    var current: PeriodFigures
    var noodknop: Noodknop
    /// The three-year evaluation over the window ending in `period` (SPEC.md section 9).
    var evaluation: Evaluation
    var dataset: Dataset
    var missing: [MissingDelivery]
    /// The category cells of the reported period as the output may publish them.
    var cells: PublishedCells
    /// Seconds since 1970 (UTC): `SOURCE_DATE_EPOCH` when set, else the time of the run.
    var generated: Int
    /// SHA-256 of the configuration file's bytes.
    var configSHA256: String
    var toolVersion: String
    /// The revisions since earlier publications in the output folder (SPEC.md section 11); nil without a basis.
    var herzieningen: Herzieningen? = nil

    /// A report with missing deliveries is a concept.
    var isConcept: Bool { !missing.isEmpty }
}
