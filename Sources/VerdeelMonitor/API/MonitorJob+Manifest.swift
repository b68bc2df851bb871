import Foundation

/// A file a run read besides the deliveries, with its bytes: the configuration and what it names or the options
/// add. A new kind of input (a CBS households file) is one more entry in `MonitorJob.namedInputs`.
struct NamedInput: Sendable {
    var record: Manifest.Input
    var bytes: [UInt8]
}

extension MonitorJob {
    /// The configuration (checked against the checksum the intake parsed), the CBS households file it names
    /// (`[huishoudens] bestand`, relative to the configuration) and every template override.
    static func namedInputs(
        _ options: JobOptions, configSHA256: String, households: HouseholdsSource?
    ) throws(MonitorError) -> [NamedInput] {
        let config = try readBytes(options.configPath)
        guard Fingerprint.sha256(config) == configSHA256 else {
            throw MonitorError(
                .configuration, "het configuratiebestand is tijdens de run veranderd",
                at: SourceLocation(file: options.configPath))
        }
        var inputs = [
            NamedInput(
                record: Manifest.Input(
                    role: Manifest.Input.configuratie, path: (options.configPath as NSString).lastPathComponent,
                    sha256: configSHA256),
                bytes: config)
        ]
        if let households {
            let folder = (options.configPath as NSString).deletingLastPathComponent
            let path = folder.isEmpty ? households.file : (folder as NSString).appendingPathComponent(households.file)
            let bytes = try readBytes(path)
            guard Fingerprint.sha256(bytes) == households.sha256 else {
                throw MonitorError(
                    .configuration, "het CBS-bestand is tijdens de run veranderd", at: SourceLocation(file: path))
            }
            inputs.append(
                NamedInput(
                    record: Manifest.Input(
                        role: Manifest.Input.huishoudens, path: households.file, sha256: households.sha256),
                    bytes: bytes))
        }
        if let folder = options.templateOverrides {
            let paths = (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".mustache") }
            for path in paths.sorted() {
                let bytes = try readBytes((folder as NSString).appendingPathComponent(path))
                inputs.append(
                    NamedInput(
                        record: Manifest.Input(
                            role: Manifest.Input.sjabloon, path: path, sha256: Fingerprint.sha256(bytes)),
                        bytes: bytes))
            }
        }
        return inputs
    }

    /// Copies every recognised delivery (superseded ones too, read from `inputPath`) and every named input into
    /// `archive`.
    static func archive(
        _ dataset: Dataset, inputs: [NamedInput], from inputPath: String, into archive: Archive
    ) throws(MonitorError) {
        for delivery in dataset.deliveries {
            let path = (inputPath as NSString).appendingPathComponent(delivery.path)
            let bytes = try readBytes(path)
            guard Fingerprint.sha256(bytes) == delivery.sha256 else {
                throw MonitorError(
                    .input, "het bestand is veranderd terwijl de run het las; probeer het opnieuw",
                    at: SourceLocation(file: path))
            }
            try archive.store(bytes, sha256: delivery.sha256)
        }
        for input in inputs { try archive.store(input.bytes, sha256: input.record.sha256) }
    }

    static func readBytes(_ path: String) throws(MonitorError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MonitorError(.input, "het bestand is niet (meer) te lezen", at: SourceLocation(file: path))
        }
        return Array(data)
    }
}

extension Manifest.Input {
    static let configuratie = "configuratie"
    static let huishoudens = "huishoudens"
    static let sjabloon = "sjabloon"
}

extension Manifest {
    /// The notice for a delivery whose bytes differ from the last published manifest's under the same name.
    static let changedNotice =
        "de inhoud van dit bestand is veranderd sinds de vorige publicatie in deze uitvoermap, onder dezelfde bestandsnaam; "
        + "een correctie krijgt bij voorkeur een hoger versienummer (_v2)"

    /// What a manifest says of the run that made its set besides the report: the options as given, and the
    /// deliveries changed since the previous publication. A reproduction takes both from the manifest it
    /// reproduces.
    struct Provenance: Sendable {
        var options: Options
        var changed: [String]
    }

    /// The manifest of the set rendered as `files` from `report`, by a run that `provenance` describes.
    init(
        report: MonitorReport, provenance: Provenance, inputs: [Input], files: [(name: String, bytes: [UInt8])]
    ) {
        func output(_ suffix: String) -> Output {
            let file = files.first { $0.name.hasSuffix(suffix) }!
            return Output(file: file.name, sha256: Fingerprint.sha256(file.bytes))
        }
        self.init(
            tool: "verdeelmonitor", version: ToolVersion.current, regio: report.config.code,
            periode: report.period.description, generated: report.generated, options: provenance.options,
            configSHA256: report.configSHA256, inputs: inputs,
            leveringen: report.dataset.deliveries.sorted { $0.path < $1.path }.map(Levering.init),
            nietHerkend: report.dataset.unrecognised.sorted(), gewijzigd: provenance.changed,
            overgeslagen: report.dataset.skipped, html: output(".html"), xml: output(".xml"))
    }
}

extension Manifest.Options {
    /// The options of a run, as given.
    init(_ options: JobOptions) {
        self.init(
            config: options.configPath, input: options.inputPath, output: options.outputPath,
            periode: options.period?.description, vertrouwelijk: options.vertrouwelijk,
            templates: options.templateOverrides, archive: options.archive)
    }
}
