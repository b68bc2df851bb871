import Testing

@testable import VerdeelMonitor

/// Record identifiers with a value (`RecordTable`), looked up by fingerprint with an exact check.
@Suite("Record table")
struct RecordTableTests {
    @Test("a new key is inserted; a key already there keeps its first value and gives it back")
    func insertKeepsTheFirst() {
        var table = RecordTable(capacity: 4, filler: 0)
        #expect(table.insert(RecordID("A"), 1) == nil)
        #expect(table.insert(RecordID("B"), 2) == nil)
        #expect(table.insert(RecordID("A"), 3) == 1)
        #expect(table.insert(RecordID("A"), 4) == 1)
        #expect(table.insert(RecordID("B"), 5) == 2)
    }

    @Test("keys that share their bytes up to a length, or are longer than 16 bytes, stay apart")
    func nearKeysStayApart() {
        // "A" and "A\0" have the same zero-padded words and differ only in their byte count.
        let keys = ["", "A", "A\u{0}", "A\u{0}\u{0}", "C001-21H2-000001", "C001-21H2-0000011", "C001-21H2-0000012"]
        var table = RecordTable(capacity: keys.count, filler: -1)
        for (value, key) in keys.enumerated() { #expect(table.insert(RecordID(key), value) == nil) }
        for (value, key) in keys.enumerated() { #expect(table.insert(RecordID(key), 99) == value) }
    }

    @Test("a table filled to its capacity finds every key, with long runs of neighbouring slots")
    func fullTable() {
        // 8,192 keys in 16,384 slots: the fullest a table of that capacity gets.
        let count = 8_192
        var table = RecordTable(capacity: count, filler: -1)
        for index in 0..<count { #expect(table.insert(RecordID("U0153-2026-\(index)"), index) == nil) }
        var found = 0
        for index in 0..<count where table.insert(RecordID("U0153-2026-\(index)"), -2) == index { found += 1 }
        #expect(found == count)
        #expect(table.insert(RecordID("U0153-2026-\(count)"), 0) == nil)
    }
}
