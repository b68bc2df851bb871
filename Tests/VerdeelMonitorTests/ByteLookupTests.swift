import Testing

@testable import VerdeelMonitor

/// The byte-level lookups of a row's values: municipality texts by their bytes (`ByteTextTable`) and the ASCII
/// path of `String.comparable`.
@Suite("Byte lookups")
struct ByteLookupTests {
    static func look(_ table: ByteTextTable, _ text: String) -> MunicipalityCode? {
        Array(text.utf8).withUnsafeBufferPointer { table.code($0) }
    }

    @Test("a text is found only byte for byte: another case, a prefix or an extra byte finds nothing")
    func exactBytes() {
        let enschede = MunicipalityCode("GM0153")!
        let hengelo = MunicipalityCode("GM0164")!
        let table = ByteTextTable(["Enschede": enschede, "Gemeente Enschede": enschede, "Hengelo": hengelo])
        #expect(Self.look(table, "Enschede") == enschede)
        #expect(Self.look(table, "Gemeente Enschede") == enschede)
        #expect(Self.look(table, "Hengelo") == hengelo)
        #expect(Self.look(table, "enschede") == nil)
        #expect(Self.look(table, "Ensched") == nil)
        #expect(Self.look(table, "Enschede ") == nil)
        #expect(Self.look(table, "Gemeente Enschedf") == nil)
        #expect(Self.look(table, "") == nil)
        #expect(Self.look(ByteTextTable(), "Enschede") == nil)
    }

    @Test("a name in another Unicode normalisation than configured is still found by the directory")
    func canonicalEquivalence() throws {
        // "Súdwest" with a precomposed ú in the configuration, written with u + combining acute in a row.
        let config = try RegionConfig.parse(
            RegioTOML(
                code: "t", naam: "T", gemeenten: [.init(code: "GM1900", naam: "S\u{FA}dwest", huishoudens: 1000)]
            ).text)
        let directory = MunicipalityDirectory(config)
        let decomposed = Array("Su\u{301}dwest".utf8)
        #expect(decomposed.withUnsafeBufferPointer { directory.code(utf8: $0) } == MunicipalityCode("GM1900"))
    }

    @Test("a name or alias in capitals or lower case is found by its bytes, with the code of the name")
    func casedNames() throws {
        let config = try RegionConfig.parse(
            RegioTOML(
                code: "t", naam: "T",
                gemeenten: [
                    .init(code: "GM1900", naam: "S\u{FA}dwest", huishoudens: 1000),
                    .init(code: "GM0153", naam: "Enschede", huishoudens: 1000),
                ]
            ).text)
        let directory = MunicipalityDirectory(config)
        func code(_ text: String) -> MunicipalityCode? {
            Array(text.utf8).withUnsafeBufferPointer { directory.code(utf8: $0) }
        }
        #expect(code("ENSCHEDE") == MunicipalityCode("GM0153"))
        #expect(code("enschede") == MunicipalityCode("GM0153"))
        #expect(code("S\u{DA}DWEST") == MunicipalityCode("GM1900"))
        #expect(code("s\u{FA}dwest") == MunicipalityCode("GM1900"))
        #expect(code("ENSCHEDEX") == nil)
    }

    @Test("ASCII text is lowered, its white space collapsed and trimmed, as for any other text")
    func asciiComparable() {
        #expect("  Gemeente\tVEENBURG \r\n".comparable == "gemeente veenburg")
        #expect("a\u{0B}\u{0C}b".comparable == "a b")
        #expect("".comparable == "")
        #expect(" \t ".comparable == "")
        #expect("Wonen-Zorg (MZ)".comparable == "wonen-zorg (mz)")
        // Not ASCII: the Unicode path, with its own white space (no-break space) and lower case.
        #expect("\u{A0}Súdwest\u{A0}FRYSLÂN".comparable == "súdwest fryslân")
    }
}
