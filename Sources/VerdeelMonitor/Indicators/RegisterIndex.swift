/// The register rows by urgentienummer: an open-addressing table of row indices, 4 bytes a slot.
///
/// A `Dictionary<RecordID, Int>` would hold a copy of every key (24 bytes) and a full-width index per slot; at
/// national scale that is over 100 MB for the register alone (docs/performance.md). This table holds only row
/// indices and compares a candidate's key with the row's own. Slots are found by `RecordID.fingerprint(_:)`, not by
/// `Hasher`.
struct RegisterIndex: Sendable {
    /// Per slot: a row index, or -1 when empty. The slot count is a power of two, at least twice the rows.
    private var slots: [Int32]
    private let mask: Int
    private let seed = RecordID.fingerprintSeed

    /// An empty table for up to `count` rows.
    init(capacity count: Int) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The row of `register` with `key`, if one was inserted.
    func row(_ key: RecordID, in register: [UrgencyRecord]) -> Int? {
        var slot = Int(truncatingIfNeeded: key.fingerprint(seed) >> 17) & mask
        while true {
            let row = slots[slot]
            if row < 0 { return nil }
            if register[Int(row)].key == key { return Int(row) }
            slot = (slot + 1) & mask
        }
    }

    /// Inserts row `index` of `register` under its key; returns the row already there with that key, if any (which
    /// then stays).
    mutating func insert(_ index: Int, of register: [UrgencyRecord]) -> Int? {
        let key = register[index].key
        var slot = Int(truncatingIfNeeded: key.fingerprint(seed) >> 17) & mask
        while true {
            let row = slots[slot]
            if row < 0 {
                slots[slot] = Int32(index)
                return nil
            }
            if register[Int(row)].key == key { return Int(row) }
            slot = (slot + 1) & mask
        }
    }
}
