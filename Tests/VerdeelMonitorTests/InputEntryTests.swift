import Foundation
import Testing

@testable import VerdeelMonitor

/// SPEC section 8: input entries that are not regular files, the `[limieten]` caps, and the default periode
/// among the periods that have started.
struct InputEntryTests {
    static let good = "verhuring_id;datum;gemeente;urgentie\nV1;2026-01-05;GM0153;MED\nV2;2026-02-01;GM0164;\n"

    @Test("every entry that is not a regular file is skipped with its name; a link to a regular file is read")
    func nonRegularEntries() throws {
        try TemporaryInput.with(
            config: TemporaryInput.smallRegion, files: ["verhuringen_corp-a_2026-H1.csv": .text(Self.good)]
        ) { input in
            let folder = input.inputPath
            let fm = FileManager.default
            try fm.createSymbolicLink(
                atPath: folder + "/verhuringen_corp-b_2026-H1.csv", withDestinationPath: "/dev/zero")
            #expect(mkfifo(folder + "/urgentie_GM0153_2026-H1.csv", 0o600) == 0)
            try fm.createSymbolicLink(
                atPath: folder + "/urgentie_GM0164_2026-H1.csv", withDestinationPath: "/geen/bestand")
            try fm.createSymbolicLink(
                atPath: folder + "/urgentie_GM0183_2026-H1.csv",
                withDestinationPath: folder + "/urgentie_GM0183_2026-H1.csv")
            try fm.createDirectory(atPath: folder + "/voorraad_corp-a_2026-H1.csv", withIntermediateDirectories: false)
            try fm.createDirectory(atPath: folder + "/links", withIntermediateDirectories: false)
            try fm.createSymbolicLink(
                atPath: folder + "/links/verhuringen_corp-b_2025-H2.csv",
                withDestinationPath: folder + "/verhuringen_corp-a_2026-H1.csv")
            try fm.createSymbolicLink(atPath: folder + "/links/terug", withDestinationPath: folder)
            let dataset = try input.ingest()
            let expected: [(String, String)] = [
                ("urgentie_GM0153_2026-H1.csv", "is een named pipe (FIFO), geen gewoon bestand; overgeslagen"),
                ("urgentie_GM0164_2026-H1.csv", "is een koppeling die nergens naar wijst; overgeslagen"),
                ("urgentie_GM0183_2026-H1.csv", "is een koppeling in een kring; overgeslagen"),
                (
                    "verhuringen_corp-b_2026-H1.csv",
                    "is een koppeling naar een apparaat (character device), geen bestand"
                ),
                ("voorraad_corp-a_2026-H1.csv", "is een map met de naam van een levering"),
                ("links/terug", "is een koppeling naar een map; die wordt niet doorzocht"),
            ]
            for (path, reason) in expected {
                let rejects = dataset.rejects(in: path)
                #expect(rejects.count == 1, "\(path)")
                #expect(rejects.first?.reason.hasPrefix(reason) == true, "\(path): \(rejects.map(\.reason))")
            }
            #expect(dataset.rejects.count == expected.count)
            // The good delivery and the linked copy (a link to a regular file) are read: 2 rows each.
            #expect(dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv")?.used == 2)
            #expect(dataset.delivery(at: "links/verhuringen_corp-b_2025-H2.csv")?.records == 2)
            #expect(dataset.deliveries.count == 2)
            #expect(dataset.hasProblems(missing: []))
        }
    }

