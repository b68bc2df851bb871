import ArgumentParser
import VerdeelMonitor

/// `verdeelmonitor inspect FILE`: shows how a new export maps to the contract; changes nothing.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Toont wat een aanlevering (CSV of Excel) bevat en hoe ze op het contract aansluit.",
        discussion:
            "Werkbladen, kopregel, aantal records, gevonden en ontbrekende kolommen, de waarden in de codekolommen "
            + "en een begin voor een [[profiel]]. Toont nooit waarden uit kolommen met nummers of datums van personen.")

    @Argument(help: "Het bestand (CSV of .xlsx).")
    var file: String

    @Option(name: .long, help: "Het configuratiebestand van de regio (regio.toml), voor het profiel van de bron.")
    var config: String?

    func run() throws {
        do throws(MonitorError) {
            for line in try MonitorJob.inspect(path: file, configPath: config) { print(line) }
        } catch {
            fail(error)
        }
    }
}
