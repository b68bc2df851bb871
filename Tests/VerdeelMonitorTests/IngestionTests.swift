import Testing

@testable import VerdeelMonitor

/// Discovery and ingestion on real files: versions, keys, rejects, notices (contract, "Files" to "Records").
@Suite("Ingestion")
struct IngestionTests {
    static let lettingHeader = "verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente\n"
    static let registerHeader = "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\n"
    static let corpA = "verhuringen_corp-a_2026-H1.csv"

    func lettings(_ rows: String, in name: String = corpA) throws -> (Dataset, Delivery) {
        let dataset = try TemporaryInput.ingest([name: .text(Self.lettingHeader + rows)])
        return (dataset, try #require(dataset.delivery(at: name)))
    }

    @Test("a v2 supersedes v1: v1 is listed as vervangen, all its records superseded, none used or checked")
    func versions() throws {
        let dataset = try TemporaryInput.ingest([
            Self.corpA: .text(
                Self.lettingHeader
                    + "LA-101;2026-01-05;GM0153;;;\nLA-102;2026-01-06;GM0153;;;\nLA-103;31-02-2026;GM0153;;;\n"),
            "verhuringen_corp-a_2026-H1_v2.csv": .text(Self.lettingHeader + "LA-101;2026-01-05;GM0164;;;\n"),
        ])
        let v1 = try #require(dataset.delivery(at: Self.corpA))
        let v2 = try #require(dataset.delivery(at: "verhuringen_corp-a_2026-H1_v2.csv"))
        #expect(v1.status == .vervangen && v1.records == 3 && v1.superseded == 3 && v1.used == 0)
        #expect(v2.status == .gebruikt && v2.records == 1 && v2.used == 1)
        #expect(dataset.rejects.isEmpty)
        #expect(dataset.lettings.map(\.municipality.value) == ["GM0164"])
    }

    @Test("a register row decided in H2 replaces its undecided H1 row; H1 counts it as superseded")
    func registerAcrossPeriods() throws {
        let dataset = try TemporaryInput.ingest([
            "urgentie_GM0153_2026-H1.csv": .text(
                Self.registerHeader + "UR-201;2026-05-01;MED;;\nUR-202;2026-05-02;DG;;\n"),
            "urgentie_GM0153_2026-H2.csv": .text(Self.registerHeader + "UR-201;2026-05-01;MED;toegekend;2026-08-01\n"),
        ])
        let h1 = try #require(dataset.delivery(at: "urgentie_GM0153_2026-H1.csv"))
        #expect(h1.records == 2 && h1.used == 1 && h1.superseded == 1)
        #expect(dataset.delivery(at: "urgentie_GM0153_2026-H2.csv")?.used == 1)
        #expect(dataset.register.count == 2)
        let decided = try #require(dataset.register.first { $0.category == .med })
        #expect(decided.besluit == .toegekend && decided.decided?.description == "2026-08-01")
    }

    @Test("a rejected correction supersedes nothing: the earlier valid row stays")
    func rejectedCorrection() throws {
        let dataset = try TemporaryInput.ingest([
            Self.corpA: .text(Self.lettingHeader + "LA-151;2026-03-01;GM0153;;;\n"),
            "verhuringen_corp-a_2026-H2.csv": .text(Self.lettingHeader + "LA-151;31-02-2026;GM0153;;;\n"),
        ])
        #expect(dataset.delivery(at: Self.corpA)?.used == 1)
        #expect(dataset.delivery(at: "verhuringen_corp-a_2026-H2.csv")?.rejected == 1)
        #expect(dataset.lettings.map(\.date.description) == ["2026-03-01"])
    }

    @Test("a repeated key in one delivery: the first row stands, the repeat is rejected naming the first line")
    func duplicateKey() throws {
        let (dataset, delivery) = try lettings(
            "LA-301;2026-02-01;GM0153;;;\nLA-302;2026-02-02;GM0164;;;\nLA-301;2026-02-03;GM0183;;;\n")
        #expect(delivery.used == 2 && delivery.rejected == 1)
        let reject = try #require(dataset.rejects.first)
        #expect(reject.location == SourceLocation(file: Self.corpA, line: 4))
        #expect(reject.reason.contains("eerder op regel 2"))
        #expect(dataset.lettings.map(\.municipality.value).sorted() == ["GM0153", "GM0164"])
    }

    @Test("a letting dated outside its delivery's period is used and noted")
    func outsidePeriod() throws {
        let (dataset, delivery) = try lettings("LA-401;2026-07-01;GM0153;;;\n")
        #expect(delivery.used == 1)
        #expect(dataset.lettings.first?.date.description == "2026-07-01")
        #expect(dataset.notices.contains { $0.location.line == 2 && $0.message.contains("2026-H2") })
    }

    @Test("a corporation the configuration does not name is read and noted")
    func unknownCorporation() throws {
        let (dataset, delivery) = try lettings("LZ-501;2026-03-01;Hengelo;;;\n", in: "verhuringen_corp-z_2026-H1.csv")
        #expect(delivery.used == 1 && dataset.rejects.isEmpty)
        #expect(dataset.notices.contains { $0.message.contains("corp-z") })
        #expect(dataset.lettings.first?.corporation == "corp-z")
    }

    @Test("every row of an urgentie delivery of a municipality outside the region is buiten regio")
    func registerOutsideRegion() throws {
        let dataset = try TemporaryInput.ingest([
            "urgentie_0363_2026-H1.csv":
                .text(Self.registerHeader + "UA-601;2026-01-01;MZ;;\nUA-602;2026-01-02;XX;;\n")
        ])
        let delivery = try #require(dataset.delivery(at: "urgentie_0363_2026-H1.csv"))
        #expect(delivery.name.bron == "GM0363")
        #expect(delivery.records == 2 && delivery.outsideRegion == 2 && delivery.used == 0)
        #expect(dataset.register.isEmpty && dataset.rejects.isEmpty)
    }

    @Test("a letting in a CBS code outside the region is buiten regio; an unknown name is rejected")
    func municipalities() throws {
        let (dataset, delivery) = try lettings(
            "LA-701;2026-03-01;GM0363;;;\nLA-702;2026-03-01;0363;;;\nLA-703;2026-03-02;Almelo;;;\nLA-704;2026-03-02;GM0164;;;Almelo\nLA-705;2026-03-03;hengelo;;;\n"
        )
        #expect(delivery.outsideRegion == 2 && delivery.rejected == 2 && delivery.used == 1)
        #expect(dataset.rejects.map(\.location.line) == [4, 5])
        #expect(dataset.rejects.allSatisfy { $0.reason.contains("onbekende gemeente") })
    }

    @Test("a file whose name does not fit is listed as not recognised and not read")
    func unrecognised() throws {
        let dataset = try TemporaryInput.ingest(["leesmij.txt": "x", "sub/verhuringen_corp-a_2026-H3.csv": "x"])
        #expect(dataset.unrecognised == ["leesmij.txt", "sub/verhuringen_corp-a_2026-H3.csv"])
        #expect(dataset.deliveries.isEmpty && dataset.rejects.isEmpty)
    }

    @Test("a missing required column rejects the whole file with one reject at line 1")
    func missingColumn() throws {
        let dataset = try TemporaryInput.ingest([
            Self.corpA: "verhuring_id;datum\nLA-1001;2026-01-01\nLA-1002;2026-01-02\n"
        ])
        let delivery = try #require(dataset.delivery(at: Self.corpA))
        #expect(delivery.records == 2 && delivery.rejected == 2 && delivery.used == 0)
        #expect(dataset.rejects.count == 1)
        #expect(dataset.rejects.first?.location == SourceLocation(file: Self.corpA, line: 1))
        #expect(dataset.rejects.first?.reason.contains("gemeente") == true)
    }

    @Test("more fields than the header is rejected; fewer are padded")
    func fieldCounts() throws {
        let (dataset, delivery) = try lettings("LA-1101;2026-01-01;GM0153;;;;x\nLA-1102;2026-01-02;GM0153\n")
        #expect(delivery.rejected == 1 && delivery.used == 1)
        #expect(dataset.rejects.map(\.location.line) == [2])
    }

    @Test("a line of only delimiters and a blank line are no records, and not noted (SPEC.md section 10)")
    func blankAndEmptyLines() throws {
        let (dataset, delivery) = try lettings(";;;;;\n\nLA-1201;2026-01-01;GM0153;;;\n   \n")
        #expect(delivery.records == 1 && delivery.rejected == 0 && delivery.used == 1 && delivery.isBalanced)
        #expect(dataset.rejects.isEmpty)
        #expect(dataset.notices.allSatisfy { $0.location.line != 2 })
    }

    @Test("a Windows-1252 file is read as such, with a notice")
    func windows1252() throws {
        let text = "urgentienummer;datum_aanvraag;categorie;reden\nUR-1301;2026-02-01;VO;caf"
        let dataset = try TemporaryInput.ingest(["urgentie_GM0164_2026-H1.csv": .raw(Array(text.utf8) + [0xE9, 0x0A])])
        #expect(dataset.deliveries.first?.encoding == .windows1252)
        #expect(dataset.register.map(\.reden) == ["café"])
        #expect(dataset.notices.contains { $0.message.contains("Windows-1252") })
    }

    @Test("a file with a byte-order mark and CRLF line ends is read correctly")
    func byteOrderMarkAndCRLF() throws {
        let text =
            "verhuring_id,datum,gemeente\r\nLA-1401,2026-01-02,GM0153\r\n\"LA-1402\",\"02-01-2026\",\"Hengelo\"\r\n"
        let dataset = try TemporaryInput.ingest([Self.corpA: .raw([0xEF, 0xBB, 0xBF] + Array(text.utf8))])
        #expect(dataset.deliveries.first?.records == 2 && dataset.deliveries.first?.used == 2)
        #expect(dataset.rejects.isEmpty)
        #expect(dataset.lettings.map(\.municipality.value).sorted() == ["GM0153", "GM0164"])
    }

    @Test("the same delivery in two folders: the second is rejected as a file")
    func sameDeliveryTwice() throws {
        let text = InputBytes.text(Self.lettingHeader + "LA-1501;2026-01-02;GM0153;;;\n")
        let dataset = try TemporaryInput.ingest([
            "a/\(Self.corpA)": text, "b/\(Self.corpA)": text,
            "c/verhuringen_corp-a_2026-H1_v1.csv": text,
        ])
        #expect(dataset.deliveries.map(\.path) == ["a/\(Self.corpA)"])
        #expect(dataset.rejects.map(\.location.file) == ["b/\(Self.corpA)", "c/verhuringen_corp-a_2026-H1_v1.csv"])
        #expect(dataset.lettings.count == 1)
    }

    @Test("a file without its header row: no value of its first line is repeated, and it counts as not delivered")
    func headerlessFile() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv":
                "WK26-00001;2026-01-05;GM0153;MED;URG-77;;nee\nWK26-00002;2026-01-06;GM0153;;;;nee\n",
            "verhuringen_corp-b_2026-H1.csv": "verhuring_id;datum;gemeente\nB1;2026-01-05;GM0153\n",
        ])
        let path = "verhuringen_corp-a_2026-H1.csv"
        let texts = data.rejects(in: path).map(\.logText) + data.notices(in: path).map(\.message)
        #expect(texts.allSatisfy { !$0.contains("WK26-00001") && !$0.contains("URG-77") }, "\(texts)")
        #expect(data.rejects(in: path).first?.reason.contains("ontbreekt de kopregel?") == true)
        let delivery = try #require(data.delivery(at: path))
        #expect(delivery.rejectedAsFile && !delivery.isUsable)
        #expect(delivery.records == 1 && delivery.rejected == 1 && delivery.isBalanced)
        let config = try RegionConfig.parse(TemporaryInput.smallRegion)
        #expect(
            data.missingDeliveries(for: period("2026-H1"), config: config).contains(
                MissingDelivery(soort: .verhuringen, bron: "corp-a")))
        #expect(
            !data.missingDeliveries(for: period("2026-H1"), config: config).contains(
                MissingDelivery(soort: .verhuringen, bron: "corp-b")))
    }

    @Test("a delivery whose every row is rejected counts as missing; an empty one with a header does not")
    func deliveredOrNot() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente\nA1;31-02-2026;GM0153\nA2;gisteren;GM0153\n",
            "verhuringen_corp-b_2026-H1.csv": "verhuring_id;datum;gemeente\n",
        ])
        let config = try RegionConfig.parse(TemporaryInput.smallRegion)
        let missing = data.missingDeliveries(for: period("2026-H1"), config: config).filter { $0.soort == .verhuringen }
        #expect(missing == [MissingDelivery(soort: .verhuringen, bron: "corp-a")])
    }

    @Test("a voorraad count beyond 1.000.000 is rejected instead of overflowing the sums")
    func hugeCount() throws {
        let data = try TemporaryInput.ingest([
            "voorraad_corp-a_2026-H1.csv":
                "gemeente;toegevoegd;onttrokken\nGM0153;9223372036854775807;0\nGM0153;1000000;0\nGM0153;1000001;0\n"
        ])
        #expect(data.rejects.map(\.location.line) == [2, 4])
        #expect(data.stock.map(\.added) == [1_000_000])
    }

    @Test("a correction that moves a letting outside the region replaces the earlier row")
    func correctionOutOfRegion() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv":
                "verhuring_id;datum;gemeente;urgentie\nX1;2026-02-01;GM0153;MED\nX2;2026-02-02;GM0153;\n",
            "verhuringen_corp-a_2026-H2.csv": "verhuring_id;datum;gemeente;urgentie\nX1;2026-02-01;GM0363;MED\n",
        ])
        #expect(data.lettings.map(\.id) == ["X2"])
        let first = try #require(data.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
        #expect(first.superseded == 1 && first.used == 1 && first.isBalanced)
        let second = try #require(data.delivery(at: "verhuringen_corp-a_2026-H2.csv"))
        #expect(second.outsideRegion == 1 && second.used == 0 && second.isBalanced)
    }

    @Test("a column named twice in the header: the first is read, and a note says so")
    func repeatedColumn() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente;Datum\nA1;2026-02-01;GM0153;2025-01-01\n"
        ])
        #expect(data.lettings.map(\.date) == [day("2026-02-01")])
        #expect(data.notices.map(\.message).contains("kolom twee keer in de kopregel, de eerste is gelezen: datum"))
    }

    @Test("a voorraad delivery rejected as a whole gives no voorraad figures, not zeros")
    func rejectedStockFile() throws {
        let data = try TemporaryInput.ingest([
            "voorraad_corp-a_2026-H1.csv": "gemeente;toegevoegd\nGM0153;4\n",
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente\nA1;2026-02-01;GM0153\n",
        ])
        #expect(!data.hasStock(in: period("2026-H1")))
    }
}
