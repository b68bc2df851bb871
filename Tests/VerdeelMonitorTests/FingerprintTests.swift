import Testing

@testable import VerdeelMonitor

/// SHA-256 against the test vectors of FIPS 180-4 / NIST, and as the fingerprint of a delivery's raw bytes.
@Suite("SHA-256")
struct FingerprintTests {
    @Test("the empty message")
    func empty() {
        #expect(Fingerprint.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("\"abc\" (one block)")
    func abc() {
        #expect(
            Fingerprint.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the 448-bit message: padding spills into a second block")
    func twoBlocks() {
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(message.count == 56)
        #expect(Fingerprint.sha256(message) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("the 896-bit message")
    func longMessage() {
        let message = Array(
            ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8)
        #expect(message.count == 112)
        #expect(Fingerprint.sha256(message) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("one million times \"a\"")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Fingerprint.sha256(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("a digest is 64 lowercase hex digits")
    func form() {
        let digest = Fingerprint.sha256(Array("verdeelmonitor".utf8))
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("a delivery's sha256 is over the file's raw bytes, even when the file is rejected")
    func deliveryFingerprint() throws {
        let dataset = try TemporaryInput.ingest(["voorraad_GM0153_2026-H1.csv": .raw(Array("abc".utf8))])
        let delivery = try #require(dataset.delivery(at: "voorraad_GM0153_2026-H1.csv"))
        #expect(delivery.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
