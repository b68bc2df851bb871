import Testing

@testable import VerdeelMonitor

/// UTF-8 validation skips ASCII eight bytes at a time; what follows a long ASCII run is still checked byte by byte.
@Suite("UTF-8 validation past long ASCII runs")
struct UTF8ValidationTests {
    static func isValid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(UTF8Validation.isValid) }

    @Test("a fault at every position after and inside eight-byte runs is found")
    func faultsAfterASCII() {
        let ascii = Array("verhuring_id;datum;gemeente;".utf8)  // 28 bytes: three whole runs and four more
        for cut in 0...ascii.count {
            // 0xFF is never UTF-8; C3 alone is a sequence cut short; C3 A9 is é.
            #expect(!Self.isValid(Array(ascii[..<cut]) + [0xFF] + ascii[cut...]))
            #expect(!Self.isValid(Array(ascii[..<cut]) + [0xC3]))
            #expect(Self.isValid(Array(ascii[..<cut]) + [0xC3, 0xA9] + ascii[cut...]))
        }
        #expect(Self.isValid(ascii))
        #expect(Self.isValid([]))
        // An overlong "/" (C0 AF) after 16 ASCII bytes.
        #expect(!Self.isValid(Array(repeating: UInt8(ascii: "a"), count: 16) + [0xC0, 0xAF]))
    }
}
