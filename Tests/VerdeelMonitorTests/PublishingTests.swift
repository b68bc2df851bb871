import Foundation
import Testing

@testable import VerdeelMonitor

/// Publishing: whole files under their final names, or nothing at all.
struct PublishingTests {
    /// Shipped templates copied to a temporary folder, with the XSD changed by `edit`.
    func templates(editingSchema edit: (String) -> String) throws -> String {
        let folder = Paths.temporaryFolder() + "/Templates"
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: folder)
        let xsd = try String(contentsOfFile: folder + "/monitor.xsd", encoding: .utf8)
        try edit(xsd).write(toFile: folder + "/monitor.xsd", atomically: true, encoding: .utf8)
        return folder
    }

    func options(templates: String, output: String) -> JobOptions {
        JobOptions(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, outputPath: output,
            templates: templates, generated: TestTime.generated)
    }

    /// The visible entries of `folder`: what a reader of the output folder sees.
    func visible(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("an XML that fails the schema stops the run and leaves the previous files as they were")
    func invalidXMLPublishesNothing() async throws {
        let output = Paths.temporaryFolder()
        let previous = output + "/monitor-west-overijssel-2026-H1.xml"
        try "vorige versie".write(toFile: previous, atomically: true, encoding: .utf8)
        // A schema that demands an attribute the program never writes.
        let strict = try templates {
            $0.replacingOccurrences(
                of: #"<xs:attribute name="gegenereerd" type="xs:dateTime" use="required"/>"#,
                with:
                    #"<xs:attribute name="gegenereerd" type="xs:dateTime" use="required"/><xs:attribute name="bestaatNiet" use="required"/>"#
            )
        }
        let error = await #expect(throws: MonitorError.self) {
            try await MonitorJob.run(options(templates: strict, output: output), account: { _ in })
        }
        #expect(error?.kind == .internal)
        #expect(error?.message.contains("schema") == true)
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "vorige versie")
        #expect(try visible(output) == ["monitor-west-overijssel-2026-H1.xml"])
    }

    @Test("a valid run replaces the previous files with a whole set and leaves no temporary files behind")
    func replacesPrevious() async throws {
        let output = Paths.temporaryFolder()
        try "vorige versie".write(
            toFile: output + "/monitor-west-overijssel-2026-H1.xml", atomically: true, encoding: .utf8)
        let result = try await MonitorJob.run(options(templates: Paths.templates, output: output), account: { _ in })
        let stem = "monitor-west-overijssel-2026-H1"
        #expect(
            result.written.map { URL(fileURLWithPath: $0).lastPathComponent }
                == [stem + ".xml", stem + ".html", stem + ".manifest.json"])
        #expect(try visible(output) == [stem + ".html", stem + ".manifest.json", stem + ".xml"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output).sorted()
                == [".sets", ".verdeelmonitor.lock", stem + ".html", stem + ".manifest.json", stem + ".xml"])
        // One set folder and its pointer, nothing else.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").count == 2)
        #expect(
            try String(contentsOfFile: output + "/monitor-west-overijssel-2026-H1.xml", encoding: .utf8).hasPrefix(
                "<?xml"))
    }

    @Test("a folder that cannot be created is an output error and writes nothing")
    func unwritableFolder() throws {
        let base = Paths.temporaryFolder()
        try "x".write(toFile: base + "/file", atomically: true, encoding: .utf8)
        let error = #expect(throws: MonitorError.self) {
            try Publisher.publish([OutputSet(stem: "a", files: [("a.xml", [1, 2])])], into: base + "/file/sub")
        }
        #expect(error?.kind == .output)
    }

    @Test("a folder where an output file should go stops the run before anything is replaced")
    func folderInTheWay() throws {
        let output = Paths.temporaryFolder()
        try "vorige xml".write(toFile: output + "/m.xml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: output + "/m.html/inhoud", withIntermediateDirectories: true)
        #expect(throws: MonitorError.self) {
            try Publisher.publish(
                [OutputSet(stem: "m", files: [("m.xml", Array("nieuw".utf8)), ("m.html", [1])])], into: output)
        }
        #expect(try String(contentsOfFile: output + "/m.xml", encoding: .utf8) == "vorige xml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["m.html", "m.xml"])
    }

    @Test("publishing again switches the whole set and keeps only the new one")
    func noLeftovers() throws {
        let output = Paths.temporaryFolder()
        try Publisher.publish(
            [OutputSet(stem: "a", files: [("a.xml", Array("oud".utf8)), ("a.html", Array("oud".utf8))])], into: output)
        try Publisher.publish(
            [OutputSet(stem: "a", files: [("a.xml", Array("nieuw".utf8)), ("a.html", Array("b".utf8))])], into: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [".sets", "a.html", "a.xml"])
        #expect(try String(contentsOfFile: output + "/a.xml", encoding: .utf8) == "nieuw")
        #expect(try String(contentsOfFile: output + "/a.html", encoding: .utf8) == "b")
        // The pointer and the one set it names.
        let sets = try FileManager.default.contentsOfDirectory(atPath: output + "/.sets").sorted()
        #expect(sets.count == 2 && sets.contains("a.current"))
    }

    @Test("leftovers of a stopped run are removed: unnamed set folders, temporary links, old backups")
    func staleLeftovers() throws {
        let output = Paths.temporaryFolder()
        try "oud".write(toFile: output + "/m.xml", atomically: true, encoding: .utf8)
        try "achtergebleven".write(toFile: output + "/.m.xml.vorige-tmp-4321", atomically: true, encoding: .utf8)
        try "achtergebleven".write(toFile: output + "/.m.xml.tmp-4321", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: output + "/.sets/m.abc.1-2", withIntermediateDirectories: true)
        try "half".write(toFile: output + "/.sets/m.abc.1-2/m.xml", atomically: true, encoding: .utf8)
        try Publisher.publish([OutputSet(stem: "m", files: [("m.xml", Array("nieuw".utf8))])], into: output)
        #expect(try String(contentsOfFile: output + "/m.xml", encoding: .utf8) == "nieuw")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [".sets", "m.xml"])
        #expect(!FileManager.default.fileExists(atPath: output + "/.sets/m.abc.1-2"))
    }
}
