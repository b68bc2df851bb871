import Foundation
import Testing

@testable import VerdeelMonitor

/// Reading deliveries in parallel groups (docs/performance.md): the dataset is the one a reading in discovery
/// order gives, whatever the scheduling, and values read from bytes mean what the text rules say.
@Suite("Reading in parallel groups, values from bytes")
struct ParallelReadingTests {
    /// Tubbergen (GM0183) took over GM0152, so the register of GM0152 and GM0183 is one group, and Hengelo's
    /// (GM0164) lies between them in discovery order (files sort by bron).
    static let config = RegioTOML(
        code: "test", naam: "Testregio",
        gemeenten: [
            .init(code: "GM0164", naam: "Hengelo", huishoudens: 40000),
            .init(code: "GM0183", naam: "Tubbergen", huishoudens: 8000, lines: [#"voorgangers = ["0152"]"#]),
        ],
        corporaties: [.init(code: "corp-a", naam: "Woonstichting A")]
    ).text

    static let header = "urgentienummer;datum_aanvraag;categorie\n"

    @Test("groups whose files interleave give rows, rejects and deliveries in discovery order")
    func interleavedGroups() throws {
        let data = try TemporaryInput.ingest(
            [
                "urgentie_GM0152_2026-H1.csv": .text(Self.header + "P-1;2026-01-05;MED\nP-2;2026-01-06;XX\n"),
                "urgentie_GM0164_2026-H1.csv": .text(Self.header + "H-1;2026-02-01;DG\nH-2;geen;DG\n"),
                "urgentie_GM0183_2026-H1.csv": .text(Self.header + "T-1;2026-03-01;MO\nP-3;2026-03-02;MO\n"),
            ], config: Self.config)
        // Discovery order is GM0152, GM0164, GM0183; the first and the last file are one group (GM0183).
        #expect(data.register.map(\.number) == ["P-1", "H-1", "T-1", "P-3"])
        #expect(
            data.register.map(\.municipality.value) == ["GM0183", "GM0164", "GM0183", "GM0183"])
        #expect(
            data.rejects.map { "\($0.location.file):\($0.location.line ?? 0)" } == [
                "urgentie_GM0152_2026-H1.csv:3", "urgentie_GM0164_2026-H1.csv:3",
            ])
        #expect(
            data.deliveries.map(\.path) == [
                "urgentie_GM0152_2026-H1.csv", "urgentie_GM0164_2026-H1.csv", "urgentie_GM0183_2026-H1.csv",
            ])
        #expect(data.deliveries.map(\.used) == [1, 1, 2])
    }

    @Test("a key repeated in a later delivery of the same group is superseded there, not in another group")
    func keysStayInTheirGroup() throws {
        // H-1 appears in Hengelo's register and in Tubbergen's: two municipalities, two records. P-1 appears under
        // the predecessor's code (2025-H2) and again under Tubbergen's own (2026-H1): one record, the later one.
        let data = try TemporaryInput.ingest(
            [
                "urgentie_GM0152_2025-H2.csv": .text(Self.header + "P-1;2025-08-01;MED\n"),
                "urgentie_GM0164_2026-H1.csv": .text(Self.header + "H-1;2026-02-01;DG\n"),
                "urgentie_GM0183_2026-H1.csv": .text(Self.header + "H-1;2026-03-01;MO\nP-1;2025-08-01;GGZ\n"),
            ], config: Self.config)
        #expect(data.register.map(\.number) == ["H-1", "H-1", "P-1"])
        #expect(data.register.map(\.category) == [.dg, .mo, .ggz])
        #expect(data.deliveries.map(\.superseded) == [1, 0, 0])
    }

    @Test("concurrentMap returns results in element order, whatever order the weights start them in")
    func concurrentMapOrder() {
        let values = Array(0..<200)
        let weights = values.map { ($0 * 7919) % 101 }
        #expect(values.concurrentMap(heaviestFirst: weights) { $0 * 3 + 1 } == values.map { $0 * 3 + 1 })
        #expect([Int]().concurrentMap(heaviestFirst: []) { $0 }.isEmpty)
    }

    @Test("a quoted value with a no-break space around it is trimmed like text, not only of ASCII spaces")
    func unicodeSpaceAroundQuotedValue() throws {
        let data = try TemporaryInput.ingest(
            [
                "verhuringen_corp-a_2026-H1.csv": .text(
                    "verhuring_id;datum;gemeente;klein_betaalbaar\n"
                        + "V-1;2026-03-01;\"\u{00A0}Hengelo\u{00A0}\";\" JA \"\n")
            ], config: Self.config)
        #expect(data.rejects.isEmpty)
        #expect(data.lettings.map(\.municipality.value) == ["GM0164"])
        #expect(data.lettings.map(\.smallAffordable) == [true])
    }

    /// Calls `body` with the UTF-8 bytes of `text`.
    private func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }

    @Test("ja/nee from bytes: ASCII in any case; a control byte is no digit; other text as the text rules say")
    func flagFromBytes() {
        #expect(bytes("JA") { Values.flag(utf8: $0) } == true)
        #expect(bytes("False") { Values.flag(utf8: $0) } == false)
        #expect(bytes("") { Values.flag(utf8: $0) } == false)
        // 0x11 | 0x20 is 0x31 ("1"): a comparison that folds case by setting a bit would take it for "1".
        #expect(bytes("\u{11}") { Values.flag(utf8: $0) } == nil)
        #expect(bytes("jä") { Values.flag(utf8: $0) } == nil)
    }

    @Test("urgency codes and closed words from bytes agree with the text rules, also beyond ASCII")
    func codesFromBytes() {
        #expect(bytes("ggz") { Values.urgencyCode(utf8: $0) } == .ggz)
        #expect(bytes("Lok") { Values.urgencyCode(utf8: $0) } == .lok)
        #expect(bytes("M\u{11}") { Values.urgencyCode(utf8: $0) } == nil)
        // A leading NUL byte is a character too: "\0MZ" is no code.
        #expect(bytes("\u{0}MZ") { Values.urgencyCode(utf8: $0) } == nil)
        #expect(bytes("MZZ") { Values.urgencyCode(utf8: $0) } == nil)
        // U+017F (long s) upper-cases to "S", so "ſw" is SW by the text rules (String.uppercased()).
        #expect(bytes("\u{017F}w") { Values.urgencyCode(utf8: $0) } == .sw)
        #expect(bytes("ToeGEKend") { Values.lowercased(utf8: $0) } == "toegekend")
        // U+212A (Kelvin sign) lower-cases to "k".
        #expect(bytes("TOEGE\u{212A}END") { Values.lowercased(utf8: $0) } == "toegekend")
    }

    @Test("counts from bytes: digits only, leading zeros allowed, at most 1,000,000")
    func countsFromBytes() {
        #expect(Values.count(utf8: Array("0001000000".utf8)) == 1_000_000)
        #expect(Values.count(utf8: Array("1000001".utf8)) == nil)
        #expect(Values.count(utf8: Array("00000000".utf8)) == 0)
        #expect(Values.count(utf8: Array("12345678".utf8)) == nil)
        #expect(Values.count(utf8: Array("1 2".utf8)) == nil)
        #expect(Values.count(utf8: [UInt8]()) == nil)
    }
}
