/// Section "Vooruit- en terugblik" (SPEC.md section 9), in four parts, each with its own view: would the minimum
/// have housed everyone who needed a home (`capaciteit`), how much room is left for regular home seekers
/// (`regulier`), the slaagkansen where they were delivered (`slaagkans`), and the three-year evaluation over the
/// last six half-years in the data (`evaluatie`).
struct VooruitblikView: Sendable {
    var capaciteit: CapaciteitView
    var regulier: RegulierView
    var slaagkans: SlaagkansView
    var evaluatie: EvaluatieView

    init(report: MonitorReport) {
        capaciteit = CapaciteitView(report: report)
        regulier = RegulierView(report: report)
        slaagkans = SlaagkansView(report: report)
        evaluatie = EvaluatieView(report: report)
    }
}
