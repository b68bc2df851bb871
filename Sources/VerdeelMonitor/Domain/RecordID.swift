/// A record's identifier (`verhuring_id`, `urgentienummer`): held in the value itself, without a heap allocation,
/// when it has at most 16 UTF-8 bytes, which is what exports use; a longer one as a `String`.
///
/// Millions of these are kept, hashed and compared at national scale (docs/performance.md); a `String` of more than
/// 15 bytes would cost an allocation and reference counting each. Equal texts give equal identifiers.
struct RecordID: Hashable, Sendable, CustomStringConvertible {
    private enum Storage: Hashable, Sendable {
        /// The bytes in two little-endian words (zero-padded), and their count.
        case inline(UInt64, UInt64, UInt8)
        case long(String)
    }

    private let storage: Storage

    func hash(into hasher: inout Hasher) {
        switch storage {
        case .inline(let low, let high, let count):
            hasher.combine(low)
            hasher.combine(high ^ UInt64(count) << 56)
        case .long(let text): hasher.combine(text)
        }
    }

    /// The most bytes held inline.
    static let inlineCapacity = 16

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.inlineCapacity else {
            storage = .long(String(decoding: bytes, as: UTF8.self))
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        storage = .inline(UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), UInt8(bytes.count))
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { RecordID(utf8: $0) }
    }

    /// A 64-bit fingerprint under `seed` (`fingerprintSeed`): equal identifiers have equal fingerprints, so a
    /// table keyed by it checks equality only on a match.
    ///
    /// Two multiply-folds of the inline words, without `Hasher`: the tables of a national run take millions
    /// (docs/performance.md). The seed is random per process, so input cannot be chosen to collide.
    @inline(__always)
    func fingerprint(_ seed: UInt64) -> UInt64 {
        switch storage {
        case .inline(let low, let high, let count):
            let first = (low ^ seed).multipliedFullWidth(by: high ^ 0x9E37_79B9_7F4A_7C15 ^ UInt64(count) << 56)
            let second = (first.high ^ first.low ^ seed >> 7).multipliedFullWidth(by: 0xBF58_476D_1CE4_E5B9)
            return second.high ^ second.low
        case .long(let text):
            var hasher = Hasher()
            hasher.combine(seed)
            hasher.combine(text)
            return UInt64(UInt(bitPattern: hasher.finalize()))
        }
    }

    /// A fingerprint seed, random per process (from `Hasher`'s own), so that input cannot be made to collide; the
    /// same in every call when `SWIFT_DETERMINISTIC_HASHING` is set.
    static var fingerprintSeed: UInt64 {
        var hasher = Hasher()
        hasher.combine(0x7665_7264_6565_6c21 as UInt64)
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }

    /// The identifier as text.
    var description: String {
        switch storage {
        case .long(let text): return text
        case .inline(let low, let high, let count):
            var words = (low.littleEndian, high.littleEndian)
            return withUnsafeBytes(of: &words) { String(decoding: $0.prefix(Int(count)), as: UTF8.self) }
        }
    }
}
