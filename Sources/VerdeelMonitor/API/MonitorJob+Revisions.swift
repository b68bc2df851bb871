/// The bases of a run's revisions (SPEC.md section 11): found in the output folder, recorded in the manifest,
/// kept in the archive, and restored from it by `reproduce`.
extension MonitorJob {
    /// The published monitors of the region for `period` or earlier in the output folder, checked as bases; a
    /// reproduction takes them, and the notes on those that were none, from the archive as its manifest recorded
    /// them.
    static func bases(
        _ options: JobOptions, regio: String, period: Period, schema: SchemaValidator
    ) -> (bases: [Base], refusals: [Base.Refusal]) {
        let candidates =
            options.reproduction?.bases ?? Base.candidates(in: options.outputPath, regio: regio, upTo: period)
        var bases: [Base] = []
        var refusals = options.reproduction?.refusals ?? []
        let openbaarheid = options.vertrouwelijk ? "vertrouwelijk" : "openbaar"
        for candidate in candidates {
            switch Base.check(candidate, regio: regio, openbaarheid: openbaarheid, schema: schema) {
            case .success(let base): bases.append(base)
            case .failure(let refusal): refusals.append(refusal)
            }
        }
        return (bases, refusals)
    }

    /// Copies every basis's XML and the manifest beside it into `archive`.
    static func archive(_ bases: [Base], into archive: Archive) throws(MonitorError) {
        for base in bases {
            try archive.store(base.bytes, sha256: base.sha256)
            if let manifest = base.manifest {
                try archive.store(manifest.bytes, sha256: Fingerprint.sha256(manifest.bytes))
            }
        }
    }

    /// The bases `manifest` recorded, restored from `archive`; what is missing or changed there is added to
    /// `problems`.
    static func restoredBases(
        _ manifest: Manifest, from archive: Archive, problems: inout [String]
    ) -> [Base.Candidate] {
        func fetch(_ output: Manifest.Output) -> [UInt8]? {
            switch archive.fetch(output.sha256) {
            case .found(let bytes): return bytes
            case .missing: problems.append("ontbreekt in het archief: \(output.file) (sha256/\(output.sha256))")
            case .changed: problems.append("gewijzigd in het archief: sha256/\(output.sha256) (\(output.file))")
            }
            return nil
        }
        return (manifest.basissen ?? []).compactMap { basis in
            guard let period = Period(basis.periode) else {
                problems.append("ongeldige periode van een basis in het manifest: \(basis.periode)")
                return nil
            }
            guard let bytes = fetch(basis.xml) else { return nil }
            let beside = basis.manifest.flatMap { output in fetch(output).map { (file: output.file, bytes: $0) } }
            return Base.Candidate(file: basis.xml.file, period: period, bytes: bytes, manifest: beside)
        }
    }
}

extension Manifest {
    /// Records the bases a run compared with and the published monitors that were none.
    mutating func record(bases: [Base], refusals: [Base.Refusal]) {
        basissen =
            bases.isEmpty
            ? nil
            : bases.map { base in
                Basis(
                    periode: base.period.description, xml: Output(file: base.file, sha256: base.sha256),
                    manifest: base.manifest.map { Output(file: $0.file, sha256: Fingerprint.sha256($0.bytes)) })
            }
        geenBasis = refusals.isEmpty ? nil : refusals.map { GeenBasis(file: $0.file, reden: $0.reason) }
    }
}

extension Base.Refusal {
    /// The note in the report, naming the file in the output folder.
    var notice: Notice { Notice(SourceLocation(file: file), reason) }

    init(_ recorded: Manifest.GeenBasis) { self.init(file: recorded.file, reason: recorded.reden) }
}
