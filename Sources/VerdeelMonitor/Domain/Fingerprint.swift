import Crypto
import Foundation

/// The SHA-256 of a file's bytes, as lowercase hex: how the colofon, the XML and the log name a delivery or
/// configuration file, so that anyone can check which bytes a monitor was made from.
enum Fingerprint {
    /// The SHA-256 of `bytes` (swift-crypto, which uses the processor's SHA instructions where it has them).
    static func sha256(_ bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// A finished digest as lowercase hex.
    static func sha256Hex(_ digest: some Sequence<UInt8>) -> String { hex(digest) }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
