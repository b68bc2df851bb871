import Foundation
import Testing

@testable import VerdeelMonitor

/// `provincie.toml`, the coverage check and the province XSD (SPEC.md section 12).
@Suite("Province configuration and coverage")
struct ProvinceConfigTests {
    static func region(_ code: String, _ members: [RegioTOML.Gemeente]) -> RegioTOML {
        RegioTOML(code: code, naam: "Regio \(code)", gemeenten: members)
    }

    static func raalte(excluding: [String]) -> RegioTOML.Gemeente {
        .init(
            code: "GM0177", naam: "Raalte", huishoudens: 50,
            lines: ["uitgezonderde_categorieen = [\(excluding.map { "\"\($0)\"" }.joined(separator: ", "))]"])
    }

    @Test("a municipality x category in two regions' verdeling is a configuration error naming both regions")
    func countedTwice() throws {
        // Raalte leaves MO out in neither region: every category counts twice; the first is MZ, in order.
        let folder = try ProvinceFolder(
            regions: [
                Self.region("west", [Self.raalte(excluding: ["MED"])]),
                Self.region("stedendriehoek", [Self.raalte(excluding: ["MZ"])]),
            ], files: [:])
        do {
            _ = try ProvinceConfig.read(folder.provinciePath)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .configuration)
            #expect(ExitStatus(error.kind).rawValue == 78)
            #expect(error.message.contains("gemeente GM0177 (Raalte) telt categorie MO"))
            #expect(error.message.contains("'west' en 'stedendriehoek'"))
            #expect(error.location?.file == folder.provinciePath)
        }
    }

    @Test("a municipality x category excluded everywhere is listed under dekking, in region and category order")
    func countedNowhere() throws {
        let eight = ["MZ", "MED", "GGZ", "VO", "JH", "DET", "SW", "DG"]
        let folder = try ProvinceFolder(
            regions: [
                Self.region(
                    "west",
                    [
                        .init(
                            code: "GM1773", naam: "Olst-Wijhe", huishoudens: 9,
                            lines: ["uitgezonderde_categorieen = [\"DG\", \"MO\"]"]),
                        Self.raalte(excluding: ["MO", "SW"]),
                    ]),
                Self.region("oost", [Self.raalte(excluding: eight.filter { $0 != "MO" })]),
            ], files: [:])
        let (province, _) = try ProvinceConfig.read(folder.provinciePath)
        // Olst-Wijhe: MO and DG in no region (MO before DG in the contract's order); Raalte: SW excluded in both.
        #expect(
            province.coverage.nergens.map { "\($0.municipality.value) \($0.category.rawValue)" } == [
                "GM1773 MO", "GM1773 DG", "GM0177 SW",
            ])
        #expect(province.regions.map(\.config.code) == ["west", "oost"])
        #expect(province.regions.map(\.listedPath) == ["west.toml", "oost.toml"])
    }

    @Test("provincie.toml: unknown keys, an empty or repeated region list and a shared region code are refused")
    func provinceKeys() throws {
        func message(_ text: String) -> String? {
            do {
                _ = try ProvinceConfig.parse(text, file: "provincie.toml")
                return nil
            } catch { return error.message }
        }
        #expect(
            message("code = \"p\"\nnaam = \"P\"\nregio = [\"a.toml\"]\nminimum = 15\n")?.contains(
                "'minimum': onbekende sleutel") == true)
        #expect(
            message("code = \"p\"\nnaam = \"P\"\nregio = []\n") == "sleutel 'regio': de provincie heeft geen regio's")
        #expect(
            message("code = \"p\"\nnaam = \"P\"\nregio = [\"a.toml\", \"a.toml\"]\n")
                == "sleutel 'regio': 'a.toml' staat twee keer in de lijst")
        #expect(message("code = \"P\"\nnaam = \"P\"\nregio = [\"a.toml\"]\n")?.contains("kleine letters") == true)
        #expect(message("code = \"p\"\nnaam = \"P\"\nregio = [\"a.toml\"]\n") == nil)
        // Two files with the same region code would publish under the same names.
        let folder = try ProvinceFolder(
            regions: [Self.region("x", [Self.raalte(excluding: [])])], files: [:])
        try "code = \"p\"\nnaam = \"P\"\nregio = [\"x.toml\", \"y/../x.toml\"]\n"
            .write(toFile: folder.provinciePath, atomically: true, encoding: .utf8)
        #expect(throws: MonitorError.self) { try ProvinceConfig.read(folder.provinciePath) }
    }

    @Test("the province XML of a run is valid against provincie.xsd, and the XSD refuses one without dekking")
    func schema() async throws {
        let folder = try ProvinceFolder(regions: ProvinceTests.regions, files: ProvinceTests.files)
        let output = Paths.temporaryFolder()
        _ = try await MonitorJob.runProvince(
            ProvinceTests.options(folder.provinciePath, folder.inputPath, output), account: { _ in })
        let schema = try SchemaValidator.shipped(in: Paths.templates, file: "provincie.xsd")
        let xml = Array(FileManager.default.contents(atPath: output + "/monitor-provincie-prov-2026-H1.xml")!)
        #expect(schema.problems(in: xml).isEmpty)
        let text = String(decoding: xml, as: UTF8.self)
        let withoutDekking = text.replacingOccurrences(of: "<dekking/>", with: "")
        #expect(withoutDekking != text)
        #expect(!schema.problems(in: Array(withoutDekking.utf8)).isEmpty)
        let badSignal = text.replacingOccurrences(of: "signaal=\"boven-signaalwaarde\"", with: "signaal=\"goed\"")
        #expect(badSignal != text && !schema.problems(in: Array(badSignal.utf8)).isEmpty)
    }
}
