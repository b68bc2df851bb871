import Foundation
import Testing

@testable import VerdeelMonitor

/// The province view (SPEC.md section 12): two regions that share Raalte and corporation corp-a.
@Suite("Province view", .serialized)
struct ProvinceTests {
    static let epoch = TestTime.generated

    /// Region a: Enschede and Raalte (Raalte settles MO elsewhere); region b: Hengelo and Raalte (only MO).
    static let regions = [
        RegioTOML(
            code: "a", naam: "Regio A",
            gemeenten: [
                .init(code: "GM0153", naam: "Enschede", huishoudens: 100),
                .init(code: "GM0177", naam: "Raalte", huishoudens: 50, lines: ["uitgezonderde_categorieen = [\"MO\"]"]),
            ],
            corporaties: [.init(code: "corp-a", naam: "Corporatie A")]),
        RegioTOML(
            code: "b", naam: "Regio B",
            gemeenten: [
                .init(code: "GM0164", naam: "Hengelo", huishoudens: 80),
                .init(
                    code: "GM0177", naam: "Raalte", huishoudens: 50,
                    lines: [
                        "uitgezonderde_categorieen = [\"MZ\", \"MED\", \"GGZ\", \"VO\", \"JH\", \"DET\", \"SW\", \"DG\"]"
                    ]),
            ],
            corporaties: [.init(code: "corp-a", naam: "Corporatie A")]),
    ]

    static let header = "verhuring_id;datum;gemeente;urgentie\n"
    static let register = "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\n"
    /// corp-a lets in both regions, once in Apeldoorn (GM0200, no region) per period; K1 was first delivered in
    /// Apeldoorn and corrected to Enschede in the next period's delivery.
    static let files = [
        "verhuringen_corp-a_2026-H1.csv": header
            + "V1;2026-02-01;GM0153;MED\nV2;2026-02-02;GM0153;\nV3;2026-03-01;GM0164;MO\nV4;2026-03-02;GM0164;\n"
            + "V5;2026-03-03;GM0164;\nV6;2026-04-01;GM0200;\nV7;2026-04-02;GM0177;MO\nK1;2025-12-30;GM0153;\n",
        "verhuringen_corp-a_2025-H2.csv": header + "K1;2025-12-30;GM0200;\nK2;2025-11-01;GM0200;\n",
        "urgentie_GM0153_2026-H1.csv": register + "E1;2026-01-05;MED;toegekend;2026-01-20\n",
        "urgentie_GM0164_2026-H1.csv": register + "H1;2026-01-06;MO;toegekend;2026-01-21\n",
        "urgentie_GM0177_2026-H1.csv": register + "R1;2026-01-07;MO;toegekend;2026-01-22\n",
        "verhuringen_corp-z_2026-H1.csv": header + "Z1;2026-02-01;GM0153;\n",
        "leesmij.txt": "geen levering\n",
    ]

    static func options(_ config: String, _ input: String, _ output: String) -> JobOptions {
        JobOptions(
            configPath: config, inputPath: input, outputPath: output, period: Period("2026-H1"),
            templates: Paths.templates, generated: epoch)
    }

