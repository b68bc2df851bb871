import Testing

@testable import VerdeelMonitor

/// rows read = used + rejected + buiten regio + superseded, for every delivery of one messy input.
///
/// The expected counts are worked out by hand from the fixture, row by row, in the comments.
@Suite("Accounting identity")
struct AccountingTests {
    static let ids = [
        "VA-0001", "VA-0002", "VA-0003", "VA-0004", "VA-0005", "VA-0006", "VA-0007", "VA-0008",
        "VA-0009", "VA-0010", "VA-0011", "VB-0001", "VB-0002", "VB-0101", "VB-0102", "VB-0103",
        "VX-0001", "UE-7001", "UE-7002", "UE-7003", "UE-7004", "UE-7005", "UH-8001", "UA-9001",
        "UA-9002", "UT-6001",
    ]

    static let files: [String: InputBytes] = [
        // Superseded by v2: 3 records, all superseded, none checked.
        "2026H1/verhuringen_corp-a_2026-H1.csv": """
        verhuring_id;datum;gemeente;urgentie;urgentienummer
        VA-0001;2026-01-10;GM0153;MZ;
        VA-0002;2026-02-10;GM0164;;
        VA-0003;31-02-2026;GM0153;;
        """,
        // 9 records: used 3 (lines 3, 9, 12), rejected 4 (4 repeat, 6 Almelo, 10 width, 11 date), buiten regio 1
        // (line 5), superseded 1 (line 2, corrected in the H2 delivery); line 8 (only delimiters) is no record.
        "2026H1/verhuringen_corp-a_2026-H1_v2.csv": """
        verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente
        VA-0001;10-01-2026;Enschede;MZ;UE-7001;GM0153
        VA-0002;2026/02/10;Hengelo;;;
        VA-0002;2026-02-11;GM0164;;;
        VA-0004;2026-03-01;GM0363;;;
        VA-0005;2026-03-02;Almelo;;;

        ;;;;;
        VA-0006;2026-07-02;GM0183;;;
        VA-0007;2026-04-01;GM0153;;;;extra
        VA-0008;31-02-2026;GM0153;;;
        VA-0009;2026-05-05;gemeente enschede;VO;;0164
        """,
        // BOM, commas, CRLF: 3 records, all used (VA-0001 dated in H1: used, with a notice).
        "2026H2/verhuringen_corp-a_2026-H2.csv": .raw(
            [0xEF, 0xBB, 0xBF]
                + Array(
                    ("verhuring_id,datum,gemeente,urgentie,urgentienummer\r\nVA-0001,2026-01-10,GM0153,MZ,UE-7001\r\n"
                        + "VA-0010,1-7-2026,GM0164,DG,\r\n\"VA-0011\",\"2026-08-01\",\"GM0153\",\"\",\"\"\r\n").utf8)),
        // No gemeente column: 2 records, both rejected (one reject at line 1).
        "verhuringen_corp-b_2026-H1.csv": "verhuring_id;datum\nVB-0001;2026-01-01\nVB-0002;2026-01-02\n",
        // Line 3 opens a quote that never closes: 1 record used, 1 (the rest of the file) rejected.
        "verhuringen_corp-b_2026-H2.csv":
            "verhuring_id;datum;gemeente\nVB-0101;2026-09-01;Tubbergen\n\"VB-0102;2026-09-02;Tubbergen\nVB-0103;2026-09-03;Tubbergen\n",
        // Unknown corporation: 1 record, used.
        "verhuringen_corp-x_2026-H1.csv": "verhuring_id;datum;gemeente;urgentie\nVX-0001;2026-02-01;Tubbergen;LOK\n",
        // 4 records: UE-7001 superseded by H2, UE-7002 used, UE-7003 (code XX) and UE-7004 (no datum_besluit) rejected.
        "urgentie_GM0153_2026-H1.csv": """
        urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit
        UE-7001;2026-01-05;MZ;;
        UE-7002;2026-02-01;MED;afgewezen;2026-03-01
        UE-7003;2026-02-02;XX;;
        UE-7004;2026-02-03;GGZ;toegekend;
        """,
        "urgentie_GM0153_2026-H2.csv":
            "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit\nUE-7001;2026-01-05;MZ;toegekend;2026-07-15\nUE-7005;2026-07-20;DG;;\n",
        // Windows-1252 (0xE9 = é): 1 record, used.
        "urgentie_GM0164_2026-H1.csv": .raw(
            Array(
                "urgentienummer;datum_aanvraag;categorie;besluit;datum_besluit;reden\nUH-8001;2026-03-03;VO;toegekend;2026-04-04;sociaal netwerk (caf"
                    .utf8)
                + [0xE9] + Array(")\n".utf8)),
        // Outside the region: 2 records, both buiten regio (the bad code is not checked).
        "urgentie_0363_2026-H1.csv":
            "urgentienummer;datum_aanvraag;categorie\nUA-9001;2026-01-01;MZ\nUA-9002;2026-01-02;XX\n",
        // The same delivery twice: extra/ is read (1 record, used), the one at the top is rejected as a file.
        "extra/urgentie_GM0183_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nUT-6001;2026-02-02;SW\n",
        "urgentie_GM0183_2026-H1.csv": "urgentienummer;datum_aanvraag;categorie\nUT-6001;2026-02-02;SW\n",
        // 3 records: Enschede used, GM0363 buiten regio, -1 rejected.
        "voorraad_GM0153_2026-H1.csv": "gemeente;toegevoegd;onttrokken\nEnschede;5;2\nGM0363;1;0\nHengelo;-1;0\n",
        "leesmij.txt": "niet herkend",
        "verhuringen_corp-a_2026-H3.csv": "niet herkend",
    ]

