import Foundation

@testable import VerdeelMonitor

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The two-run scenario of SPEC.md section 11 over a copy of SampleData: publish 2025-H2 before the 2026-H1
/// deliveries and Kampen's 2025-H2 register arrived, then correct and complete the input and publish 2026-H1.
struct RevisionScenario {
    static let regio = "west-overijssel"
    /// Kampen's 2025-H2 register, held back in the first run: the late register.
    static let lateRegister = "urgentie_GM0166_2025-H2.csv"
    static let correction = "verhuringen_kopwonen_2025-H2_v2.csv"
    /// Changed in place between the runs (a sender that did not raise the version).
    static let changedInPlace = "voorraad_kopwonen_2025-H2.csv"
    /// Present in the first run only.
    static let withdrawn = "zoekers_kopwonen_2025-H1.csv"

    let root: String
    var config: String { root + "/regio.toml" }
    var input: String { root + "/exports" }

    /// A copy of SampleData (configuration, CBS file, exports) in a new temporary folder, as the first run sees
    /// it: no 2026-H1 delivery and no late register.
    init() throws {
        root = Paths.temporaryFolder()
        let manager = FileManager.default
        let sample = Paths.root.appendingPathComponent("SampleData").path
        for entry in ["regio.toml", "cbs", "exports"] {
            try manager.copyItem(atPath: sample + "/" + entry, toPath: root + "/" + entry)
        }
        for name in try manager.contentsOfDirectory(atPath: input)
        where name.contains("_2026-H1") || name == Self.lateRegister {
            try manager.removeItem(atPath: input + "/" + name)
        }
    }

    /// The input as the second run sees it: the 2026-H1 deliveries and the late register arrived, kopwonen sent
    /// a _v2 of its 2025-H2 lettings in which the first ten lettings in Zwolle lie in Staphorst and the last
    /// twenty are gone, one voorraad file changed in place and one zoekers file is withdrawn.
    func correct() throws {
        let manager = FileManager.default
        let sample = Paths.sampleInput
        for name in try manager.contentsOfDirectory(atPath: sample)
        where name.contains("_2026-H1") || name == Self.lateRegister {
            try manager.copyItem(atPath: sample + "/" + name, toPath: input + "/" + name)
        }
        let original = try String(contentsOfFile: sample + "/verhuringen_kopwonen_2025-H2.csv", encoding: .utf8)
        // The export has CRLF line ends (one Character in Swift): split and join on them.
        var lines = original.components(separatedBy: "\r\n")
        while lines.last == "" { lines.removeLast() }
        lines.removeLast(20)
        var moved = 0
        for index in lines.indices.dropFirst() where moved < 10 && lines[index].contains(";Zwolle;") {
            lines[index] = lines[index].replacingOccurrences(of: ";Zwolle;", with: ";Staphorst;")
            moved += 1
        }
        try (lines.joined(separator: "\r\n") + "\r\n").write(
            toFile: input + "/" + Self.correction, atomically: true, encoding: .utf8)
        let stock = try String(contentsOfFile: input + "/" + Self.changedInPlace, encoding: .utf8)
        try (stock.hasSuffix("\n") ? stock : stock + "\n").appending("Zwolle;3;0\n").write(
            toFile: input + "/" + Self.changedInPlace, atomically: true, encoding: .utf8)
        try manager.removeItem(atPath: input + "/" + Self.withdrawn)
    }

    /// Runs the monitor over this input into `output`.
    @discardableResult
    func run(
        into output: String, period: String? = nil, vertrouwelijk: Bool = false, archive: String? = nil
    ) async throws -> JobResult {
        var options = JobOptions(
            configPath: config, inputPath: input, outputPath: output, period: period.flatMap { Period($0) },
            vertrouwelijk: vertrouwelijk, templates: Paths.templates, generated: TestTime.generated)
        options.archive = archive
        return try await MonitorJob.run(options, account: { _ in })
    }

    static func stem(_ period: String) -> String { "monitor-\(regio)-\(period)" }

    /// The names of the recognised deliveries in `folder` (notities_regio.csv is not one).
    static func deliveries(in folder: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "notities_regio.csv" })
    }
}

