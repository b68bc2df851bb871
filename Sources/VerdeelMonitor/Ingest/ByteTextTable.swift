/// Texts with a municipality code, found by their UTF-8 bytes in an open-addressing table: the lookup of a
/// municipality name or alias as written, for every row (`MunicipalityDirectory.code(utf8:)`), without making a
/// `String` or running `Hasher`.
///
/// The table is built once from the configuration and never changes, so how input probes it does not change how
/// long a lookup takes.
struct ByteTextTable: Sendable {
    private var tags: [UInt64] = []
    private var texts: [[UInt8]] = []
    private var codes: [MunicipalityCode?] = []
    private var mask = 0

    init() {}

    init(_ entries: [String: MunicipalityCode]) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        tags = Array(repeating: 0, count: size)
        texts = Array(repeating: [], count: size)
        codes = Array(repeating: nil, count: size)
        mask = size - 1
        for (text, code) in entries {
            let bytes = Array(text.utf8)
            let tag = bytes.withUnsafeBufferPointer(Self.fingerprint)
            var slot = Int(truncatingIfNeeded: tag >> 17) & mask
            while codes[slot] != nil { slot = (slot + 1) & mask }
            (tags[slot], texts[slot], codes[slot]) = (tag, bytes, code)
        }
    }

    /// The code of the text with exactly these bytes, if there is one.
    func code(_ bytes: UnsafeBufferPointer<UInt8>) -> MunicipalityCode? {
        guard mask > 0 else { return nil }
        let tag = Self.fingerprint(bytes)
        var slot = Int(truncatingIfNeeded: tag >> 17) & mask
        while let code = codes[slot] {
            if tags[slot] == tag, texts[slot].elementsEqual(bytes) { return code }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Eight bytes at a time, each word folded in with a multiply; never 0.
    private static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var word: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            word |= UInt64(byte) << (UInt64(index & 7) * 8)
            if index & 7 == 7 || index == bytes.count - 1 {
                let folded = (hash ^ word).multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
                hash = folded.high ^ folded.low
                word = 0
            }
        }
        return hash | 1
    }
}