    /// path: records, used, rejected, buiten regio, superseded.
    static let expected: [String: [Int]] = [
        "2026H1/verhuringen_corp-a_2026-H1.csv": [3, 0, 0, 0, 3],
        "2026H1/verhuringen_corp-a_2026-H1_v2.csv": [9, 3, 4, 1, 1],
        "2026H2/verhuringen_corp-a_2026-H2.csv": [3, 3, 0, 0, 0],
        "verhuringen_corp-b_2026-H1.csv": [2, 0, 2, 0, 0],
        "verhuringen_corp-b_2026-H2.csv": [2, 1, 1, 0, 0],
        "verhuringen_corp-x_2026-H1.csv": [1, 1, 0, 0, 0],
        "urgentie_GM0153_2026-H1.csv": [4, 1, 2, 0, 1],
        "urgentie_GM0153_2026-H2.csv": [2, 2, 0, 0, 0],
        "urgentie_GM0164_2026-H1.csv": [1, 1, 0, 0, 0],
        "urgentie_0363_2026-H1.csv": [2, 0, 0, 2, 0],
        "extra/urgentie_GM0183_2026-H1.csv": [1, 1, 0, 0, 0],
        "voorraad_GM0153_2026-H1.csv": [3, 1, 1, 1, 0],
    ]

    @Test("every delivery has its hand-counted records, used, rejected, buiten regio and superseded, and balances")
    func everyDelivery() throws {
        let dataset = try TemporaryInput.ingest(Self.files)
        #expect(dataset.deliveries.count == Self.expected.count)
        for delivery in dataset.deliveries {
            let counts = [
                delivery.records, delivery.used, delivery.rejected, delivery.outsideRegion, delivery.superseded,
            ]
            #expect(counts == Self.expected[delivery.path], "\(delivery.path)")
            #expect(delivery.isBalanced, "\(delivery.path)")
            let status: Delivery.Status =
                delivery.path.hasPrefix("2026H1/") && delivery.name.version == 1 ? .vervangen : .gebruikt
            #expect(delivery.status == status, "\(delivery.path)")
        }
        #expect(dataset.unrecognised == ["leesmij.txt", "verhuringen_corp-a_2026-H3.csv"])
        #expect(dataset.lettings.count == 8)  // 3 from v2, 3 from H2, 1 from corp-b H2, 1 from corp-x
        #expect(dataset.register.count == 5)  // UE-7002, UE-7001 (H2), UE-7005, UH-8001, UT-6001
        #expect(
            dataset.stock == [
                StockChange(
                    municipality: MunicipalityCode("GM0153")!, period: Period("2026-H1")!,
                    added: 5, removed: 2)
            ])
    }

    @Test("every reject names its file; every row reject its line; the rejected rows add up")
    func rejectsAreLocated() throws {
        let dataset = try TemporaryInput.ingest(Self.files)
        // 4 + 1 (file, line 1) + 1 (quote) + 2 + 1 row rejects, and 1 for the second copy of a delivery.
        #expect(dataset.rejects.count == 10)
        let fileRejects = dataset.rejects.filter { $0.location.line == nil }
        #expect(fileRejects.map(\.location.file) == ["urgentie_GM0183_2026-H1.csv"])
        for reject in dataset.rejects {
            #expect(Self.files[reject.location.file] != nil, "\(reject.location.file) is a relative path of the input")
        }
        #expect(
            dataset.rejects(in: "2026H1/verhuringen_corp-a_2026-H1_v2.csv").map(\.location.line) == [4, 6, 10, 11])
        #expect(dataset.rejects(in: "verhuringen_corp-b_2026-H2.csv").map(\.location.line) == [3])
        #expect(dataset.rejects(in: "urgentie_GM0153_2026-H1.csv").map(\.location.line) == [4, 5])
    }

    @Test("no reject reason or notice quotes a verhuring_id or urgentienummer")
    func privacy() throws {
        let dataset = try TemporaryInput.ingest(Self.files)
        let texts = dataset.rejects.map(\.reason) + dataset.notices.map(\.message)
        #expect(!texts.isEmpty)
        for text in texts {
            for id in Self.ids {
                #expect(!text.contains(id), "'\(text)' quotes \(id)")
            }
        }
    }
}
