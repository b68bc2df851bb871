import ArgumentParser
import VerdeelMonitor

/// `verdeelmonitor validate`: checks every delivery and changes nothing.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Controleert de configuratie en alle aanleveringen en toont een overzicht; schrijft niets.",
        discussion: "Exitcode 0 als alles klopt, 3 als er regels of bestanden zijn afgewezen of leveringen ontbreken.")

    @OptionGroup var inputs: InputOptions

    func run() throws {
        do {
            let config = try RegionConfig.load(from: inputs.config)
            let dataset = Ingestion.ingest(try Discovery.scan(inputs.input), config: config)
            guard !dataset.deliveries.isEmpty else {
                throw MonitorError(.input, "geen enkele levering gevonden (bestandsnamen als verhuringen_<corporatie>_2026-H1.csv)",
                                   at: SourceLocation(file: inputs.input))
            }
            let missing = dataset.periods.last.map { dataset.missingDeliveries(for: $0, config: config) } ?? []
            let ambiguous = Linking(register: dataset.register, lettings: dataset.lettings).ambiguous
            for line in Summary.lines(for: dataset, missing: missing, ambiguous: ambiguous) { print(line) }
            if dataset.hasProblems(missing: missing) {
                throw ExitCode(ExitStatus.publishedWithProblems.rawValue)
            }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
