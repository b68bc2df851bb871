import Foundation

/// A published monitor that a run compares with (SPEC.md section 11): the XML as published, read back, and the
/// manifest of its set when one lies beside it.
struct Base: Sendable {
    /// The XML's name in the output folder.
    var file: String
    var bytes: [UInt8]
    var sha256: String
    var period: Period
    var monitor: PublishedMonitor
    var manifest: BaseManifest?

    /// The manifest beside a basis, with its bytes (they go into the archive).
    struct BaseManifest: Sendable {
        var file: String
        var bytes: [UInt8]
        var manifest: Manifest
    }

    /// A published XML that is no basis, and why (a note in the report).
    struct Refusal: Error, Sendable, Equatable {
        var file: String
        var reason: String
    }

    /// A published XML found for a period, with the bytes of the manifest beside it: what `check` reads. nil
    /// bytes: the file could not be read.
    struct Candidate: Sendable {
        var file: String
        var period: Period
        var bytes: [UInt8]?
        var manifest: (file: String, bytes: [UInt8])?
    }

    /// Checks a published XML against what a basis for a run of `regio` with `openbaarheid` must be: readable,
    /// a monitor of schemaversie 1 that is valid against the schema, of that region and period and openbaarheid.
    /// The manifest beside it counts only when it describes these bytes.
    static func check(
        _ candidate: Candidate, regio: String, openbaarheid: String, schema: SchemaValidator
    ) -> Result<Base, Refusal> {
        let (file, period, manifest) = (candidate.file, candidate.period, candidate.manifest)
        func refuse(_ reason: String) -> Result<Base, Refusal> {
            .failure(Refusal(file: file, reason: reason + "; geen basis voor herzieningen"))
        }
        guard let bytes = candidate.bytes else { return refuse("deze eerder gepubliceerde monitor is niet te lezen") }
        let monitor: PublishedMonitor
        do {
            monitor = try PublishedMonitor.read(bytes)
        } catch .documentType {
            return refuse("deze eerder gepubliceerde monitor bevat een documenttypedeclaratie")
        } catch .notAMonitor {
            return refuse("dit bestand is geen monitor-XML van verdeelmonitor")
        } catch {
            return refuse("deze eerder gepubliceerde monitor is geen goedgevormde XML")
        }
        guard monitor.schemaversie == MonitorXML.schemaVersion else {
            return refuse(
                "deze eerder gepubliceerde monitor heeft schemaversie '\(monitor.schemaversie)', "
                    + "deze versie van verdeelmonitor vergelijkt alleen schemaversie \(MonitorXML.schemaVersion)")
        }
        let problems = schema.problems(in: bytes)
        guard problems.isEmpty else {
            return refuse(
                "deze eerder gepubliceerde monitor voldoet niet aan het XML-schema (\(problems.prefix(3).joined(separator: "; ")))"
            )
        }
        guard monitor.regio == regio, monitor.periode == period.description else {
            return refuse(
                "dit bestand is de monitor van regio \(monitor.regio), periode \(monitor.periode), niet wat de naam zegt"
            )
        }
        guard monitor.openbaarheid == openbaarheid else {
            let adjective = openbaarheid == "openbaar" ? "openbare" : "vertrouwelijke"
            return refuse(
                "deze eerder gepubliceerde monitor is \(monitor.openbaarheid); een \(adjective) monitor wordt "
                    + "alleen vergeleken met een \(adjective)")
        }
        let sha256 = Fingerprint.sha256(bytes)
        var beside: BaseManifest?
        if let manifest, let decoded = try? JSONDecoder().decode(Manifest.self, from: Data(manifest.bytes)),
            decoded.xml.file == file, decoded.xml.sha256 == sha256
        {
            beside = BaseManifest(file: manifest.file, bytes: manifest.bytes, manifest: decoded)
        }
        return .success(
            Base(file: file, bytes: bytes, sha256: sha256, period: period, monitor: monitor, manifest: beside))
    }

    /// The published monitors of `regio` in `folder` for periods up to `period`, oldest first, each with the
    /// manifest of its set when there is one.
    static func candidates(in folder: String, regio: String, upTo period: Period) -> [Candidate] {
        let prefix = "monitor-\(regio)-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name -> Candidate? in
            guard name.hasPrefix(prefix), name.hasSuffix(".xml"),
                let q = Period(name.dropFirst(prefix.count).dropLast(4)), q <= period,
                // A visible name whose set was never switched in (a run stopped before it) published nothing.
                FileManager.default.fileExists(atPath: folder + "/" + name)
            else { return nil }
            let manifestName = Manifest.fileName(stem: String(name.dropLast(4)))
            return Candidate(
                file: name, period: q,
                bytes: FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) },
                manifest: FileManager.default.contents(atPath: folder + "/" + manifestName).map {
                    (file: manifestName, bytes: [UInt8]($0))
                })
        }.sorted { $0.period < $1.period }
    }
}
