import ArgumentParser
import Foundation
import VerdeelMonitor

/// `verdeelmonitor reproduce`: runs a published monitor again from its manifest and the archive alone.
struct Reproduce: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maakt een gepubliceerde monitor opnieuw uit het archief en controleert of HTML en XML gelijk zijn.",
        discussion:
            "Leest de leveringen, de configuratie en de sjablonen uit het archief (elk gecontroleerd op sha256), draait met de opties en de tijd uit het manifest en vergelijkt. Exitcode 0 als HTML en XML byte voor byte gelijk zijn, 1 als er iets verschilt of in het archief ontbreekt of veranderd is."
    )

    @Argument(help: "Het manifest (monitor-<regio>-<periode>.manifest.json).")
    var manifest: String

    @Option(name: .long, help: "De archiefmap die de oorspronkelijke run met --archive vulde.")
    var archive: String

    @Option(name: .long, help: "De map waarin de nagemaakte monitor komt.")
    var output: String

    @OptionGroup var logging: LogOptions

    func run() async throws {
        let shipped = shippedTemplates()
        do {
            let result = try await MonitorJob.reproduce(
                manifest: manifest, archive: archive, output: output, templates: shipped, wait: logging.wait)
            for path in result.written { print(path) }
            for problem in result.problems { log("verdeelmonitor: reproduce: \(problem)") }
            log(
                result.problems.isEmpty
                    ? "verdeelmonitor: reproduce: HTML en XML zijn byte voor byte gelijk aan het manifest"
                    : "verdeelmonitor: reproduce: niet gelijk (exit 1)")
            if result.exitStatus != .ok { throw ExitCode(result.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
