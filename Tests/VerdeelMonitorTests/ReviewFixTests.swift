import Foundation
import Testing
@testable import VerdeelMonitor

/// Inputs found in review that lost data, leaked a value or stopped the program; each now has a clear outcome.
struct ReviewFixTests {
    @Test("a file without its header row: no value of its first line is repeated, and it counts as not delivered")
    func headerlessFile() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": "WK26-00001;2026-01-05;GM0153;MED;URG-77;;nee\nWK26-00002;2026-01-06;GM0153;;;;nee\n",
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
        #expect(data.missingDeliveries(for: period("2026-H1"), config: config).contains(MissingDelivery(soort: .verhuringen, bron: "corp-a")))
        #expect(!data.missingDeliveries(for: period("2026-H1"), config: config).contains(MissingDelivery(soort: .verhuringen, bron: "corp-b")))
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
            "voorraad_corp-a_2026-H1.csv": "gemeente;toegevoegd;onttrokken\nGM0153;9223372036854775807;0\nGM0153;1000000;0\nGM0153;1000001;0\n",
        ])
        #expect(data.rejects.map(\.location.line) == [2, 4])
        #expect(data.stock.map(\.added) == [1_000_000])
    }

    @Test("regio.toml: huishoudens and the noodknop settings have sane bounds, named in the message")
    func configBounds() {
        let base = "code = \"x\"\nnaam = \"X\"\n[[gemeente]]\ncode = \"GM0001\"\nnaam = \"A\"\n"
        for (text, key) in [(base + "huishoudens = 9223372036854775807\n", "huishoudens"),
                            (base + "huishoudens = 10\n[noodknop]\nwachtenden_groei = 9223372036854775807\n", "wachtenden_groei"),
                            (base + "huishoudens = 10\n[noodknop]\nsignaalwaarde_reeks = 0\n", "signaalwaarde_reeks")] {
            #expect(throws: MonitorError.self) { try RegionConfig.parse(text) }
            do { _ = try RegionConfig.parse(text) } catch { #expect(error.message.contains(key)) }
        }
    }

    @Test("a period or date before 1900 is a typo: the file is not recognised, the date is rejected, nothing crashes")
    func ancientPeriods() throws {
        #expect(DeliveryName(fileName: "verhuringen_corp-a_0001-H1.csv") == nil)
        #expect(Period("1899-H2") == nil)
        #expect(Period("1900-H1")?.previous == nil)
        #expect(Values.day("0001-01-01") == nil)
        let data = try TemporaryInput.ingest(["verhuringen_corp-a_0001-H1.csv": "verhuring_id;datum;gemeente\nA;2026-01-01;GM0153\n"])
        #expect(data.unrecognised == ["verhuringen_corp-a_0001-H1.csv"])
    }

    @Test("a correction that moves a letting outside the region replaces the earlier row")
    func correctionOutOfRegion() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente;urgentie\nX1;2026-02-01;GM0153;MED\nX2;2026-02-02;GM0153;\n",
            "verhuringen_corp-a_2026-H2.csv": "verhuring_id;datum;gemeente;urgentie\nX1;2026-02-01;GM0363;MED\n",
        ])
        #expect(data.lettings.map(\.id) == ["X2"])
        let first = try #require(data.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
        #expect(first.superseded == 1 && first.used == 1 && first.isBalanced)
        let second = try #require(data.delivery(at: "verhuringen_corp-a_2026-H2.csv"))
        #expect(second.outsideRegion == 1 && second.used == 0 && second.isBalanced)
    }
}

extension ReviewFixTests {
    @Test("a column named twice in the header: the first is read, and a note says so")
    func repeatedColumn() throws {
        let data = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": "verhuring_id;datum;gemeente;Datum\nA1;2026-02-01;GM0153;2025-01-01\n",
        ])
        #expect(data.lettings.map(\.date) == [day("2026-02-01")])
        #expect(data.notices.map(\.message).contains("kolom twee keer in de kopregel, de eerste is gelezen: datum"))
    }
}

/// Findings of the second review.
struct SecondReviewTests {
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

    @Test("a name or alias that reads as a CBS code is a configuration error")
    func aliasLooksLikeCode() {
        let text = "code = \"x\"\nnaam = \"X\"\n[[gemeente]]\ncode = \"GM0001\"\nnaam = \"Aadorp\"\nhuishoudens = 10\naliassen = [\"9999\"]\n"
        #expect(throws: MonitorError.self) { try RegionConfig.parse(text) }
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
