import Testing

@testable import VerdeelMonitor

/// The register by urgentienummer (`RegisterIndex`), which holds only row indices.
@Suite("Register index")
struct RegisterIndexTests {
    static func rows(_ numbers: [String]) -> [UrgencyRecord] {
        numbers.map {
            UrgencyRecord(
                number: $0, municipality: MunicipalityCode("GM0153")!, applied: day("2026-01-01"), category: .mo)
        }
    }

    @Test("every number finds its own row, also when the table is full of collisions; an unknown number none")
    func lookups() {
        // 1,000 rows in a table of 2,048 slots: runs of neighbours are certain.
        let register = Self.rows((0..<1000).map { "U-\($0)" } + ["een-nummer-van-meer-dan-16-bytes"])
        var index = RegisterIndex(capacity: register.count)
        for row in register.indices { #expect(index.insert(row, of: register) == nil) }
        #expect(index.row(RecordID("U-0"), in: register) == 0)
        #expect(index.row(RecordID("U-999"), in: register) == 999)
        #expect(index.row(RecordID("een-nummer-van-meer-dan-16-bytes"), in: register) == 1000)
        #expect(index.row(RecordID("U-1000"), in: register) == nil)
        #expect(index.row(RecordID(""), in: register) == nil)
    }

    @Test("a second row with a number gives the first row back and leaves it in place")
    func repeatedNumber() {
        let register = Self.rows(["A", "B", "A", "A"])
        var index = RegisterIndex(capacity: register.count)
        #expect([0, 1, 2, 3].map { index.insert($0, of: register) } == [nil, nil, 0, 0])
        #expect(index.row(RecordID("A"), in: register) == 0)
        #expect(index.row(RecordID("B"), in: register) == 1)
    }
}
