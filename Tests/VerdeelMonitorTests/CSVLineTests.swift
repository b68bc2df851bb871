import Testing

@testable import VerdeelMonitor

/// Line ends, blank lines and the physical line numbers of records.
@Suite("CSV lines")
struct CSVLineTests {
    @Test("LF, CRLF and mixed line ends give the same records")
    func lineEnds() throws {
        let expected = [csvRecord(2, "1", "2"), csvRecord(3, "3", "4")]
        #expect(try csvRecords("a;b\n1;2\n3;4\n") == expected)
        #expect(try csvRecords("a;b\r\n1;2\r\n3;4\r\n") == expected)
        #expect(try csvRecords("a;b\r\n1;2\n3;4\r\n") == expected)
    }

    @Test("a lone CR also ends a line")
    func loneCarriageReturn() throws {
        #expect(try csvRecords("a;b\r1;2\r3;4") == [csvRecord(2, "1", "2"), csvRecord(3, "3", "4")])
    }

    @Test("the last line may lack a line end")
    func lastLineWithoutLineEnd() throws {
        #expect(try csvRecords("a;b\n1;2\n3;4") == [csvRecord(2, "1", "2"), csvRecord(3, "3", "4")])
        #expect(try csvRecords("a;b\r\n1;\"x\"") == [csvRecord(2, "1", "x")])
    }

    @Test("an LF inside quotes is part of the value; the next record keeps its physical line")
    func quotedLineFeed() throws {
        #expect(
            try csvRecords("a;b\n1;\"regel een\nregel twee\"\n2;x\n")
                == [csvRecord(2, "1", "regel een\nregel twee"), csvRecord(4, "2", "x")])
    }

    @Test("a CRLF inside quotes is kept as CRLF and counts as one line")
    func quotedCRLF() throws {
        #expect(
            try csvRecords("a;b\r\n1;\"x\r\ny\r\nz\"\r\n2;w\r\n")
                == [csvRecord(2, "1", "x\r\ny\r\nz"), csvRecord(5, "2", "w")])
    }

    @Test("a quoted line break in the header moves the first record's line")
    func quotedLineBreakInHeader() throws {
        let table = try readCSV("\"datum\nbesluit\";b\n1;2\n")
        #expect(table.header == ["datum\nbesluit", "b"])
        #expect(table.records == [csvRecord(3, "1", "2")])
    }

    @Test("empty lines are skipped and later records keep their physical line")
    func emptyLinesSkipped() throws {
        #expect(try csvRecords("a;b\n\n1;2\n\r\n\n3;4\n\n") == [csvRecord(3, "1", "2"), csvRecord(6, "3", "4")])
    }

    @Test("lines of only spaces and tabs are blank too")
    func whiteSpaceLinesSkipped() throws {
        #expect(try csvRecords("a;b\n   \n\t \r\n1;2\n  ") == [csvRecord(4, "1", "2")])
    }

    @Test("blank lines before the header are skipped")
    func blankLinesBeforeHeader() throws {
        let table = try readCSV("\n  \na;b\n1;2\n")
        #expect(table.header == ["a", "b"])
        #expect(table.records == [csvRecord(4, "1", "2")])
    }

    @Test("a line of only delimiters is a record of empty values")
    func onlyDelimiters() throws {
        #expect(try csvRecords("a;b;c\n;;\n") == [csvRecord(2, "", "", "")])
        #expect(try csvRecords("a;b;c\n ; ; \n") == [csvRecord(2, "", "", "")])
    }

    @Test("a line holding only an empty quoted field is a record, not blank")
    func emptyQuotedLine() throws {
        #expect(try csvRecords("a\n\"\"\n") == [csvRecord(2, "")])
    }

    @Test("an unterminated quote is reported at the line it opened, after quoted line breaks")
    func unterminatedAfterLineBreaks() throws {
        let table = try readCSV("a;b\n1;\"x\ny\"\n2;\"open\nmore\n")
        #expect(table.records == [csvRecord(2, "1", "x\ny")])
        #expect(table.problems.map(\.line) == [4])
    }
}