    static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    @Test("every region's HTML and XML are byte for byte those of its own run over its own bronnen' deliveries")
    func regionsAsTheirOwnRuns() async throws {
        let folder = try ProvinceFolder(regions: Self.regions, files: Self.files)
        let output = Paths.temporaryFolder()
        _ = try await MonitorJob.runProvince(
            Self.options(folder.provinciePath, folder.inputPath, output), account: { _ in })
        // Region a's bronnen: corp-a, GM0153, GM0177; region b's: corp-a, GM0164, GM0177.
        let own = [
            "a": [
                "verhuringen_corp-a_2026-H1.csv", "verhuringen_corp-a_2025-H2.csv", "urgentie_GM0153_2026-H1.csv",
                "urgentie_GM0177_2026-H1.csv",
            ],
            "b": [
                "verhuringen_corp-a_2026-H1.csv", "verhuringen_corp-a_2025-H2.csv", "urgentie_GM0164_2026-H1.csv",
                "urgentie_GM0177_2026-H1.csv",
            ],
        ]
        for (code, names) in own {
            let alone = Paths.temporaryFolder()
            _ = try await MonitorJob.run(
                Self.options(folder.root + "/\(code).toml", try folder.inputHolding(names), alone), account: { _ in })
            for suffix in [".html", ".xml"] {
                let name = "monitor-\(code)-2026-H1" + suffix
                let province = FileManager.default.contents(atPath: output + "/" + name)
                #expect(
                    province != nil && province == FileManager.default.contents(atPath: alone + "/" + name), "\(name)")
            }
        }
    }

    @Test("SampleData's province: West-Overijssel and Midden-IJssel as their own runs, byte for byte")
    func sampleProvince() async throws {
        let input = Paths.temporaryFolder() + "/invoer"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let second = Paths.root.appendingPathComponent("SampleData/provincie/exports").path
        for folder in [Paths.sampleInput, second] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: input + "/" + name)
            }
        }
        let provincie = Paths.root.appendingPathComponent("SampleData/provincie/provincie.toml").path
        let output = Paths.temporaryFolder()
        _ = try await MonitorJob.runProvince(Self.options(provincie, input, output), account: { _ in })
        let names = try FileManager.default.contentsOfDirectory(atPath: input)
        // Midden-IJssel's bronnen: Deventer, Raalte, Lochem, ijsselhof-wonen and sallandhuis.
        func midden(_ name: String) -> Bool {
            ["GM0150", "GM0177", "GM0262", "ijsselhof-wonen", "sallandhuis"].contains { name.contains("_\($0)_") }
        }
        // West-Overijssel reads every SampleData delivery but Deventer's (a municipality of Midden-IJssel now).
        let west = try FileManager.default.contentsOfDirectory(atPath: Paths.sampleInput)
            .filter { $0 != "urgentie_GM0150_2026-H1.csv" && $0 != "notities_regio.csv" }
        let regions = [
            ("west-overijssel", Paths.sampleConfig, west),
            (
                "midden-ijssel", Paths.root.appendingPathComponent("SampleData/provincie/midden-ijssel.toml").path,
                names.filter(midden)
            ),
        ]
        for (code, config, own) in regions {
            let alone = Paths.temporaryFolder()
            let ownInput = Paths.temporaryFolder() + "/invoer"
            try FileManager.default.createDirectory(atPath: ownInput, withIntermediateDirectories: true)
            for name in own {
                try FileManager.default.copyItem(atPath: input + "/" + name, toPath: ownInput + "/" + name)
            }
            _ = try await MonitorJob.run(Self.options(config, ownInput, alone), account: { _ in })
            for suffix in [".html", ".xml"] {
                let name = "monitor-\(code)-2026-H1" + suffix
                let province = FileManager.default.contents(atPath: output + "/" + name)
                #expect(
                    province != nil && province == FileManager.default.contents(atPath: alone + "/" + name), "\(name)")
            }
        }
        let xml = Self.text(output + "/monitor-provincie-overijssel-2026-H1.xml")
        // Olst-Wijhe leaves MO out in West-Overijssel and is in no other region; the generator writes three
        // ijsselhof-wonen lettings in Apeldoorn per period; woonpartners-elders is in no region.
        #expect(xml.contains("<nergens gemeente=\"GM1773\" categorie=\"MO\"/>"))
        #expect(xmlAttribute(xml, element: "buitenProvincie", "aantal") == "3")
        #expect(xml.contains("<nietHerkend bestand=\"notities_regio.csv\"/>"))
        #expect(xml.contains("<nietHerkend bestand=\"verhuringen_woonpartners-elders_2026-H1.csv\"/>"))
    }

    @Test("a corporation serving two regions delivers once: each region counts its own homes, the rest buiten regio")
    func corporationInTwoRegions() async throws {
        let folder = try ProvinceFolder(regions: Self.regions, files: Self.files)
        let output = Paths.temporaryFolder()
        let result = try await MonitorJob.runProvince(
            Self.options(folder.provinciePath, folder.inputPath, output), account: { _ in })
        let a = Self.text(output + "/monitor-a-2026-H1.xml")
        let b = Self.text(output + "/monitor-b-2026-H1.xml")
        let delivery = "bron=\"corp-a\" periode=\"2026-H1\""
        // a: V1, V2 (Enschede), V7 (Raalte), K1 (Enschede, 2025-H2) used; V3-V6 buiten regio.
        #expect(xmlAttribute(a, element: "levering", "gebruikt", where: delivery) == "4")
        #expect(xmlAttribute(a, element: "levering", "buitenRegio", where: delivery) == "4")
        // b: V3, V4, V5 (Hengelo), V7 (Raalte) used; V1, V2, V6, K1 buiten regio.
        #expect(xmlAttribute(b, element: "levering", "gebruikt", where: delivery) == "4")
        #expect(xmlAttribute(b, element: "levering", "buitenRegio", where: delivery) == "4")
        let province = Self.text(output + "/monitor-provincie-prov-2026-H1.xml")
        // a: 2 of 3 lettings to wettelijk urgenten (V1 MED, V7 MO); b: 2 of 4 (V3, V7 MO).
        #expect(xmlAttribute(province, element: "regio", "mutaties", where: "code=\"a\"") == "3")
        #expect(xmlAttribute(province, element: "regio", "toewijzingspercentage", where: "code=\"a\"") == "66.67")
        #expect(xmlAttribute(province, element: "regio", "toewijzingspercentage", where: "code=\"b\"") == "50.00")
        // a's verdeling leaves Raalte's MO out: Enschede 1 of 1 against 100 of 150 households: 50 x (1/3 + 1/3).
        #expect(xmlAttribute(province, element: "regio", "afwijking", where: "code=\"a\"") == "33.33")
        // b counts Raalte's MO only: 1 and 1 against 80 and 50 of 130 households: 50 x 2 x (80/130 - 1/2).
        #expect(xmlAttribute(province, element: "regio", "afwijking", where: "code=\"b\"") == "11.54")
        #expect(xmlAttribute(province, element: "buitenProvincie", "aantal") == "1")
        #expect(province.contains("<nietHerkend bestand=\"leesmij.txt\"/>"))
        #expect(province.contains("<nietHerkend bestand=\"verhuringen_corp-z_2026-H1.csv\"/>"))
        #expect(!a.contains("corp-z") && !a.contains("leesmij"))
        #expect(result.exitStatus == ExitStatus.publishedWithProblems)
        // Each region's figures in the province file are its file's: the file named, with its bytes' sha256.
        let bytes = FileManager.default.contents(atPath: output + "/monitor-a-2026-H1.xml")!
        #expect(xmlAttribute(province, element: "regio", "sha256", where: "code=\"a\"") == Fingerprint.sha256(bytes))
        #expect(
            xmlAttribute(province, element: "regio", "gehuisvest", where: "code=\"a\"")
                == xmlAttribute(a, element: "gehuisvest", "totaal"))
    }

    @Test("each shared delivery is parsed once; buitenProvincie takes the latest delivery of a letting")
    func readOnce() throws {
        let folder = try ProvinceFolder(regions: Self.regions, files: Self.files)
        let intake = try ProvinceIntake.read(
            provinciePath: folder.provinciePath, inputPath: folder.inputPath, generated: Self.epoch)
        // Read by both regions and for buitenProvincie: the two corp-a deliveries and Raalte's register.
        #expect(intake.tables.shared.count == 3)
        #expect(intake.tables.sharedParses == 3)
        // 2025-H2: K2 in Apeldoorn; K1 was corrected to Enschede by the 2026-H1 delivery. 2026-H1: V6.
        #expect(intake.buitenProvincie == [Period("2025-H2")!: 1, Period("2026-H1")!: 1])
        #expect(intake.discovery.nietHerkend == ["leesmij.txt", "verhuringen_corp-z_2026-H1.csv"])
    }

    @Test("reproduce on the province manifest makes every region's and the province's HTML and XML again")
    func reproduceProvince() async throws {
        let input = try ProvinceKillTests.input()
        let output = Paths.temporaryFolder()
        let archive = Paths.temporaryFolder() + "/archief"
        var options = JobOptions(
            configPath: ProvinceKillTests.provincie, inputPath: input, outputPath: output, templates: Paths.templates,
            generated: Self.epoch)
        options.archive = archive
        _ = try await MonitorJob.runProvince(options, account: { _ in })
        let manifest = output + "/monitor-provincie-overijssel-2026-H1.manifest.json"
        let again = Paths.temporaryFolder()
        let result = try await MonitorJob.reproduce(
            manifest: manifest, archive: archive, output: again, templates: Paths.templates)
        #expect(result.problems.isEmpty, "\(result.problems)")
        // Six files compared: two per region and two of the province; the manifest names all of them.
        let recorded = try #require(ProvinceManifest.read(manifest))
        #expect(recorded.regios.map(\.regio) == ["west-overijssel", "midden-ijssel"])
        #expect(recorded.inputs.map(\.path).contains("../regio.toml"))
        for name in ["monitor-west-overijssel-2026-H1.xml", "monitor-midden-ijssel-2026-H1.html"] {
            #expect(
                FileManager.default.contents(atPath: again + "/" + name)
                    == FileManager.default.contents(atPath: output + "/" + name))
        }
    }
}
