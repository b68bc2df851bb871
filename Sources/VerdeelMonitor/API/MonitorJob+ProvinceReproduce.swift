import Foundation

extension MonitorJob {
    /// `reproduce` of a province manifest: rebuilds the input folder, `provincie.toml`, the regions'
    /// configurations (at their paths relative to it), their CBS files and the template overrides from the
    /// archive, runs the province again with the recorded options, time and changed deliveries, and compares the
    /// HTML and XML of the province and of every region with the manifest.
    static func reproduceProvince(
        _ manifest: ProvinceManifest, archive: Archive, output: String, templates: String, wait: Double
    ) async throws(MonitorError) -> ReproduceResult {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verdeelmonitor-reproduce-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: work) }
        // A region file listed as `../regio.toml` needs folders above provincie.toml inside the work folder.
        let depth = manifest.inputs.map { $0.path.split(separator: "/").prefix { $0 == ".." }.count }.max() ?? 0
        let configFolder = work + "/config" + String(repeating: "/p", count: depth)
        var problems: [String] = []
        func restore(_ sha256: String, as path: String, under folder: String, within root: String) throws(MonitorError)
        {
            let target = URL(fileURLWithPath: folder + "/" + path).standardizedFileURL.path
            guard !path.hasPrefix("/"), target.hasPrefix(root + "/") else {
                problems.append("ongeldig pad in het manifest: \(path)")
                return
            }
            switch archive.fetch(sha256) {
            case .missing: problems.append("ontbreekt in het archief: \(path) (sha256/\(sha256))")
            case .changed: problems.append("gewijzigd in het archief: sha256/\(sha256) (\(path))")
            case .found(let bytes): try place(bytes, at: target)
            }
        }
        let root = URL(fileURLWithPath: work).standardizedFileURL.path
        for levering in manifest.leveringen {
            try restore(levering.sha256, as: levering.path, under: root + "/invoer", within: root + "/invoer")
        }
        for path in manifest.nietHerkend { try place([], at: work + "/invoer/" + path) }
        for input in manifest.inputs {
            let template = input.role == Manifest.Input.sjabloon
            try restore(
                input.sha256, as: input.path, under: template ? root + "/sjablonen" : configFolder,
                within: template ? root + "/sjablonen" : root + "/config")
        }
        guard problems.isEmpty else { return ReproduceResult(problems: problems, written: []) }
        try Publisher.createFolder(work + "/invoer")
        if manifest.options.templates != nil { try Publisher.createFolder(work + "/sjablonen") }
        let name = manifest.inputs.first { $0.role == Manifest.Input.provincie }?.path ?? "provincie.toml"
        var options = JobOptions(
            configPath: configFolder + "/" + name, inputPath: work + "/invoer", outputPath: output,
            period: manifest.options.periode.flatMap { Period($0) }, vertrouwelijk: manifest.options.vertrouwelijk,
            templateOverrides: manifest.options.templates == nil ? nil : work + "/sjablonen", templates: templates,
            generated: manifest.generated)
        options.wait = wait
        let result = try await runProvince(options, reproducing: manifest, account: { _ in })
        for expected in [manifest.html, manifest.xml] + manifest.regios.flatMap({ [$0.html, $0.xml] }) {
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
        return ReproduceResult(problems: problems, written: result.written)
    }
}
