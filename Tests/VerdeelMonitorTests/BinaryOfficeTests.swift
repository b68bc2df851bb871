import Foundation
import Testing

@testable import VerdeelMonitor

/// Binary Office files (SPEC.md section 10): an encrypted workbook and an Excel 97-2003 workbook are told apart
/// by the stream names in the compound file's directory; a delivery that cannot be read is `afgewezen`, with
/// `@regels="0"`, and still replaces its earlier versions.
@Suite("Binary Office files and rejected deliveries")
struct BinaryOfficeTests {
    typealias F = OfficeFiles

    static let encrypted = F.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"])
    static let excel97 = F.compoundFile(streams: ["Workbook", "\u{5}SummaryInformation"])

    @Test("the directory names tell an encrypted workbook from an Excel 97-2003 one and from another document")
    func kinds() {
        #expect(CompoundFile.kind(of: Data(Self.encrypted)) == .encryptedWorkbook)
        #expect(CompoundFile.kind(of: Data(Self.excel97)) == .excel97)
        #expect(CompoundFile.kind(of: Data(F.compoundFile(streams: ["WordDocument"]))) == .otherDocument)
        let names = Data(Self.encrypted).withUnsafeBytes { CompoundFile.streamNames(in: $0) }
        #expect(names == ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
    }

