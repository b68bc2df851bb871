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
            templates: templates, generated: 1_782_864_000)
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
            try await MonitorJob.run(options(templates: strict, output: output))
        }
        #expect(error?.kind == .internal)
        #expect(error?.message.contains("schema") == true)
        #expect(try String(contentsOfFile: previous, encoding: .utf8) == "vorige versie")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["monitor-west-overijssel-2026-H1.xml"])
    }

    @Test("a valid run replaces the previous files and leaves no temporary files behind")
    func replacesPrevious() async throws {
        let output = Paths.temporaryFolder()
        try "vorige versie".write(
            toFile: output + "/monitor-west-overijssel-2026-H1.xml", atomically: true, encoding: .utf8)
        let result = try await MonitorJob.run(options(templates: Paths.templates, output: output))
        #expect(
            result.written.map { URL(fileURLWithPath: $0).lastPathComponent }
                == ["monitor-west-overijssel-2026-H1.xml", "monitor-west-overijssel-2026-H1.html"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: output).sorted()
                == ["monitor-west-overijssel-2026-H1.html", "monitor-west-overijssel-2026-H1.xml"])
        #expect(
            try String(contentsOfFile: output + "/monitor-west-overijssel-2026-H1.xml", encoding: .utf8).hasPrefix(
                "<?xml"))
    }

    @Test("a folder that cannot be created is an output error and writes nothing")
    func unwritableFolder() throws {
        let base = Paths.temporaryFolder()
        try "x".write(toFile: base + "/file", atomically: true, encoding: .utf8)
        let error = #expect(throws: MonitorError.self) {
            try Publisher.publish([("a.xml", [1, 2])], into: base + "/file/sub")
        }
        #expect(error?.kind == .output)
    }

    @Test("a folder where an output file should go stops the run before anything is replaced")
    func folderInTheWay() throws {
        let output = Paths.temporaryFolder()
        try "vorige xml".write(toFile: output + "/m.xml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: output + "/m.html/inhoud", withIntermediateDirectories: true)
        #expect(throws: MonitorError.self) {
            try Publisher.publish([("m.xml", Array("nieuw".utf8)), ("m.html", [1])], into: output)
        }
        #expect(try String(contentsOfFile: output + "/m.xml", encoding: .utf8) == "vorige xml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["m.html", "m.xml"])
    }

    @Test("publishing over previous files leaves no backups or temporary files")
    func noLeftovers() throws {
        let output = Paths.temporaryFolder()
        try "oud".write(toFile: output + "/a.xml", atomically: true, encoding: .utf8)
        try Publisher.publish([("a.xml", Array("nieuw".utf8)), ("b.html", Array("b".utf8))], into: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == ["a.xml", "b.html"])
        #expect(try String(contentsOfFile: output + "/a.xml", encoding: .utf8) == "nieuw")
    }

    @Test("a backup left by a killed run does not block the next publish")
    func staleBackup() throws {
        let output = Paths.temporaryFolder()
        let pid = ProcessInfo.processInfo.processIdentifier
        try "oud".write(toFile: output + "/m.xml", atomically: true, encoding: .utf8)
        try "achtergebleven".write(toFile: output + "/.m.xml.vorige-tmp-\(pid)", atomically: true, encoding: .utf8)
        try Publisher.publish([("m.xml", Array("nieuw".utf8))], into: output)
        #expect(try String(contentsOfFile: output + "/m.xml", encoding: .utf8) == "nieuw")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["m.xml"])
    }
}
