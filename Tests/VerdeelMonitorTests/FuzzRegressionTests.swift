import Foundation
import Testing

@testable import VerdeelMonitor

/// Inputs that `make fuzz` found (Tests/Fuzz/crashes/): each one stays a test.
struct FuzzRegressionTests {
    static let crashes = Paths.root.appendingPathComponent("Tests/Fuzz/crashes").path

    /// The properties Tests/Fuzz/FuzzCSV.swift checks, for one input.
    func check(_ bytes: [UInt8]) {
        guard let table = try? CSVTable(bytes: bytes) else { return }
        let lines = table.records.map(\.line)
        #expect(lines.allSatisfy { $0 >= 1 } && lines == lines.sorted())
        if let limited = try? CSVTable(bytes: bytes, limits: CSVLimits(fieldBytes: 64, records: 5)) {
            #expect(
                limited.records.count + limited.problems.count + limited.excessRecords
                    == table.records.count + table.problems.count)
            #expect(limited.records.count + limited.problems.count <= 5 || limited.excessRecords == 0)
        }
    }

    @Test("an unclosed quote after the record limit is counted beyond the limit, not kept as a problem")
    func unterminatedQuoteAfterLimit() throws {
        // Found by the fuzzer (limits-unterminated-quote-after-record-limit): more than five records, then a
        // quote that is never closed. Written out here: a header, six records, then `"open`.
        let text = "a\n1\n2\n3\n4\n5\n6\n\"open\n"
        let table = try CSVTable(bytes: Array(text.utf8), limits: CSVLimits(records: 5))
        // 7 records in all (6 + the partial one): 5 kept, 2 beyond the limit, no problem kept.
        #expect((table.records.count, table.problems.count, table.excessRecords) == (5, 0, 2))
        check(Array(text.utf8))
    }

    @Test("a ZIP entry whose local header lies past the end is a broken archive, never a trap in ZIPFoundation")
    func localHeaderPastEnd() throws {
        // Found by the workbook fuzzer (workbook-local-header-past-end, after its mode byte 0): ZIPFoundation
        // seeks to every entry's local header and traps reading past the end of an archive in memory. Written out
        // here: a good workbook whose second central-directory record points its local header at 0x7E0045.
        var bytes = OfficeFiles.xlsx([("Verhuringen", nil, OfficeFiles.sheetData([["a"], ["1"]]))])
        #expect(try Workbook(data: Data(bytes), preferredSheet: nil, limits: Limits()).table.records.count == 1)
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let records = bytes.indices.filter { bytes[$0...].starts(with: central) }
        #expect(records.count == 4)
        bytes.replaceSubrange((records[1] + 42)..<(records[1] + 46), with: [0x45, 0x00, 0x7E, 0x00])
        #expect(throws: XLSXError.brokenArchive) {
            try Workbook(data: Data(bytes), preferredSheet: nil, limits: Limits())
        }
        let saved = try #require(FileManager.default.contents(atPath: Self.crashes + "/workbook-local-header-past-end"))
        #expect(throws: XLSXError.brokenArchive) {
            try Workbook(data: saved.dropFirst(), preferredSheet: nil, limits: Limits())
        }
    }

    @Test("every saved fuzzer input keeps the reader's properties")
    func savedInputs() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.crashes).filter { !$0.hasPrefix(".") }
        #expect(!names.isEmpty)
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: Self.crashes + "/" + name))
            check([UInt8](data))
        }
    }
}
