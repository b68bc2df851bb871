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
            let check = try MonitorJob.check(
                configPath: inputs.config, inputPath: inputs.input, generated: try RunEnvironment.timestamp())
            for line in check.account { print(line.text) }
            if check.exitStatus != .ok { throw ExitCode(check.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
