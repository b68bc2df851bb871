import Testing

@testable import VerdeelMonitor

/// Which delimiter a file uses, decided from its header line.
@Suite("CSV delimiter detection")
struct CSVDelimiterTests {
    let semicolon = UInt8(ascii: ";")
    let comma = UInt8(ascii: ",")

    @Test("a semicolon header makes `;` the delimiter; commas in values stay literal")
    func semicolonHeader() throws {
        let table = try readCSV("id;bedrag\n1;12,50\n")
        #expect(table.delimiter == semicolon)
        #expect(table.records == [csvRecord(2, "1", "12,50")])
    }

    @Test("a comma header makes `,` the delimiter; semicolons in values stay literal")
    func commaHeader() throws {
        let table = try readCSV("id,reden\n1,a;b\n")
        #expect(table.delimiter == comma)
        #expect(table.records == [csvRecord(2, "1", "a;b")])
    }

    @Test("the more frequent of the two wins")
    func moreFrequentWins() throws {
        #expect(try readCSV("a,b;c;d\n").delimiter == semicolon)
        #expect(try readCSV("a;b,c,d\n").delimiter == comma)
        #expect(try readCSV("a;b,c,d\n").header == ["a;b", "c", "d"])
    }

    @Test("on a tie `;` wins")
    func tie() throws {
        let table = try readCSV("a;b,c\n1;2,3\n")
        #expect(table.delimiter == semicolon)
        #expect(table.header == ["a", "b,c"])
    }

    @Test("when neither occurs `,` is used and the header has one column")
    func neither() throws {
        let table = try readCSV("gemeente\nGM0153\n")
        #expect(table.delimiter == comma)
        #expect(table.header == ["gemeente"])
        #expect(table.records == [csvRecord(2, "GM0153")])
    }

    @Test("delimiters inside a quoted header name are not counted")
    func quotedHeaderName() throws {
        let table = try readCSV("\"a;b;c\",d\n1,2\n")
        #expect(table.delimiter == comma)
        #expect(table.header == ["a;b;c", "d"])
    }

    @Test("only the header line counts, not the data lines")
    func onlyHeaderCounts() throws {
        #expect(try readCSV("a;b\n1,2,3,4\n").delimiter == semicolon)
    }

    @Test("a quote in the middle of a header name does not hide the delimiters after it")
    func midNameQuote() throws {
        let table = try readCSV("5\" scherm;b;c\n")
        #expect(table.delimiter == semicolon)
        #expect(table.header == ["5\" scherm", "b", "c"])
    }
}
