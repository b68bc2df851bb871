import ArgumentParser
import VerdeelMonitor

/// `verdeelmonitor validate`: checks every delivery and changes nothing; with `--terugkoppeling`, writes the
/// feedback for every sender into that folder.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Controleert de configuratie en alle aanleveringen en toont een overzicht; schrijft niets.",
        discussion:
            "Met --terugkoppeling MAP komt er per afzender een terugkoppeling-<bron>-<periode>.html en .txt in MAP (nooit in een uitvoermap van run); stdout noemt de geschreven bestanden. Exitcode 0 als alles klopt, 3 als er regels of bestanden zijn afgewezen of leveringen ontbreken, 64 als MAP een uitvoermap is."
    )

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "De periode (JJJJ-H1 of JJJJ-H2); standaard de laatste periode met een levering.")
    var periode: String?

    @Option(
        name: .long,
        help: "Schrijf per afzender een terugkoppeling (HTML en tekst voor de mail) in deze map; nooit een uitvoermap.")
    var terugkoppeling: String?

    func validate() throws {
        if let periode, Period(periode) == nil {
            throw ValidationError("--periode '\(periode)' is geen periode als 2026-H1")
        }
    }

    func run() throws {
        do {
            let check = try MonitorJob.check(
                configPath: inputs.config, inputPath: inputs.input, generated: try RunEnvironment.timestamp(),
                period: periode.flatMap { Period($0) }, terugkoppeling: terugkoppeling)
            for line in check.account { print(line.text) }
            for path in check.written { print(path) }
            if check.exitStatus != .ok { throw ExitCode(check.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
