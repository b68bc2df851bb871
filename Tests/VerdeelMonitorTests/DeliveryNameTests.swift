import Testing

@testable import VerdeelMonitor

/// `<soort>_<bron>_<periode>[_v<N>].csv`: what a file name says about the delivery it holds.
@Suite("Delivery names")
struct DeliveryNameTests {
    func parts(_ fileName: String) -> String? {
        DeliveryName(fileName: fileName).map { "\($0.soort.rawValue) \($0.bron) \($0.period) v\($0.version)" }
    }

    @Test("a name without a suffix is version 1; _v<N> gives the version")
    func validNames() {
        #expect(parts("verhuringen_corp-a_2026-H1.csv") == "verhuringen corp-a 2026-H1 v1")
        #expect(parts("urgentie_GM0153_2026-H1_v2.csv") == "urgentie GM0153 2026-H1 v2")
        #expect(parts("voorraad_corp-b_2026-H2_v10.csv") == "voorraad corp-b 2026-H2 v10")
        #expect(parts("verhuringen_corp-a_2026-H1_v1.csv") == "verhuringen corp-a 2026-H1 v1")
        #expect(
            DeliveryName(fileName: "verhuringen_corp-a_2026-H1_v1.csv")
                == DeliveryName(fileName: "verhuringen_corp-a_2026-H1.csv"))
    }

    @Test("an .xlsx name is a delivery too, the same delivery as the .csv of that name (SPEC.md section 7)")
    func workbookNames() {
        #expect(parts("verhuringen_corp-a_2026-H1.xlsx") == "verhuringen corp-a 2026-H1 v1")
        #expect(parts("urgentie_GM0153_2026-H1_v2.XLSX") == "urgentie GM0153 2026-H1 v2")
        #expect(DeliveryName(fileName: "verhuringen_corp-a_2026-H1.xlsx")?.format == .xlsx)
        #expect(DeliveryName(fileName: "verhuringen_corp-a_2026-H1.csv")?.format == .csv)
        #expect(
            DeliveryName(fileName: "verhuringen_corp-a_2026-H1.xlsx")
                == DeliveryName(fileName: "verhuringen_corp-a_2026-H1.csv"))
        for name in ["verhuringen_corp-a_2026-H1.xlsm", "verhuringen_corp-a_2026-H1.odt", ".xlsx", ".ods"] {
            #expect(DeliveryName(fileName: name) == nil, "\(name)")
        }
    }

    @Test("an urgentie bron is a CBS code, normalised to GMnnnn")
    func urgentieBron() {
        #expect(parts("urgentie_0153_2026-H1.csv") == "urgentie GM0153 2026-H1 v1")
        #expect(parts("urgentie_gm0153_2026-H2_v3.csv") == "urgentie GM0153 2026-H2 v3")
        #expect(parts("voorraad_gm0164_2026-H1.csv") == "voorraad GM0164 2026-H1 v1")
    }

    @Test("the .csv extension is matched case-insensitively")
    func extensionCase() {
        #expect(parts("verhuringen_corp-a_2026-H1.CSV") == "verhuringen corp-a 2026-H1 v1")
        #expect(parts("urgentie_GM0153_2026-H1_v2.Csv") == "urgentie GM0153 2026-H1 v2")
    }

    @Test("a name that does not fit the pattern is not a delivery")
    func invalidNames() {
        let names = [
            "verhuur_corp-a_2026-H1.csv", "Verhuringen_corp-a_2026-H1.csv",  // soort
            "verhuringen_corp-a_2026-H3.csv", "verhuringen_corp-a_2026-h1.csv", "verhuringen_corp-a_26-H1.csv",
            "verhuringen_corp-a_+026-H1.csv",
            "verhuringen_corp-a_2026-H1_v0.csv", "verhuringen_corp-a_2026-H1_vx.csv",
            "verhuringen_corp-a_2026-H1_v.csv", "verhuringen_corp-a_2026-H1_v-1.csv",
            "verhuringen_corp-a_2026-H1_v2_x.csv", "verhuringen_corp_a_2026-H1.csv",  // extra parts
            "verhuringen__2026-H1.csv", "verhuringen_2026-H1.csv",  // no bron
            "urgentie_corp-a_2026-H1.csv", "urgentie_Enschede_2026-H1.csv", "urgentie_GM01530_2026-H1.csv",
            "verhuringen_corp-a_2026-H1.txt", "verhuringen_corp-a_2026-H1", "verhuringen_corp-a_2026-H1.csv.bak",
            ".csv", "",
        ]
        for name in names {
            #expect(DeliveryName(fileName: name) == nil, "\(name) is not a delivery name")
        }
    }

    @Test("versions of one series are ordered by period, then version")
    func ordering() throws {
        let names = try [
            "verhuringen_corp-a_2026-H2.csv", "verhuringen_corp-a_2026-H1_v2.csv",
            "verhuringen_corp-a_2025-H2_v3.csv", "verhuringen_corp-a_2026-H1.csv",
        ]
        .map { try #require(DeliveryName(fileName: $0)) }
        #expect(
            names.sorted().map(\.description) == [
                "verhuringen_corp-a_2025-H2_v3", "verhuringen_corp-a_2026-H1",
                "verhuringen_corp-a_2026-H1_v2", "verhuringen_corp-a_2026-H2",
            ])
    }

    @Test("a version belongs to the series of its soort, bron and period")
    func series() throws {
        let v2 = try #require(DeliveryName(fileName: "urgentie_GM0153_2026-H1_v2.csv"))
        #expect(v2.series == DeliveryName(fileName: "urgentie_0153_2026-H1.csv"))
        #expect(v2.series != DeliveryName(fileName: "urgentie_GM0153_2026-H2.csv"))
        #expect(v2.description == "urgentie_GM0153_2026-H1_v2")
    }
}
