import Testing

@testable import VerdeelMonitor

/// Byte-order mark, UTF-8 and the Windows-1252 fallback.
@Suite("Text decoding")
struct TextDecodingTests {
    @Test("valid UTF-8 stays UTF-8")
    func validUTF8() {
        let result = decode(Array("café €".utf8))
        #expect(result.text == "café €")
        #expect(result.encoding == .utf8)
    }

    @Test("plain ASCII and the empty input are UTF-8")
    func asciiAndEmpty() {
        #expect(decode(Array("abc".utf8)).encoding == .utf8)
        #expect(decode([UInt8]()) == ("", .utf8))
    }

    @Test("invalid UTF-8 is read as Windows-1252: 0x80 €, 0xE9 é, 0x96 –")
    func windows1252() {
        let result = decode([0x80, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x78])
        #expect(result.text == "€ café – x")
        #expect(result.encoding == .windows1252)
    }

    @Test("the whole input is Windows-1252 when any part is not UTF-8")
    func wholeInput() {
        // "é" as UTF-8 (C3 A9) followed by a lone Windows-1252 "é" (E9).
        #expect(decode([0xC3, 0xA9, 0xE9]) == ("Ã©é", .windows1252))
    }

    @Test("the other 0x80–0x9F bytes follow the Windows-1252 table")
    func highControls() {
        let bytes: [UInt8] = [0x82, 0x84, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x97, 0x99, 0x9F]
        #expect(decode(bytes).text == "‚„…Š‘’“”—™Ÿ")
    }

    @Test("the five undefined Windows-1252 bytes become U+FFFD")
    func undefinedBytes() {
        #expect(decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]).text == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test("0xA0–0xFF are the Latin-1 characters")
    func latin1Range() {
        #expect(decode([0xA0, 0xE0, 0xEB, 0xFF]).text == "\u{A0}àëÿ")
    }

    @Test("ill-formed UTF-8 sequences are not accepted as UTF-8")
    func illFormedUTF8() {
        #expect(decode([0xC0, 0xAF]).encoding == .windows1252)  // overlong "/"
        #expect(decode([0xED, 0xA0, 0x80]).text == "í\u{A0}€")  // surrogate U+D800
        #expect(decode([0xF4, 0x90, 0x80, 0x80]).encoding == .windows1252)  // above U+10FFFF
        #expect(decode([0x61, 0xE2, 0x82]).encoding == .windows1252)  // cut-off "€"
        #expect(decode([0xF0, 0x9F, 0x98, 0x80]) == ("😀", .utf8))
    }

    @Test("a CSV file with a byte-order mark: the mark is removed and noted")
    func byteOrderMark() throws {
        let table = try CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array("id;naam\n1;é\n".utf8))
        #expect(table.hadByteOrderMark)
        #expect(table.encoding == .utf8)
        #expect(table.header == ["id", "naam"])
        #expect(table.records == [CSVRecord(line: 2, fields: ["1", "é"])])
    }

    @Test("a CSV file without a byte-order mark says so")
    func noByteOrderMark() throws {
        #expect(try CSVTable(bytes: Array("id\n".utf8)).hadByteOrderMark == false)
    }

    @Test("a Windows-1252 CSV file is decoded before parsing")
    func windows1252CSV() throws {
        let bytes: [UInt8] = Array("reden;bedrag\n\"caf".utf8) + [0xE9, 0x3B, 0x96, 0x22] + Array(";".utf8) + [0x80]
        let table = try CSVTable(bytes: bytes + [0x0A])
        #expect(table.encoding == .windows1252)
        #expect(table.records == [CSVRecord(line: 2, fields: ["café;–", "€"])])
    }

    @Test("a byte-order mark followed by Windows-1252 bytes: mark removed, rest read as Windows-1252")
    func byteOrderMarkThenWindows1252() throws {
        let table = try CSVTable(bytes: [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0xE9, 0x0A])
        #expect(table.hadByteOrderMark)
        #expect(table.encoding == .windows1252)
        #expect(table.header == ["a"])
        #expect(table.records == [CSVRecord(line: 2, fields: ["é"])])
    }
}

/// The text a delivery's bytes decode to, as ingestion reads it (`TextDecoding.utf8Text`).
private func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding) {
    let (utf8, start, encoding) = TextDecoding.utf8Text(bytes, from: 0)
    return (String(decoding: utf8[start...], as: UTF8.self), encoding)
}
