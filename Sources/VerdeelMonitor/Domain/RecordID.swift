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
