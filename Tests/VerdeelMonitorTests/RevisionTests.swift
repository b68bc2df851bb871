import Foundation
import Testing

@testable import VerdeelMonitor

/// Revisions since the last publication (SPEC.md section 11), over the two-run scenario of `RevisionScenario`.
@Suite(.serialized)
struct RevisionTests {
    static let h2 = RevisionScenario.stem("2025-H2")
    static let h1 = RevisionScenario.stem("2026-H1")

    /// The published files of `stem` in `folder`, by suffix.
    static func files(_ stem: String, in folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for suffix in [".xml", ".html", ".manifest.json"] {
            files[suffix] = FileManager.default.contents(atPath: folder + "/" + stem + suffix)
        }
        return files
    }

    @Test(
        "publishing 2026-H1 after corrections lists exactly how the 2025-H2 figures differ from the published ones, with the deliveries that changed",
        arguments: [false, true])
    func twoRuns(vertrouwelijk: Bool) async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2", vertrouwelijk: vertrouwelijk)
        let published = Self.files(Self.h2, in: output)
        let firstInput = try RevisionScenario.deliveries(in: scenario.input)
        try scenario.correct()
        try await scenario.run(into: output, vertrouwelijk: vertrouwelijk)
        // The 2025-H2 figures as a run would publish them now, in a folder of their own (no basis there).
        let now = Paths.temporaryFolder()
        try await scenario.run(into: now, period: "2025-H2", vertrouwelijk: vertrouwelijk)

