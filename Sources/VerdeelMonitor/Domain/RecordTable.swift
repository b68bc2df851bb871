/// Record identifiers, each with a value, in an open-addressing table sized up front: the in-delivery check for a
/// repeated key and the latest row per key (`GroupReading`) look up every keyed row of a national run.
///
/// A slot holds the key's fingerprint (`RecordID.fingerprint(_:)`), the key and its value; a lookup compares
/// fingerprints and checks the key itself only on a match, so no `Hasher` runs and two keys never merge. The table
/// never grows: it is made for at most `capacity` keys.
struct RecordTable<Value> {
    /// Per slot: the fingerprint with its lowest bit set, or 0 when the slot is empty.
    private var tags: [UInt64]
    private var keys: [RecordID]
    private var values: [Value]
    private let mask: Int
    private let seed = RecordID.fingerprintSeed

    /// A table for up to `capacity` keys; `filler` fills the empty slots' values.
    init(capacity: Int, filler: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        tags = Array(repeating: 0, count: size)
        keys = Array(repeating: RecordID(utf8: UnsafeBufferPointer(start: nil, count: 0)), count: size)
        values = Array(repeating: filler, count: size)
        mask = size - 1
    }

    /// Inserts `key` with `value` unless the table holds `key`; then it keeps the value it has and returns it.
    @inline(__always)
    mutating func insert(_ key: RecordID, _ value: Value) -> Value? {
        let tag = key.fingerprint(seed) | 1
        var slot = Int(truncatingIfNeeded: tag >> 17) & mask
        while true {
            let found = tags[slot]
            if found == 0 {
                tags[slot] = tag
                keys[slot] = key
                values[slot] = value
                return nil
            }
            if found == tag, keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
    }
}
