/// The bases of a run's revisions (SPEC.md section 11): found in the output folder, recorded in the manifest,
/// kept in the archive, and restored from it by `reproduce`.

/// Where a run finds the bases of its revisions.
enum BaseSource: Sendable {
    /// The published monitors in the output folder (`run`).
    case outputFolder(String)
    /// What the original run compared with, restored from the archive, and the notes on the published monitors
    /// that were no basis, as its manifest recorded them (`reproduce`).
    case recorded([Base.Candidate], refusals: [Base.Refusal])
}

extension MonitorJob {
    /// The published monitors of the region for `period` or earlier that `source` gives, checked as bases.
    static func bases(
        _ source: BaseSource, regio: String, period: Period, vertrouwelijk: Bool, schema: SchemaValidator
    ) -> (bases: [Base], refusals: [Base.Refusal]) {
        let candidates: [Base.Candidate]
        var refusals: [Base.Refusal]
        switch source {
        case .outputFolder(let folder):
            (candidates, refusals) = (Base.candidates(in: folder, regio: regio, upTo: period), [])
        case .recorded(let recorded, let noted): (candidates, refusals) = (recorded, noted)
        }
        var bases: [Base] = []
        let openbaarheid = vertrouwelijk ? "vertrouwelijk" : "openbaar"
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
