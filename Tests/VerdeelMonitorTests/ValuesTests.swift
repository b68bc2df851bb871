import Testing

@testable import VerdeelMonitor

/// How export fields are read: dates, booleans, codes, counts and municipalities (contract, "Values").
@Suite("Values")
struct ValuesTests {
    @Test("a date is JJJJ-MM-DD or DD-MM-JJJJ, also with '/', with or without leading zeros")
    func dates() {
        let forms = ["2026-03-01", "2026-3-1", "01-03-2026", "1-3-2026", "01/03/2026", "1/3/2026", "2026/03/01"]
        for text in forms {
            #expect(Values.day(text)?.description == "2026-03-01", "\(text)")
        }
        #expect(Values.day("31-12-2025")?.description == "2025-12-31")
        #expect(Values.day("29-02-2024")?.description == "2024-02-29")
    }

    @Test("a date that does not exist or is written otherwise is not read")
    func invalidDates() {
        for text in [
            "31-02-2026", "29-02-2026", "2026-13-01", "2026-00-10", "12-2026-01", "", "2026-1-1x",
            "2026-03", "2026-03-01-01", "01-03-26", "2026-03/01", "20260301", "2026-003-01",
            "1 maart 2026", "--", "+1-3-2026", "2026-03-01T00:00",
        ] {
            #expect(Values.day(text) == nil, "\(text) is not a date")
        }
    }

    @Test("booleans: ja/nee, j/n, 1/0, true/false in any case; empty is no")
    func booleans() {
        for text in ["ja", "JA", "Ja", "j", "J", "1", "true", "TRUE", "True"] {
            #expect(Values.flag(text) == true, "\(text)")
        }
        for text in ["nee", "NEE", "n", "N", "0", "false", "False", ""] {
            #expect(Values.flag(text) == false, "\(text)")
        }
        for text in ["misschien", "yes", "no", "2", "waar"] {
            #expect(Values.flag(text) == nil, "\(text)")
        }
    }

    @Test("category codes: the statutory nine, VH and LOK in any case; anything else is unknown")
    func codes() {
        #expect(Values.urgencyCode("mz") == .mz)
        #expect(Values.urgencyCode("Med") == .med)
        #expect(Values.urgencyCode("VH") == .vh)
        #expect(Values.urgencyCode("lok") == .lok)
        #expect(Values.urgencyCode("XX") == nil)
        #expect(Values.urgencyCode("") == nil)
    }

    @Test("voorraad and zoekers counts are whole numbers from 0 to 1.000.000, leading zeros allowed")
    func counts() {
        #expect(Values.count("0") == 0)
        #expect(Values.count("12") == 12)
        #expect(Values.count("000") == 0)
        #expect(Values.count("00000000012") == 12)
        #expect(Values.count("1000000") == 1_000_000)
        for text in ["-1", "", "1.5", "+3", "3 ", "drie", "1000001", "1.000", "99999999999999999999999"] {
            #expect(Values.count(text) == nil, "\(text)")
        }
    }

    static let directory = MunicipalityDirectory(
        RegionConfig(
            code: "test", naam: "Test",
            municipalities: [
                MemberMunicipality(
                    code: MunicipalityCode("GM0153")!, naam: "Enschede", households: 80000,
                    aliases: ["Gemeente Enschede"]),
                MemberMunicipality(code: MunicipalityCode("GM0164")!, naam: "Hengelo", households: 40000),
            ],
            corporations: []))

    @Test("a municipality by CBS code: GM0153, gm0153, 0153 and 153 are one municipality")
    func cbsCodes() {
        for text in ["GM0153", "gm0153", "Gm0153", "0153", "153"] {
            #expect(Self.directory.code(for: text)?.value == "GM0153", "\(text)")
        }
        for text in ["GM01530", "GM", "GMabcd", "15a"] {
            #expect(MunicipalityCode(text) == nil, "\(text)")
        }
    }

    @Test("a municipality by configured name or alias, ignoring case and extra white space")
    func names() {
        #expect(Self.directory.code(for: "Enschede")?.value == "GM0153")
        #expect(Self.directory.code(for: "ENSCHEDE")?.value == "GM0153")
        #expect(Self.directory.code(for: "gemeente enschede")?.value == "GM0153")
        #expect(Self.directory.code(for: "  gemeente   ENSCHEDE ")?.value == "GM0153")
        #expect(Self.directory.code(for: "hengelo")?.value == "GM0164")
    }

    @Test("a name that is not configured is unknown; a CBS code outside the region still resolves")
    func outsideTheRegion() {
        #expect(Self.directory.code(for: "Almelo") == nil)
        #expect(Self.directory.code(for: "Gemeente Hengelo") == nil)  // not an alias of Hengelo
        #expect(Self.directory.code(for: "") == nil)
        #expect(Self.directory.code(for: "GM0141")?.value == "GM0141")  // Almelo's code: a municipality, not ours
        #expect(Self.directory.code(for: "363")?.value == "GM0363")
    }
}