    @Test("garbage after the signature, a directory chain that loops, a header that lies: no crash, bounded")
    func garbage() {
        var noise: [UInt8] = CompoundFile.signature
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            noise.append(UInt8(state >> 24))
        }
        _ = CompoundFile.kind(of: Data(noise))
        // The FAT says sector 1 (the directory) is followed by sector 1: the walk stops after the file's sectors.
        var looping = F.compoundFile(streams: ["Workbook"])
        looping.replaceSubrange((512 + 4)..<(512 + 8), with: [1, 0, 0, 0])
        #expect(CompoundFile.kind(of: Data(looping)) == .excel97)
        // The header points the directory past the end of the file: the names are looked for in the bytes.
        var lying = F.compoundFile(streams: ["EncryptionInfo"])
        lying.replaceSubrange(0x30..<0x34, with: [0xFF, 0xFF, 0x00, 0x00])
        #expect(Data(lying).withUnsafeBytes { CompoundFile.streamNames(in: $0) } == nil)
        #expect(CompoundFile.kind(of: Data(lying)) == .encryptedWorkbook)
        #expect(CompoundFile.kind(of: Data(CompoundFile.signature)) == .otherDocument)
    }

    @Test("a .xls delivery name is recognised; .ods too; the format is no part of the identity")
    func names() throws {
        let xls = try #require(DeliveryName(fileName: "urgentie_GM0153_2026-H1.XLS"))
        #expect(xls.format == .xls && xls.soort == .urgentie && xls.bron == "GM0153")
        let ods = try #require(DeliveryName(fileName: "verhuringen_corp-a_2026-H1_v2.ods"))
        #expect(ods.format == .ods && ods.version == 2)
        #expect(ods == DeliveryName(fileName: "verhuringen_corp-a_2026-H1_v2.csv"))
        #expect(DeliveryName(fileName: ".xls") == nil)
        #expect(DeliveryName(fileName: "verhuringen_corp-a_2026-H1.xlsm") == nil)
    }

    static let csv = "verhuring_id;datum;gemeente\nA-1;2026-01-05;Enschede\n"

    @Test("each binary file is rejected whole, saying what it is; status afgewezen, 0 regels")
    func rejectedWhole() throws {
        let files: [String: InputBytes] = [
            "verhuringen_corp-a_2026-H1.xlsx": .raw(Self.encrypted),
            "verhuringen_corp-b_2026-H1.xls": .raw(Self.excel97),
            "urgentie_GM0153_2026-H1.ods": .raw(Self.excel97),
        ]
        let dataset = try TemporaryInput.ingest(files)
        #expect(dataset.unrecognised.isEmpty)
        for (path, message) in [
            ("verhuringen_corp-a_2026-H1.xlsx", "de werkmap is met een wachtwoord versleuteld"),
            ("verhuringen_corp-b_2026-H1.xls", "het bestand is een Excel 97-2003-werkmap (.xls)"),
            ("urgentie_GM0153_2026-H1.ods", "het bestand is een Excel 97-2003-werkmap (.xls)"),
        ] {
            let delivery = try #require(dataset.delivery(at: path))
            #expect(delivery.status == .afgewezen && delivery.records == 0 && delivery.rejectedAsFile, "\(path)")
            #expect(dataset.rejects(in: path).map(\.reason).first?.hasPrefix(message) == true, "\(path)")
        }
    }

    @Test("a rejected latest version supersedes the earlier one: the delivery is missing, the report a concept")
    func supersedes() throws {
        try TemporaryInput.with(
            config: TemporaryInput.smallRegion,
            files: [
                "verhuringen_corp-a_2026-H1.csv": .text(Self.csv),
                "verhuringen_corp-a_2026-H1_v2.xlsx": .raw(Self.encrypted),
                "verhuringen_corp-b_2026-H1.csv": .text("verhuring_id;datum;gemeente\nB-1;2026-01-05;Enschede\n"),
                "urgentie_GM0153_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\n",
                "urgentie_GM0164_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\n",
                "urgentie_GM0183_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\n",
            ]
        ) { input in
            let intake = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated,
                lettings: .countedAndKept)
            let v1 = try #require(intake.dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
            #expect(v1.status == .vervangen && v1.records == 1 && v1.superseded == 1)
            let v2 = try #require(intake.dataset.delivery(at: "verhuringen_corp-a_2026-H1_v2.xlsx"))
            #expect(v2.status == .afgewezen && v2.records == 0)
            #expect(intake.dataset.lettings.map(\.id) == ["B-1"])
            let report = Pipeline.report(intake, period: period("2026-H1"), disclosure: .vertrouwelijk, generated: 0)
            #expect(report.missing == [MissingDelivery(soort: .verhuringen, bron: "corp-a")])
            #expect(report.isConcept)
            let xml = try MonitorXML.render(report)
            #expect(XMLTests.validator.problems(in: xml) == [])
            let text = String(decoding: xml, as: UTF8.self)
            #expect(
                text.contains(
                    #"versie="2" sha256="\#(Fingerprint.sha256(Self.encrypted))" regels="0" afgewezen="0" status="afgewezen""#
                ))
            #expect(text.contains(#"<ontbreekt soort="verhuringen" bron="corp-a"/>"#))
            #expect(text.contains(#"status="concept""#))
            let summary = Summary.lines(for: intake.dataset)
            #expect(
                summary.contains {
                    $0.text.hasPrefix("levering verhuringen_corp-a_2026-H1_v2.xlsx: afgewezen, 0 regels")
                })
        }
    }

    @Test("inspect says what a binary file is and never prints its bytes, whatever its name")
    func inspect() throws {
        try TemporaryInput.with(
            config: TemporaryInput.smallRegion,
            files: [
                "verhuringen_corp-a_2026-H1.xlsx": .raw(Self.encrypted),
                "verhuringen_corp-a_2026-H1.csv": .raw(Self.excel97),
                "export.bin": .raw(Self.encrypted),
            ]
        ) { input in
            for (file, message) in [
                ("verhuringen_corp-a_2026-H1.xlsx", "de werkmap is met een wachtwoord versleuteld"),
                ("verhuringen_corp-a_2026-H1.csv", "het bestand is een Excel 97-2003-werkmap (.xls)"),
                ("export.bin", "de werkmap is met een wachtwoord versleuteld"),
            ] {
                let lines = Inspection.lines(path: input.inputPath + "/" + file, config: nil)
                #expect(lines.last?.hasPrefix("de werkmap is niet te lezen: \(message)") == true, "\(lines)")
                #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0xFFFD } })
            }
        }
    }
}