    @Test("a file over bestand_mb is rejected as a whole before it is read")
    func fileSizeCap() throws {
        // 1 MB limit; the file is 1 MB + 1 byte: header, then padding in a quoted field.
        let header = "verhuring_id;datum;gemeente\n"
        let big =
            header + "V1;2026-01-05;\"" + String(repeating: "x", count: Limits.megabyte - header.count - 16) + "\"\n"
        #expect(big.utf8.count == Limits.megabyte + 1)
        let dataset = try TemporaryInput.ingest(
            ["verhuringen_corp-a_2026-H1.csv": .text(big), "verhuringen_corp-b_2026-H1.csv": .text(Self.good)],
            config: TemporaryInput.smallRegion + "\n[limieten]\nbestand_mb = 1\nveld_kb = 2048\n")
        let rejects = dataset.rejects(in: "verhuringen_corp-a_2026-H1.csv")
        #expect(
            rejects.map(\.reason) == [
                "het bestand is groter dan de limiet van 1 MB; het hele bestand is afgewezen "
                    + "(verhoog zo nodig bestand_mb onder [limieten] in regio.toml)"
            ])
        #expect(dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv")?.rejectedAsFile == true)
        // Still named by its bytes (the XML's levering@sha256 is required): the same as hashing them whole.
        #expect(dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv")?.sha256 == Fingerprint.sha256(Array(big.utf8)))
        #expect(dataset.delivery(at: "verhuringen_corp-b_2026-H1.csv")?.used == 2)
    }

    @Test("a field over veld_kb rejects its row and reading goes on; in the header it rejects the file")
    func fieldCap() throws {
        // veld_kb = 1: 1024 bytes pass, 1025 do not. Row 2 (line 3) has a 1025-byte gemeente field, quoted
        // with a line break in it, so the next record starts on line 5.
        let long = String(repeating: "a", count: 1024) + "\n"
        let csv = "verhuring_id;datum;gemeente\nV1;2026-01-05;GM0153\nV2;2026-01-06;\"\(long)\"\nV3;2026-01-07;GM0164\n"
        let limited = TemporaryInput.smallRegion + "\n[limieten]\nveld_kb = 1\n"
        let dataset = try TemporaryInput.ingest(
            [
                "verhuringen_corp-a_2026-H1.csv": .text(csv),
                "verhuringen_corp-b_2026-H1.csv": .text("verhuring_id;datum;\(long.dropLast())x\nV9;2026-01-01\n"),
            ], config: limited)
        let rejects = dataset.rejects(in: "verhuringen_corp-a_2026-H1.csv")
        #expect(rejects.map(\.location.line) == [3])
        #expect(rejects.first?.reason.contains("langer dan de limiet van 1 KB") == true)
        #expect(rejects.first?.reason.contains("veld_kb") == true)
        let delivery = try #require(dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
        // 3 records read = 2 used + 1 rejected.
        #expect((delivery.records, delivery.used, delivery.rejected) == (3, 2, 1))
        let header = dataset.rejects(in: "verhuringen_corp-b_2026-H1.csv")
        #expect(header.first?.reason.hasPrefix("een veld van de kopregel is langer dan de limiet van 1 KB") == true)
    }

    @Test("more records than regels_per_bestand reject the file as a whole, and the account still adds up")
    func rowCap() throws {
        let csv = Self.good + "V3;2026-03-01;GM0183;\n"
        let dataset = try TemporaryInput.ingest(
            ["verhuringen_corp-a_2026-H1.csv": .text(csv), "verhuringen_corp-b_2026-H1.csv": .text(Self.good)],
            config: TemporaryInput.smallRegion + "\n[limieten]\nregels_per_bestand = 2\n")
        let delivery = try #require(dataset.delivery(at: "verhuringen_corp-a_2026-H1.csv"))
        // 3 records read = 0 used + 3 rejected.
        #expect((delivery.records, delivery.used, delivery.rejected, delivery.rejectedAsFile) == (3, 0, 3, true))
        #expect(
            dataset.rejects(in: "verhuringen_corp-a_2026-H1.csv").map(\.reason) == [
                "het bestand heeft 3 regels, meer dan de limiet van 2; het hele bestand is afgewezen "
                    + "(verhoog zo nodig regels_per_bestand onder [limieten] in regio.toml)"
            ])
        // Exactly at the limit is fine.
        #expect(dataset.delivery(at: "verhuringen_corp-b_2026-H1.csv")?.used == 2)
    }

    @Test("the default periode is the latest that has started; a delivery for a later period is a problem")
    func futurePeriod() throws {
        try TemporaryInput.with(
            config: TemporaryInput.smallRegion,
            files: [
                "verhuringen_corp-a_2025-H2.csv": .text("verhuring_id;datum;gemeente\nV0;2025-08-01;GM0153\n"),
                "verhuringen_corp-a_2026-H1.csv": .text(Self.good),
                "verhuringen_corp-b_2062-H1.csv": .text("verhuring_id;datum;gemeente\nW1;2026-01-09;GM0153\n"),
            ]
        ) { input in
            // 2026-07-01 00:00 UTC: 2026-H2 has started, but has no delivery; 2062-H1 lies in the future.
            let july = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated)
            #expect(july.latest == Period("2026-H1"))
            // Its letting is also dated outside the delivery's period: that notice is no problem of its own.
            let future = july.dataset.notices(in: "verhuringen_corp-b_2062-H1.csv").filter(\.isProblem)
            #expect(future.count == 1)
            #expect(future.first?.isProblem == true)
            #expect(future.first?.message.hasPrefix("levering voor periode 2062-H1, die ligt in de toekomst") == true)
            #expect(july.dataset.hasProblems(missing: []))
            // Its row still counts in its own period (2026-H1): the delivery is read.
            #expect(july.dataset.delivery(at: "verhuringen_corp-b_2062-H1.csv")?.used == 1)
            // 2026-01-01 00:00:00 UTC: 2026-H1 has just started; one second earlier it has not.
            let newYear = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: 1_767_225_600)
            #expect(newYear.latest == Period("2026-H1"))
            let eve = try Pipeline.intake(
                configPath: input.configPath, inputPath: input.inputPath, generated: 1_767_225_599)
            #expect(eve.latest == Period("2025-H2"))
            #expect(eve.dataset.notices.filter(\.isProblem).count == 2)
            // --periode may still name a future period with deliveries.
            #expect(try Pipeline.period(Period("2062-H1"), of: july) == Period("2062-H1"))
        }
    }

    @Test("only deliveries for periods that have not started: a run without --periode is an input error")
    func onlyFuture() throws {
        _ = try TemporaryInput.with(
            config: TemporaryInput.smallRegion,
            files: ["verhuringen_corp-a_2062-H1.csv": .text(Self.good)]
        ) { input in
            #expect(throws: MonitorError.self) {
                try Pipeline.intake(
                    configPath: input.configPath, inputPath: input.inputPath, generated: TestTime.generated)
            }
        }
    }
}
