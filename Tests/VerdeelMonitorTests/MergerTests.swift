import Foundation
import Testing

@testable import VerdeelMonitor

/// Municipal mergers (SPEC.md section 9): `voorgangers` in a `[[gemeente]]`. A predecessor's code counts as the
/// member as the bron of a delivery and as a gemeente or herkomstgemeente value.
@Suite("Municipal mergers")
struct MergerTests {
    /// The small region with Tubbergen (GM0183) having taken over GM0152, written as `0152`.
    static let config = RegioTOML(
        code: "test", naam: "Testregio",
        gemeenten: [
            .init(code: "GM0153", naam: "Enschede", huishoudens: 80000),
            .init(code: "GM0164", naam: "Hengelo", huishoudens: 40000),
            .init(code: "GM0183", naam: "Tubbergen", huishoudens: 8000, lines: [#"voorgangers = ["0152"]"#]),
        ],
        corporaties: [.init(code: "corp-a", naam: "Woonstichting A")]
    ).text

    static let header = "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit;herkomstgemeente\n"

    /// T-1 is filed in 2025-H2 under the old code (undecided) and sent again under the new code in 2026-H1
    /// (toegekend); T-2 is only in the old code's file (toegekend 2025-10-01, never housed). The lettings name the
    /// home and the origin with the old code in several forms.
    static let files: [String: InputBytes] = [
        "urgentie_GM0152_2025-H2.csv": .text(
            Self.header + "T-1;2025-08-01;MED;;;GM0152\nT-2;2025-09-01;DG;toegekend;2025-10-01;152\n"),
        "urgentie_GM0183_2026-H1.csv": .text(Self.header + "T-1;2025-08-01;MED;toegekend;2026-02-01;Tubbergen\n"),
        "verhuringen_corp-a_2025-H2.csv": "verhuring_id;datum;gemeente\nV0;2025-09-01;Enschede\n",
        "verhuringen_corp-a_2026-H1.csv": """
        verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente
        V1;2026-03-01;0152;MED;T-1;
        V2;2026-03-02;gm0152;;;
        V3;2026-04-01;Tubbergen;DG;;GM0152

        """,
    ]

    @Test("a register row delivered under a predecessor code and again under the new code counts once")
    func oneRecord() throws {
        let data = try TemporaryInput.ingest(Self.files, config: Self.config)
        #expect(data.register.count == 2)
        #expect(data.register.allSatisfy { $0.municipality == MunicipalityCode("GM0183")! })
        let old = try #require(data.delivery(at: "urgentie_GM0152_2025-H2.csv"))
        #expect([old.records, old.used, old.superseded, old.outsideRegion] as [Int] == [2, 1, 1, 0])
        #expect(old.name.bron == "GM0152", "leveringen keep the bron as the file names it")
        #expect(data.delivery(at: "urgentie_GM0183_2026-H1.csv")?.used == 1)
        #expect(data.deliveries.allSatisfy { $0.isBalanced })
        // Every letting is Tubbergen's, whatever form of the old code names the home.
        #expect(
            data.lettings.filter { $0.date >= day("2026-01-01") }.map(\.municipality)
                == Array(repeating: MunicipalityCode("GM0183")!, count: 3))
        #expect(data.predecessorRows == [MunicipalityCode("GM0152")!: 5])
    }

    @Test("the figures of sections 4 and 5 across the merger, by hand")
    func figures() throws {
        let data = try TemporaryInput.ingest(Self.files, config: Self.config)
        let config = try RegionConfig.parse(Self.config)
        let history = Aggregation.history(data, config: config)
        let tubbergen = MunicipalityCode("GM0183")!
        let before = history.of(tubbergen, in: "2025-H2").indicators
        // T-1 and T-2 filed in 2025-H2; T-2 granted then; T-2 waits at the end of 2025-H2.
        #expect(before.aanvragen.total == 2 && before.beschikkingen.total == 1 && before.wachtend == 1)
        let now = history.of(tubbergen, in: "2026-H1").indicators
        // T-1 granted in 2026-H1 and housed by V1; T-2 still waits. V1 links to T-1 (origin Tubbergen) and V3's
        // own origin is GM0152 = Tubbergen: both herkomst.
        #expect(now.beschikkingen.total == 1 && now.wachtend == 1)
        #expect(now.gehuisvest.total == 2 && now.mutaties == 3 && now.regulier == 1)
        #expect(now.passend.herkomst == 2 && now.passend.elders == 0)
        #expect(history.ambiguousNumbers.isEmpty, "one record, so the number is not in two registers")
        #expect(history.of(tubbergen, in: "2026-H1").capaciteit.vraag == 3)
    }

    @Test("an urgentie delivery under a predecessor's code makes the member complete for that period")
    func completeness() throws {
        let data = try TemporaryInput.ingest(Self.files, config: Self.config)
        let config = try RegionConfig.parse(Self.config)
        let missing = data.missingDeliveries(for: period("2025-H2"), config: config).map(\.bron)
        #expect(missing == ["GM0153", "GM0164"])
    }

    @Test("within one period and version the delivery under the member's own code wins, whatever the file order")
    func ownCodeWins() throws {
        let config = RegioTOML(
            code: "test", naam: "Testregio",
            gemeenten: [
                .init(
                    code: "GM0183", naam: "Tubbergen", huishoudens: 8000,
                    lines: [#"voorgangers = ["GM0152", "GM0999"]"#])
            ]
        ).text
        let data = try TemporaryInput.ingest(
            [
                // GM0152 sorts before GM0183 and GM0999 after it: the own code wins against both.
                "urgentie_GM0152_2026-H1.csv": .text(Self.header + "T-8;2026-01-02;MED;;;\n"),
                "urgentie_GM0183_2026-H1.csv": .text(
                    Self.header + "T-8;2026-01-02;MED;toegekend;2026-02-01;\nT-9;2026-01-03;MO;toegekend;2026-02-02;\n"),
                "urgentie_GM0999_2026-H1.csv": .text(Self.header + "T-9;2026-01-03;MO;;;\n"),
            ], config: config)
        #expect(data.register.count == 2 && data.register.allSatisfy { $0.besluit == .toegekend })
        #expect(data.delivery(at: "urgentie_GM0152_2026-H1.csv")?.superseded == 1)
        #expect(data.delivery(at: "urgentie_GM0999_2026-H1.csv")?.superseded == 1)
        #expect(data.rejects.isEmpty, "a key in two deliveries is no duplicate")
    }

    @Test("a predecessor that is a member's own code, listed twice or not a CBS code is a configuration error")
    func configurationErrors() {
        func error(_ lines: [String], other: [String] = []) -> String? {
            let text = RegioTOML(
                code: "test", naam: "Test",
                gemeenten: [
                    .init(code: "GM0153", naam: "Enschede", huishoudens: 100, lines: other),
                    .init(code: "GM0183", naam: "Tubbergen", huishoudens: 10, lines: lines),
                ]
            ).text
            do {
                _ = try RegionConfig.parse(text, file: "regio.toml")
                return nil
            } catch {
                #expect(error.kind == .configuration)
                return error.description
            }
        }
        #expect(
            error([#"voorgangers = ["GM0153"]"#])
                == "regio.toml: voorganger GM0153 van GM0183 is de code van Enschede, zelf een gemeente van de regio")
        #expect(
            error([#"voorgangers = ["183"]"#])?.contains("voorganger GM0183 van GM0183 is de code van Tubbergen")
                == true)
        #expect(
            error([#"voorgangers = ["GM0152", "0152"]"#])
                == "regio.toml: voorganger GM0152 staat twee keer bij GM0183")
        #expect(
            error([#"voorgangers = ["GM0152"]"#], other: [#"voorgangers = ["gm0152"]"#])
                == "regio.toml: voorganger GM0152 staat bij twee gemeenten (GM0153 en GM0183)")
        #expect(
            error([#"voorgangers = ["Weerselo"]"#])
                == "regio.toml: sleutel 'gemeente[2].voorgangers': 'Weerselo' is geen CBS-gemeentecode")
        #expect(error([#"voorgangers = ["GM0152"]"#]) == nil)
    }

    @Test("the report says which predecessors were included, and names the old code as sender")
    func report() async throws {
        let report = try TemporaryInput.with(config: Self.config, files: Self.files) { input in
            let intake = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated)
            return Pipeline.report(
                intake, period: period("2025-H2"), disclosure: .openbaar(threshold: 5), generated: TestTime.generated)
        }
        #expect(
            AanleveringenView(report: report).herindelingen == [
                "GM0152 (voorganger) telt als Tubbergen (GM0183). Meegeteld: één levering onder deze code "
                    + "(urgentie 2025-H2) en 5 regels die deze code als gemeente of herkomstgemeente noemen."
            ])
        let html = try await ReportFixture.render(report)
        #expect(html.contains("<h3>Gemeentelijke herindelingen</h3>"))
        #expect(html.contains("Tubbergen (GM0152, voorganger van GM0183)"))
        let xml = String(decoding: try MonitorXML.render(report), as: UTF8.self)
        #expect(xml.contains(#"<levering soort="urgentie" bron="GM0152" periode="2025-H2""#))
        #expect(!xml.contains(#"<ontbreekt soort="urgentie" bron="GM0183"/>"#))
    }
}
