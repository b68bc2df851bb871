import Testing

@testable import VerdeelMonitor

/// Notices that a delivery gives once per row (lettings dated outside its period) are counted per delivery in the
/// log, with the details at `--log-level debug`.
@Suite("Counted notices")
struct CountedNoticeTests {
    static let header = "verhuring_id;datum;gemeente;urgentie;urgentienummer;herkomstgemeente\n"

    @Test("three lettings of a 2026-H1 delivery dated in 2025 give one log line with the count, then three details")
    func oneLinePerDelivery() throws {
        let dataset = try TemporaryInput.ingest([
            "verhuringen_corp-a_2026-H1.csv": .text(
                Self.header + "V1;2025-12-01;GM0153;;;\nV2;2026-02-01;GM0153;;;\n"
                    + "V3;2025-07-15;GM0164;;;\nV4;2024-03-01;GM0153;;;\n"),
            "verhuringen_corp-b_2026-H1.csv": .text(Self.header + "W1;2025-11-30;GM0153;;;\n"),
        ])
        let lines = Summary.noticeLines(dataset.notices)
        #expect(
            lines.map(\.text) == [
                "let op: verhuringen_corp-a_2026-H1.csv: 3 verhuringen gedateerd buiten de periode van de levering (2026-H1)",
                "let op: verhuringen_corp-a_2026-H1.csv:2: verhuring gedateerd buiten de periode van de levering (2026-H1); geteld in 2025-H2",
                "let op: verhuringen_corp-a_2026-H1.csv:4: verhuring gedateerd buiten de periode van de levering (2026-H1); geteld in 2025-H2",
                "let op: verhuringen_corp-a_2026-H1.csv:5: verhuring gedateerd buiten de periode van de levering (2026-H1); geteld in 2024-H1",
                // One such letting in a delivery: its own line, as before.
                "let op: verhuringen_corp-b_2026-H1.csv:2: verhuring gedateerd buiten de periode van de levering (2026-H1); geteld in 2025-H2",
            ])
        #expect(lines.map(\.level) == [.notice, .debug, .debug, .debug, .notice])
    }

    @Test("notices without a count keep their place and text among counted ones")
    func uncountedStay() {
        let counted = "dingen"
        let notices = [
            Notice(SourceLocation(file: "a.csv", line: 2), "x", counted: counted),
            Notice(SourceLocation(file: "b.csv"), "kolommen genegeerd: y"),
            Notice(SourceLocation(file: "a.csv", line: 3), "x", counted: counted),
        ]
        let lines = Summary.noticeLines(notices)
        #expect(
            lines.map(\.text) == [
                "let op: a.csv: 2 dingen", "let op: a.csv:2: x", "let op: a.csv:3: x",
                "let op: b.csv: kolommen genegeerd: y",
            ])
        #expect(lines.map(\.level) == [.notice, .debug, .debug, .notice])
    }
}
