import Foundation
import Testing

@testable import VerdeelMonitor

/// Households from CBS table 71486ned (SPEC.md section 7): rows chosen by RegioS, Perioden and the total age
/// class; missing values are errors, never 0.
@Suite("CBS households")
struct CBSHouseholdsTests {
    static let members = [MunicipalityCode("GM0153")!, MunicipalityCode("GM0164")!]

    /// A TypedDataSet with the age dimension: only the 10000 rows of 2025 count (by hand: 80118 and 38426).
    static let typed = """
        "ID";"LeeftijdReferentiepersoon";"RegioS";"Perioden";"TotaalParticuliereHuishoudens_1";"Eenpersoonshuishoudens_2"
        "0";"10000";"GM0153  ";"2024JJ00";"   79797";"  1"
        "1";"10000";"GM0153  ";"2025JJ00";"   80118";"  1"
        "2";"21700";"GM0153  ";"2025JJ00";"    9000";"  1"
        "3";"10000";"GM0164  ";"2025JJ00";"   38426";"  1"
        "4";"10000";"GM0363  ";"2025JJ00";"  480000";"  1"
        """

    func households(_ text: String, peiljaar: Int = 2025) throws -> [MunicipalityCode: Int] {
        try CBSHouseholds.households(in: Data(text.utf8), peiljaar: peiljaar, members: Self.members, file: "cbs.csv")
    }

    @Test("selection by RegioS (padded), Perioden 2025JJ00 and LeeftijdReferentiepersoon 10000")
    func selection() throws {
        let result = try households(Self.typed)
        #expect(result == [Self.members[0]: 80118, Self.members[1]: 38426])
    }

    @Test("comma-separated, unquoted, another numeric suffix, without the age column")
    func commaUnquoted() throws {
        let text =
            "ID,RegioS,Perioden,TotaalParticuliereHuishoudens_3\n0,GM0153    ,2025JJ00,80118\n1,GM0164,2025JJ00,38426\n"
        #expect(try households(text) == [Self.members[0]: 80118, Self.members[1]: 38426])
    }

    @Test("OData JSON {\"value\": [...]}")
    func odata() throws {
        let json = """
            {"odata.metadata": "x", "value": [
              {"ID": 0, "RegioS": "GM0153  ", "Perioden": "2025JJ00", "TotaalParticuliereHuishoudens_1": 80118},
              {"ID": 1, "RegioS": "GM0164  ", "Perioden": "2025JJ00", "TotaalParticuliereHuishoudens_1": 38426},
              {"ID": 2, "RegioS": "GM0164  ", "Perioden": "2024JJ00", "TotaalParticuliereHuishoudens_1": null}
            ]}
            """
        #expect(try households(json) == [Self.members[0]: 80118, Self.members[1]: 38426])
    }

    @Test("a missing municipality is a configuration error naming its code")
    func missingMunicipality() throws {
        #expect {
            try households(Self.typed, peiljaar: 2024)
        } throws: { error in
            let error = error as? MonitorError
            return error?.kind == .configuration && error?.message.contains("gemeente GM0164 staat niet") == true
        }
    }

    @Test("a missing value ('.') is an error, never 0")
    func missingValue() throws {
        let text = Self.typed.replacingOccurrences(of: "\"   38426\"", with: "\".\"")
        #expect {
            try households(text)
        } throws: { error in
            (error as? MonitorError)?.message.contains("GM0164 heeft in de CBS-tabel geen aantal") == true
        }
    }

    @Test("[huishoudens] in regio.toml: read relative to it, numbers in [[gemeente]] ignored with a note, sha256")
    func fromConfig() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/cbs", withIntermediateDirectories: true)
        try Data(Self.typed.utf8).write(to: URL(fileURLWithPath: folder + "/cbs/71486ned.csv"))
        var toml = RegioTOML(
            gemeenten: [
                .init(code: "GM0153", naam: "Enschede", huishoudens: 1), .init(code: "GM0164", naam: "Hengelo"),
            ])
        toml = toml.with("huishoudens", "bestand = \"cbs/71486ned.csv\"", "peiljaar = 2025")
        try Data(toml.text.utf8).write(to: URL(fileURLWithPath: folder + "/regio.toml"))
        let config = try RegionConfig.read(folder + "/regio.toml").config
        #expect(config.municipalities.map(\.households) == [80118, 38426])
        let source = try #require(config.householdsSource)
        #expect(source.file == "cbs/71486ned.csv" && source.peiljaar == 2025)
        #expect(source.sha256 == Fingerprint.sha256(Data(Self.typed.utf8)))
        #expect(
            source.notes == ["huishoudens van GM0153 in [[gemeente]] genegeerd: de CBS-tabel van [huishoudens] geldt"])
    }

    @Test("without [huishoudens] a gemeente still needs its huishoudens")
    func stillRequired() throws {
        let toml = RegioTOML(gemeenten: [.init(code: "GM0153", naam: "Enschede")]).text
        #expect(throws: MonitorError.self) { try RegionConfig.parse(toml) }
    }
}
