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
        subcommands: [Run.self, Validate.self, Inspect.self])
}

/// The options `run` and `validate` share.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Het configuratiebestand van de regio (regio.toml).")
    var config: String

    @Option(name: .long, help: "De map met aanleveringen (wordt recursief doorzocht).")
    var input: String
}

/// Prints a stopping error to stderr and exits with the code of its kind.
func fail(_ error: MonitorError) -> Never {
    FileHandle.standardError.write(Data("verdeelmonitor: fout: \(error)\n".utf8))
    exit(ExitStatus(error.kind).rawValue)
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
