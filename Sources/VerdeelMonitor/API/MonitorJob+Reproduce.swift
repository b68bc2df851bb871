import Foundation

/// What `reproduce` found: nothing (byte-identical) or one line per difference or archive problem.
public struct ReproduceResult: Sendable {
    public var problems: [String]
    public var written: [String]

    public var exitStatus: ExitStatus { problems.isEmpty ? .ok : .reproductionDiffers }
}

extension MonitorJob {
    /// Runs the monitor again from `archive` alone with the options and time `manifestPath` recorded, into
    /// `output`, and compares the HTML and XML with the checksums in the manifest.
    ///
    /// The input folder, the configuration and the template overrides are rebuilt in a temporary folder from
    /// archive entries whose checksums are verified as they are read. Files the original run did not recognise
    /// (and so never read) come back as empty files under their names, since the report lists them. The set is
    /// made and published as `run` does it (`monitorSet`, `Pipeline.publish`), with what the original run
    /// recorded instead of what this one finds: its options and changed deliveries in the manifest, and the
    /// entries it skipped (the rebuilt folder holds no pipe or link) reported again.
    public static func reproduce(
        manifest manifestPath: String, archive archiveFolder: String, output: String, templates: String,
        wait: Double = 0
    ) async throws(MonitorError) -> ReproduceResult {
        if Manifest.read(manifestPath) == nil, let province = ProvinceManifest.read(manifestPath) {
            return try await reproduceProvince(
                province, archive: Archive(folder: archiveFolder), output: output, templates: templates, wait: wait)
        }
        guard let manifest = Manifest.read(manifestPath) else {
            throw MonitorError(
                .usage, "dit is geen leesbaar manifest van verdeelmonitor", at: SourceLocation(file: manifestPath))
        }
        let archive = Archive(folder: archiveFolder)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verdeelmonitor-reproduce-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: work) }
        var problems: [String] = []
        func restore(_ sha256: String, as path: String, under folder: String) throws(MonitorError) {
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                problems.append("ongeldig pad in het manifest: \(path)")
                return
            }
            switch archive.fetch(sha256) {
            case .missing: problems.append("ontbreekt in het archief: \(path) (sha256/\(sha256))")
            case .changed: problems.append("gewijzigd in het archief: sha256/\(sha256) (\(path))")
            case .found(let bytes): try place(bytes, at: work + "/" + folder + "/" + path)
            }
        }
        for levering in manifest.leveringen { try restore(levering.sha256, as: levering.path, under: "invoer") }
        for path in manifest.nietHerkend { try place([], at: work + "/invoer/" + path) }
        for input in manifest.inputs {
            try restore(
                input.sha256, as: input.path, under: input.role == Manifest.Input.sjabloon ? "sjablonen" : "config")
        }
        let bases = restoredBases(manifest, from: archive, problems: &problems)
        guard problems.isEmpty else { return ReproduceResult(problems: problems, written: []) }
        try Publisher.createFolder(work + "/invoer")
        let configName =
            manifest.inputs.first { $0.role == Manifest.Input.configuratie }?.path ?? "regio.toml"
        let options = JobOptions(
            configPath: work + "/config/" + configName, inputPath: work + "/invoer", outputPath: output,
            period: manifest.options.periode.flatMap { Period($0) }, vertrouwelijk: manifest.options.vertrouwelijk,
            templateOverrides: manifest.options.templates == nil ? nil : work + "/sjablonen", templates: templates,
            generated: manifest.generated)
        if manifest.options.templates != nil { try Publisher.createFolder(work + "/sjablonen") }
        let folder = try OutputFolder.claim(output, wait: wait)
        let clock = StageClock.fromEnvironment()
        var intake = try Pipeline.intake(
            configPath: options.configPath, inputPath: options.inputPath, generated: options.generated, clock: clock)
        let skipped = manifest.overgeslagen ?? []
        if !skipped.isEmpty {
            intake.dataset.skipped = skipped
            intake.dataset.rejects.insert(contentsOf: skipped.map(\.reject), at: 0)
        }
        let monitor = try await monitorSet(
            intake, options: options,
            provenance: Manifest.Provenance(
                options: manifest.options, changed: manifest.gewijzigd,
                bases: .recorded(bases, refusals: (manifest.geenBasis ?? []).map(Base.Refusal.init))),
            clock: clock,
            account: { _ in })
        let written = try Pipeline.publish([monitor.set], into: folder, clock: clock)
        for expected in [manifest.html, manifest.xml] {
            let path = (output as NSString).appendingPathComponent(expected.file)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append("niet opnieuw gemaakt: \(expected.file)")
                continue
            }
            let actual = Fingerprint.sha256(data)
            if actual != expected.sha256 {
                problems.append("verschilt: \(expected.file) (manifest sha256 \(expected.sha256), nu \(actual))")
            }
        }
        return ReproduceResult(problems: problems, written: written)
    }

    static func place(_ bytes: [UInt8], at path: String) throws(MonitorError) {
        try Publisher.createFolder((path as NSString).deletingLastPathComponent)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw MonitorError(
                .output, "kan de invoer niet herstellen in een tijdelijke map", at: SourceLocation(file: path))
        }
    }
}