/// A monitor XML read with Foundation's `XMLDocument`, independently of the program's reader: the figures of
/// SPEC.md section 11 per unit, and the `herzieningen` element.
struct RevisionXML {
    struct Revision: Equatable, CustomStringConvertible {
        var eenheid, indicator, oud, nieuw: String
        var description: String { "\(eenheid) \(indicator): '\(oud)' -> '\(nieuw)'" }
    }

    struct Basis {
        var attributes: [String: String]
        var revisions: [Revision]
        var causes: [(bestand: String, wijziging: String)]
    }

    static let indicators =
        [
            "aanvragen", "beschikkingen", "afgewezen", "gehuisvest", "mutaties", "toewijzingspercentage", "signaal",
            "index", "wachtend",
        ] + XMLContract.categories.map { "gehuisvest/" + $0 }

    let root: XMLElement

    init(path: String) throws {
        struct Unreadable: Error { var path: String }
        guard let data = FileManager.default.contents(atPath: path),
            let root = try XMLDocument(data: data, options: []).rootElement()
        else { throw Unreadable(path: path) }
        self.root = root
    }

    static func attributes(_ element: XMLElement) -> [String: String] {
        Dictionary(
            (element.attributes ?? []).compactMap { node in node.name.map { ($0, node.stringValue ?? "") } },
            uniquingKeysWith: { first, _ in first })
    }

    static func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }

    /// The units (regio, then the gemeenten) with their figures as written; an absent value is missing.
    var units: [(code: String, figures: [String: String])] {
        let elements = (root.children ?? []).compactMap { $0 as? XMLElement }.filter {
            $0.localName == "regio" || $0.localName == "gemeente"
        }
        return elements.map { unit in
            var figures: [String: String] = [:]
            func first(_ name: String) -> [String: String] {
                Self.children(unit, name).first.map(Self.attributes) ?? [:]
            }
            figures["aanvragen"] = first("aanvragen")["totaal"]
            figures["beschikkingen"] = first("beschikkingen")["totaal"]
            figures["afgewezen"] = first("beschikkingen")["afgewezen"]
            figures["gehuisvest"] = first("gehuisvest")["totaal"]
            figures["mutaties"] = first("mutaties")["aantal"]
            figures["toewijzingspercentage"] = first("toewijzingspercentage")["waarde"]
            figures["signaal"] = first("toewijzingspercentage")["signaal"]
            figures["index"] = first("verdeling")[unit.localName == "regio" ? "afwijking" : "index"]
            figures["wachtend"] = first("wachtend")["aantal"]
            for cell in Self.children(Self.children(unit, "gehuisvest")[0], "categorie") {
                let cellAttributes = Self.attributes(cell)
                figures["gehuisvest/" + cellAttributes["code"]!] =
                    cellAttributes["aantal"] ?? (cellAttributes["onderdrukt"] == "true" ? "onderdrukt" : nil)
            }
            return (Self.attributes(unit)["code"]!, figures)
        }
    }

    /// What differs from `old` to `self`, unit by unit in this document's order and indicator by indicator.
    func differences(since old: RevisionXML) -> [Revision] {
        let before = Dictionary(old.units.map { ($0.code, $0.figures) }, uniquingKeysWith: { a, _ in a })
        var result: [Revision] = []
        for (code, figures) in units {
            for indicator in Self.indicators {
                let was = before[code]?[indicator] ?? ""
                let now = figures[indicator] ?? ""
                if was != now { result.append(Revision(eenheid: code, indicator: indicator, oud: was, nieuw: now)) }
            }
        }
        return result
    }

    /// The `basis` elements of `herzieningen`; nil when the document has no `herzieningen`.
    var bases: [Basis]? {
        guard let herzieningen = Self.children(root, "herzieningen").first else { return nil }
        return Self.children(herzieningen, "basis").map { basis in
            Basis(
                attributes: Self.attributes(basis),
                revisions: Self.children(basis, "herziening").map {
                    let a = Self.attributes($0)
                    return Revision(
                        eenheid: a["eenheid"]!, indicator: a["indicator"]!, oud: a["oud"]!, nieuw: a["nieuw"]!)
                },
                causes: Self.children(basis, "oorzaak").map {
                    let a = Self.attributes($0)
                    return (a["bestand"]!, a["wijziging"]!)
                })
        }
    }

    /// The names of the root's element children, in order.
    var childNames: [String] { (root.children ?? []).compactMap { ($0 as? XMLElement)?.localName } }
}
