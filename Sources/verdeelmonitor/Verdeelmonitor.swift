import ArgumentParser
import Foundation
import VerdeelMonitor

/// `verdeelmonitor`: the half-yearly monitor of the spread of wettelijk urgenten over a region.
@main
struct Verdeelmonitor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdeelmonitor",
        abstract: "Monitor van de verdeling van wettelijk urgenten over de gemeenten van een regio.",
        version: ToolVersion.current,
        subcommands: [Run.self, Validate.self, Inspect.self, Reproduce.self])
}

/// The options `run` and `validate` share.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Het configuratiebestand van de regio (regio.toml).")
    var config: String?

    @Option(
        name: .long,
        help: "Het configuratiebestand van een provincie (provincie.toml): alle regio's die het noemt, in een run.")
    var provincie: String?

    @Option(name: .long, help: "De map met aanleveringen (wordt recursief doorzocht).")
    var input: String

    func validate() throws {
        if (config == nil) == (provincie == nil) {
            throw ValidationError(
                "geef --config (een regio) of --provincie (een provincie), niet allebei of geen van beide")
        }
    }

    /// The configuration file given: `regio.toml` or `provincie.toml`.
    var configPath: String { config ?? provincie! }
}

/// The period to report or check, `--periode`; `run` and `validate` share it.
struct PeriodOption: ParsableArguments {
    @Option(name: .long, help: "De periode (JJJJ-H1 of JJJJ-H2); standaard de laatste periode met een levering.")
    var periode: String?

    func validate() throws {
        if let periode, Period(periode) == nil {
            throw ValidationError("--periode '\(periode)' is geen periode als 2026-H1")
        }
    }

    /// The period asked for; nil for the last period with a delivery.
    var period: Period? { periode.flatMap { Period($0) } }
}

/// How much goes to stderr; `run` and `reproduce` share these.
struct LogOptions: ParsableArguments {
    @Option(name: .long, help: "Hoeveel er op stderr komt: error, warning, notice, info (standaard) of debug.")
    var logLevel: LogLevel = .info

    @Flag(
        name: .long, help: "Alleen problemen en de ene samenvattingsregel (voor cron); gelijk aan --log-level warning.")
    var quiet = false

    @Option(name: .long, help: "Wacht zo veel seconden als een andere run de uitvoermap bezet houdt (standaard 0).")
    var wait: Double = 0

    var level: LogLevel { quiet ? min(logLevel, .warning) : logLevel }

    /// Logs the account lines at or above the chosen level.
    func account(_ lines: [AccountLine]) {
        for line in lines where line.level <= level { log(line.text) }
    }
}

extension LogLevel: ExpressibleByArgument {}

/// The shipped `Templates/` folder (templates and XSD), or a configuration error that stops the run.
func shippedTemplates() -> String {
    guard let folder = RunEnvironment.shippedTemplates() else {
        fail(
            MonitorError(
                .configuration,
                "de meegeleverde map Templates/ (met monitor.xsd) is niet gevonden; zet VERDEELMONITOR_TEMPLATES"))
    }
    return folder
}

/// Prints a stopping error to stderr and exits with the code of its kind.
func fail(_ error: MonitorError) -> Never {
    let status = ExitStatus(error.kind).rawValue
    FileHandle.standardError.write(Data("verdeelmonitor: fout (exit \(status)): \(error)\n".utf8))
    exit(status)
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
