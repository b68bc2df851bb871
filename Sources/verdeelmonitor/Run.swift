import ArgumentParser
import Foundation
import VerdeelMonitor

/// `verdeelmonitor run`: the main job.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Maakt de monitor (HTML en XML) voor een periode en publiceert die met het manifest.",
        discussion:
            "Schrijft monitor-<regio>-<periode>.html, .xml en .manifest.json samen in de uitvoermap; met --provincie dat voor elke regio van de provincie en monitor-provincie-<code>-<periode>.html, .xml en .manifest.json erbij, alles samen (steeds maar een run tegelijk per map). Meldingen en een samenvattingsregel gaan naar stderr; stdout noemt de geschreven bestanden. Exitcodes: 0 gepubliceerd, 3 gepubliceerd met problemen, 64 gebruik, 66 geen invoer, 70 programmafout, 73 niet te schrijven, 75 map bezet door een andere run, 78 configuratie."
    )

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "De map waarin de monitor komt.")
    var output: String

    @OptionGroup var periode: PeriodOption

    @Flag(
        name: .long,
        help: "Alle aantallen tonen (geen onderdrukking van kleine aantallen); het rapport heet dan VERTROUWELIJK.")
    var vertrouwelijk = false

    @Option(name: .long, help: "Een map met eigen sjablonen die de meegeleverde vervangen (huisstijl).")
    var templates: String?

    @Option(
        name: .long,
        help: "Bewaar elke levering, de configuratie en de sjablonen in deze map (op sha256), voor reproduce.")
    var archive: String?

    @OptionGroup var logging: LogOptions

    func run() async throws {
        let shipped = shippedTemplates()
        do {
            var options = JobOptions(
                configPath: inputs.configPath, inputPath: inputs.input, outputPath: output,
                period: periode.period, vertrouwelijk: vertrouwelijk,
                templateOverrides: templates, templates: shipped, generated: try RunEnvironment.timestamp())
            options.wait = logging.wait
            options.archive = archive
            let result =
                inputs.provincie == nil
                ? try await MonitorJob.run(options, account: logging.account)
                : try await MonitorJob.runProvince(options, account: logging.account)
            for path in result.written { print(path) }
            log(result.summaryLine)
            if result.exitStatus != .ok { throw ExitCode(result.exitStatus.rawValue) }
        } catch let error as MonitorError {
            fail(error)
        }
    }
}
