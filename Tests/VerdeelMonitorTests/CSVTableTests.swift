import Testing

@testable import VerdeelMonitor

/// RFC 4180 quoting and the white-space rules of the CSV dialect.
@Suite("CSV quoting and fields")
struct CSVTableTests {
    @Test("header and records are read; the header is trimmed but keeps its case")
    func headerAndRecords() throws {
        let table = try readCSV(" Verhuring_ID ; Datum \n1;2026-01-05\n2;2026-02-10\n")
        #expect(table.header == ["Verhuring_ID", "Datum"])
        #expect(table.records == [csvRecord(2, "1", "2026-01-05"), csvRecord(3, "2", "2026-02-10")])
        #expect(table.problems.isEmpty)
    }

    @Test("a header-only file has no records")
    func headerOnly() throws {
        #expect(try readCSV("a;b\n").records.isEmpty)
        #expect(try readCSV("a;b").records.isEmpty)
    }

    @Test("a quoted field may hold the delimiter")
    func quotedDelimiter() throws {
        #expect(try csvRecords("a;b\n\"x;y\";z\n") == [csvRecord(2, "x;y", "z")])
        #expect(try csvRecords("a,b\n\"Den Haag, centrum\",z\n") == [csvRecord(2, "Den Haag, centrum", "z")])
    }

    @Test("a doubled quote inside quotes is one quote")
    func doubledQuotes() throws {
        #expect(try csvRecords("a;b\n\"zei \"\"ja\"\"\";x\n") == [csvRecord(2, "zei \"ja\"", "x")])
        #expect(try csvRecords("a\n\"\"\"\"\n") == [csvRecord(2, "\"")])
    }

    @Test("an empty quoted field is an empty value")
    func emptyQuoted() throws {
        #expect(try csvRecords("a;b;c\n\"\";x;\"\"\n") == [csvRecord(2, "", "x", "")])
    }

    @Test("empty fields at the start and end are kept")
    func emptyFieldsAtEdges() throws {
        #expect(try csvRecords("a;b;c\n;x;\n") == [csvRecord(2, "", "x", "")])
    }

    @Test("a trailing delimiter adds an empty last field")
    func trailingDelimiter() throws {
        #expect(try csvRecords("a;b\n1;2;\n") == [csvRecord(2, "1", "2", "")])
        #expect(try csvRecords("a;b\n1;2;") == [csvRecord(2, "1", "2", "")])
    }

    @Test("unquoted values are trimmed of spaces and tabs")
    func unquotedTrimmed() throws {
        #expect(try csvRecords("a;b\n  x y \t;\t z\n") == [csvRecord(2, "x y", "z")])
    }

    @Test("quoted values keep their spaces; spaces outside the quotes are dropped")
    func quotedKeepsSpaces() throws {
        #expect(try csvRecords("a;b\n  \" x \"  ; \"\t\"\n") == [csvRecord(2, " x ", "\t")])
    }

    @Test("a quote in the middle of an unquoted field is a literal character")
    func quoteInsideUnquoted() throws {
        #expect(try csvRecords("a;b\n5\" scherm;ab\"c\"\n") == [csvRecord(2, "5\" scherm", "ab\"c\"")])
    }

    @Test("text after a closing quote is appended literally, without trailing spaces")
    func textAfterClosingQuote() throws {
        #expect(try csvRecords("a;b\n\"ab\"c;x\n") == [csvRecord(2, "abc", "x")])
        #expect(try csvRecords("a;b\n\"ab\" c ;x\n") == [csvRecord(2, "ab c", "x")])
        #expect(try csvRecords("a;b\n\"a\"\"b\"c\"d;x\n") == [csvRecord(2, "a\"bc\"d", "x")])
    }

    @Test("non-ASCII UTF-8 text passes through unchanged")
    func utf8Values() throws {
        let table = try readCSV("gemeente;reden\n's-Gravenhage;te weinig éénpersoonswoningen – €\n")
        #expect(table.encoding == .utf8)
        #expect(table.records == [csvRecord(2, "'s-Gravenhage", "te weinig éénpersoonswoningen – €")])
    }

    @Test("records are not padded or cut to the header's width")
    func widthUnchanged() throws {
        #expect(try csvRecords("a;b;c\n1\n1;2;3;4\n") == [csvRecord(2, "1"), csvRecord(3, "1", "2", "3", "4")])
    }

    @Test("an unterminated quote stops reading at the line where it opened")
    func unterminatedQuote() throws {
        let table = try readCSV("a;b\n1;2\n3;\"open\n4;5\n6;7\n")
        #expect(table.records == [csvRecord(2, "1", "2")])
        #expect(
            table.problems == [
                CSVProblem(
                    line: 3,
                    message: "aanhalingsteken niet gesloten vanaf regel 3; de rest van het bestand is niet gelezen")
            ])
    }

    @Test("an unterminated quote in the header leaves no header and no records")
    func unterminatedQuoteInHeader() throws {
        let table = try readCSV("a;\"b\n1;2\n")
        #expect(table.header == [])
        #expect(table.records == [])
        #expect(table.problems.map(\.line) == [1])
    }

    @Test("an empty file, or one of only blank lines, has no header row")
    func emptyFile() {
        #expect(throws: CSVReadError.empty) { try readCSV("") }
        #expect(throws: CSVReadError.empty) { try readCSV("\n \r\n\t\n") }
        #expect(throws: CSVReadError.empty) { try CSVTable(bytes: [0xEF, 0xBB, 0xBF]) }
    }
}