        let old = try RevisionXML(path: output + "/\(Self.h2).xml")
        let recomputed = try RevisionXML(path: now + "/\(Self.h2).xml")
        let expected = recomputed.differences(since: old)
        let report = try RevisionXML(path: output + "/\(Self.h1).xml")
        let bases = try #require(report.bases)
        #expect(bases.count == 1)
        let basis = try #require(bases.first)
        #expect(basis.attributes["periode"] == "2025-H2")
        #expect(basis.attributes["bestand"] == Self.h2 + ".xml")
        #expect(basis.attributes["sha256"] == Fingerprint.sha256(published[".xml"]!))
        #expect(basis.attributes["gegenereerd"] == "2026-07-01T00:00:00Z")
        #expect(basis.revisions == expected)
        // The late register adds Kampen's 2025-H2 applications; the correction moves ten Zwolle lettings to
        // Staphorst and drops twenty; woonkracht's 2026-H1 workbook brings one letting dated 2025-12-31
        // (SampleData/README.md, case d). So the region's mutaties fall by 19 and Staphorst's change.
        let kampen = try #require(basis.revisions.first { $0.eenheid == "GM0166" && $0.indicator == "aanvragen" })
        #expect(Int(kampen.nieuw)! > Int(kampen.oud)!)
        let regionMutaties = try #require(
            basis.revisions.first { $0.eenheid == "west-overijssel" && $0.indicator == "mutaties" })
        #expect(Int(regionMutaties.oud)! - Int(regionMutaties.nieuw)! == 19)
        #expect(basis.revisions.contains { $0.eenheid == "GM0180" && $0.indicator == "mutaties" })
        // Causes: every delivery new since the first run, the one changed in place, the one withdrawn, by path.
        let secondInput = try RevisionScenario.deliveries(in: scenario.input)
        var causes = secondInput.subtracting(firstInput).map { ($0, "nieuw") }
        causes += firstInput.subtracting(secondInput).map { ($0, "vervallen") }
        causes.append((RevisionScenario.changedInPlace, "gewijzigd"))
        causes.sort { $0.0 < $1.0 }
        #expect(basis.causes.map(\.bestand) == causes.map(\.0))
        #expect(basis.causes.map(\.wijziging) == causes.map(\.1))
        #expect(causes.contains { $0 == (RevisionScenario.correction, "nieuw") })
        #expect(causes.contains { $0 == (RevisionScenario.lateRegister, "nieuw") })
        #expect(causes.contains { $0 == (RevisionScenario.withdrawn, "vervallen") })
        // herzieningen comes right after evaluatie, and the document keeps its schema.
        let names = report.childNames
        #expect(names.firstIndex(of: "herzieningen") == names.firstIndex(of: "evaluatie").map { $0 + 1 })
        let schema = try SchemaValidator.shipped(in: Paths.templates)
        #expect(schema.problems(in: Array(FileManager.default.contents(atPath: output + "/\(Self.h1).xml")!)) == [])
        // The published 2025-H2 set is untouched.
        #expect(Self.files(Self.h2, in: output) == published)
        // The new set's manifest records its basis.
        let manifest = try #require(Manifest.read(output + "/\(Self.h1).manifest.json"))
        let recorded = try #require(manifest.basissen?.first)
        #expect(recorded.xml == Manifest.Output(file: Self.h2 + ".xml", sha256: Fingerprint.sha256(published[".xml"]!)))
        #expect(recorded.manifest?.sha256 == Fingerprint.sha256(published[".manifest.json"]!))
        #expect(manifest.geenBasis == nil)
    }

    @Test("a public run shows a cell suppressed in the basis as onderdrukt, never its number")
    func publicKeepsSuppression() async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2")
        try scenario.correct()
        try await scenario.run(into: output)
        let basis = try #require(try RevisionXML(path: output + "/\(Self.h1).xml").bases?.first)
        // Old values of category cells are as the public basis wrote them: a number of at least 5, 0, or onderdrukt.
        for revision in basis.revisions where revision.indicator.hasPrefix("gehuisvest/") {
            for value in [revision.oud, revision.nieuw] where value != "onderdrukt" {
                let number = try #require(Int(value))
                #expect(number == 0 || number >= 5, "\(revision)")
            }
        }
    }

    @Test("a re-run with nothing changed compares with the set it replaces and finds no revision and no cause")
    func rerun() async throws {
        let scenario = try RevisionScenario()
        try scenario.correct()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output)
        let first = try #require(FileManager.default.contents(atPath: output + "/\(Self.h1).xml"))
        try await scenario.run(into: output)
        let bases = try #require(try RevisionXML(path: output + "/\(Self.h1).xml").bases)
        #expect(bases.count == 1)
        #expect(bases[0].attributes["periode"] == "2026-H1")
        #expect(bases[0].attributes["sha256"] == Fingerprint.sha256(first))
        #expect(bases[0].revisions.isEmpty)
        #expect(bases[0].causes.isEmpty)
    }

    @Test("a first publication has no herzieningen element")
    func noBasis() async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2")
        #expect(try RevisionXML(path: output + "/\(Self.h2).xml").bases == nil)
        #expect(Manifest.read(output + "/\(Self.h2).manifest.json")?.basissen == nil)
    }

    /// Publishes 2025-H2, lets `damage` change the published XML, publishes 2026-H1; returns the 2026-H1 XML
    /// and manifest.
    static func secondRun(
        vertrouwelijk: Bool = false, damage: (String) throws -> Void
    ) async throws -> (RevisionXML, Manifest) {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2025-H2")
        try damage(output + "/\(h2).xml")
        try scenario.correct()
        try await scenario.run(into: output, vertrouwelijk: vertrouwelijk)
        return (
            try RevisionXML(path: output + "/\(h1).xml"), try #require(Manifest.read(output + "/\(h1).manifest.json"))
        )
    }

    /// Replaces the published file (a symlink into its set) by a plain file with `text`.
    static func overwrite(_ path: String, with text: String) throws {
        try FileManager.default.removeItem(atPath: path)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test("a published monitor of the other openbaarheid is no basis: a note says so and there is no herzieningen")
    func otherOpenbaarheid() async throws {
        let (report, manifest) = try await Self.secondRun(vertrouwelijk: true) { _ in }
        #expect(report.bases == nil)
        let refusal = try #require(manifest.geenBasis?.first)
        #expect(refusal.file == Self.h2 + ".xml")
        #expect(
            refusal.reden.contains(
                "is openbaar; een vertrouwelijke monitor wordt alleen vergeleken met een vertrouwelijke"))
        #expect(manifest.basissen == nil)
    }

    @Test("a published XML that is not well-formed is no basis, and the run goes on")
    func corruptBasis() async throws {
        let (report, manifest) = try await Self.secondRun { try Self.overwrite($0, with: "<monitor><regio") }
        #expect(report.bases == nil)
        #expect(manifest.geenBasis?.map(\.file) == [Self.h2 + ".xml"])
        #expect(manifest.geenBasis?.first?.reden.contains("geen goedgevormde XML") == true)
    }

    @Test("a published XML of another schemaversie is no basis, and the note names the version")
    func otherSchemaVersion() async throws {
        let (report, manifest) = try await Self.secondRun { path in
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Self.overwrite(
                path, with: text.replacingOccurrences(of: "schemaversie=\"1\"", with: "schemaversie=\"2\""))
        }
        #expect(report.bases == nil)
        #expect(manifest.geenBasis?.first?.reden.contains("schemaversie '2'") == true)
    }

    @Test("a published XML that breaks the schema is no basis")
    func invalidBasis() async throws {
        let (report, manifest) = try await Self.secondRun { path in
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try Self.overwrite(path, with: text.replacingOccurrences(of: "<mutaties ", with: "<mutatie "))
        }
        #expect(report.bases == nil)
        #expect(manifest.geenBasis?.first?.reden.contains("voldoet niet aan het XML-schema") == true)
    }

    @Test("a basis for a period the data no longer hold lists every figure it published as revised to empty")
    func periodGone() async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        try await scenario.run(into: output, period: "2024-H1")
        let old = try RevisionXML(path: output + "/\(RevisionScenario.stem("2024-H1")).xml")
        for name in try FileManager.default.contentsOfDirectory(atPath: scenario.input) where name.contains("_2024-H1")
        {
            try FileManager.default.removeItem(atPath: scenario.input + "/" + name)
        }
        try await scenario.run(into: output, period: "2025-H2")
        let basis = try #require(try RevisionXML(path: output + "/\(Self.h2).xml").bases?.first)
        #expect(basis.attributes["periode"] == "2024-H1")
        var expected: [RevisionXML.Revision] = []
        for (code, figures) in old.units {
            for indicator in RevisionXML.indicators {
                if let value = figures[indicator] {
                    expected.append(.init(eenheid: code, indicator: indicator, oud: value, nieuw: ""))
                }
            }
        }
        #expect(!expected.isEmpty)
        #expect(basis.revisions == expected)
    }

    @Test("reproduce rebuilds the same revisions from the archive, the bases' XML and manifests included")
    func reproduce() async throws {
        let scenario = try RevisionScenario()
        let output = Paths.temporaryFolder()
        let archive = Paths.temporaryFolder() + "/archief"
        try await scenario.run(into: output, period: "2025-H2", archive: archive)
        try scenario.correct()
        try await scenario.run(into: output, archive: archive)
        let basisXML = try #require(FileManager.default.contents(atPath: output + "/\(Self.h2).xml"))
        #expect(FileManager.default.fileExists(atPath: archive + "/sha256/" + Fingerprint.sha256(basisXML)))
        let again = Paths.temporaryFolder()
        let result = try await MonitorJob.reproduce(
            manifest: output + "/\(Self.h1).manifest.json", archive: archive, output: again,
            templates: Paths.templates)
        #expect(result.problems == [])
        for suffix in [".xml", ".html", ".manifest.json"] {
            #expect(
                FileManager.default.contents(atPath: again + "/\(Self.h1)" + suffix)
                    == FileManager.default.contents(atPath: output + "/\(Self.h1)" + suffix), "\(suffix)")
        }
        // The reproduction compared with the archived basis, not with what its own output folder holds.
        #expect(!FileManager.default.fileExists(atPath: again + "/\(Self.h2).xml"))
    }
}
