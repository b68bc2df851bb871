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

    @OptionGroup var periode: PeriodOption

    @Option(
        name: .long,
        help: "Schrijf per afzender een terugkoppeling (HTML en tekst voor de mail) in deze map; nooit een uitvoermap.")
    var terugkoppeling: String?

    func run() throws {
        do {
            let generated = try RunEnvironment.timestamp()
            if let provincie = inputs.provincie {
                let check = try MonitorJob.checkProvince(
                    provinciePath: provincie, inputPath: inputs.input, generated: generated)
                for line in check.account where line.level < .debug { print(line.text) }
                if check.exitStatus != .ok { throw ExitCode(check.exitStatus.rawValue) }
                return
            }
            let check = try MonitorJob.check(
                configPath: inputs.configPath, inputPath: inputs.input, generated: generated,
                period: periode.period, terugkoppeling: terugkoppeling)
            // The details of counted notices are for `run --log-level debug`; the overview counts them.
            for line in check.account where line.level < .debug { print(line.text) }
            for path in check.written { print(path) }
            if check.exitStatus != .ok { throw ExitCode(check.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
