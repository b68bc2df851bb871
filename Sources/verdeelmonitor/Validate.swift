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
            let generated = try RunEnvironment.timestamp()
            let check =
                try inputs.provincie.map { provincie throws(MonitorError) in
                    try MonitorJob.checkProvince(
                        provinciePath: provincie, inputPath: inputs.input, generated: generated)
                } ?? MonitorJob.check(configPath: inputs.configPath, inputPath: inputs.input, generated: generated)
            for line in check.account { print(line.text) }
            if check.exitStatus != .ok { throw ExitCode(check.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
