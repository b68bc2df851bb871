import Foundation
import Testing

@testable import VerdeelMonitor

/// Hostile or odd input never breaks an output: it is cleaned, reported or refused with a clear message.
struct RobustnessTests {
    @Test("control characters in a reden are dropped from the knelpunt, so the XML stays well-formed")
    func controlCharactersInReden() throws {
        #expect(PassendClass.knelpunt("geen\u{01} aanbod\u{7}") == "geen aanbod")
        #expect(PassendClass.knelpunt("\u{0B}") == "geen reden opgegeven")
        // A line break inside a quoted reden is white space, not a character to drop.
        #expect(
            PassendClass.knelpunt("geen passende woning\nin herkomstgemeente")
                == "geen passende woning in herkomstgemeente")
        #expect(PassendClass.knelpunt("te weinig woningen,\r\nwachtlijst") == "te weinig woningen, wachtlijst")
        var report = XMLTests.report()
        var config = report.config
        config.naam = "Test\u{02}regio <&> \"x\""
        report.config = config
        let xml = try MonitorXML.render(report)
        #expect(XMLTests.validator.problems(in: xml) == [])
        #expect(String(decoding: xml, as: UTF8.self).contains("naam=\"Test\u{FFFD}regio &lt;&amp;&gt; &quot;x&quot;\""))
    }

    @Test("SOURCE_DATE_EPOCH sets the timestamp; a value that is not seconds since 1970 is a usage error")
    func sourceDateEpoch() throws {
        #expect(try RunEnvironment.timestamp(environment: ["SOURCE_DATE_EPOCH": "1782864000"]) == 1_782_864_000)
        #expect(Formatting.timestamp(1_782_864_000) == "2026-07-01T00:00:00Z")
        #expect(Formatting.timestamp(0) == "1970-01-01T00:00:00Z")
        #expect(Formatting.timestamp(951_868_799) == "2000-02-29T23:59:59Z")
        for bad in ["morgen", "-1", "99999999999999"] {
            #expect(throws: MonitorError.self) { try RunEnvironment.timestamp(environment: ["SOURCE_DATE_EPOCH": bad]) }
        }
    }

    @Test("a SOURCE_DATE_EPOCH the run cannot use exits with the usage code, before anything is written")
    func badEpochOnTheCommandLine() throws {
        let (config, input) = try CLITests.cleanInput()
        let output = Paths.temporaryFolder() + "/out"
        let result = try CLITests.run(
            ["run", "--config", config, "--input", input, "--output", output], epoch: "gisteren")
        #expect(result.status == 64)
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
