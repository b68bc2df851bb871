import Foundation
import Testing

@testable import VerdeelMonitor

/// CSV files as offices make them (SPEC.md section 10): titles above the header, totals and remarks under the
/// data, Excel error values as text, Excel's `sep=` line, UTF-16 "Unicode-tekst" with tabs, binary files.
@Suite("Office exports: CSV")
struct OfficeCSVTests {
    static let name = "verhuringen_corp-a_2026-H1.csv"

    /// A region with Enschede only, whose corp-a uses profile `kolommen` (with `lines` added to it).
    static func config(profile lines: String...) -> String {
        RegioTOML(
            code: "test", naam: "Testregio",
            gemeenten: [.init(code: "GM0153", naam: "Enschede", huishoudens: 80000)]
        ).text + """

            [[corporatie]]
            code = "corp-a"
            naam = "A"
            profiel = "kolommen"

            [[profiel]]
            naam = "kolommen"
            \(lines.joined(separator: "\n"))

            """
    }

    @Test("a title and an export date above the header: the header is found on line 4, one note counts 2 lines")
    func titledHeader() throws {
        let csv = """
            Verhuringen Woonstad, eerste halfjaar 2026
            Exportdatum: 03-07-2026

            verhuring_id;datum;gemeente;urgentie
            T-1;2026-01-05;Enschede;DG
            T-2;2026-01-06;Enschede;

            """
        let table = try CSVTable(
            bytes: Array(csv.utf8), header: HeaderRule(soorten: [.verhuringen], profile: nil))
        #expect(table.header == ["verhuring_id", "datum", "gemeente", "urgentie"])
        #expect(table.delimiter == CSVDelimiter.semicolon)  // the title's comma is not the delimiter
        #expect(table.headerLine == 4 && table.skippedAbove == 2)
        #expect(
            table.records == [
                csvRecord(5, "T-1", "2026-01-05", "Enschede", "DG"), csvRecord(6, "T-2", "2026-01-06", "Enschede", ""),
            ])
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)])
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 2 && delivery.used == 2 && delivery.rejected == 0 && delivery.isBalanced)
        #expect(dataset.rejects(in: Self.name).isEmpty)
        let notes = dataset.notices(in: Self.name).map { "\($0.location.line ?? 0): \($0.message)" }
        #expect(
            notes.contains(
                "4: kopregel op regel 4; de 2 regels met tekst erboven (een titel, een exportdatum) overgeslagen"))
    }

    @Test("no line within the first 20 holds the required columns: the first line is the header, as before")
    func headerNotFound() throws {
        let csv = "Export\nid;wanneer;plaats\nT-1;2026-01-05;Enschede\n"
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)])
        let reject = try #require(dataset.rejects(in: Self.name).first)
        #expect(reject.location.line == 1)
        #expect(reject.reason.hasPrefix("verplichte kolom ontbreekt: verhuring_id, datum, gemeente"))
        // A header on line 22 (21 non-blank lines above it) is not looked for.
        let far = (1...21).map { "titel \($0)" }.joined(separator: "\n") + "\nverhuring_id;datum;gemeente\n"
        let table = try CSVTable(bytes: Array(far.utf8), header: HeaderRule(soorten: [.verhuringen], profile: nil))
        #expect(table.headerLine == 1 && table.header == ["titel 1"])
        let near = (1...19).map { "titel \($0)" }.joined(separator: "\n") + "\nverhuring_id;datum;gemeente\n"
        let found = try CSVTable(bytes: Array(near.utf8), header: HeaderRule(soorten: [.verhuringen], profile: nil))
        #expect(found.headerLine == 20 && found.skippedAbove == 19)
    }

    @Test("a header under the profile's own names is found too")
    func profileNamesFound() throws {
        let config = Self.config(profile: "[profiel.kolommen]", "verhuring_id = \"Contractnummer\"")
        let csv = "Overzicht verhuringen\nContractnummer;datum;gemeente\nC-1;2026-01-05;Enschede\n"
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)], config: config)
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.used == 1 && delivery.records == 1)
        #expect(dataset.lettings.map(\.id) == ["C-1"])
    }

    @Test("kopregel = 3 fixes the header line; a kopregel on a blank line rejects the file naming it")
    func fixedHeaderLine() throws {
        // Line 1 would be taken as the header without kopregel: it holds every required column.
        let csv =
            "verhuring_id;datum;gemeente\nOude kop hierboven\nverhuring_id;datum;gemeente;urgentie\nK-1;2026-01-05;Enschede;MZ\n"
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)], config: Self.config(profile: "kopregel = 3"))
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 1 && delivery.used == 1)
        #expect(dataset.lettings.first?.urgency == .mz)
        #expect(
            dataset.notices(in: Self.name).contains {
                $0.location.line == 3 && $0.message.hasPrefix("kopregel op regel 3; de 2 regels met tekst erboven")
            })
        let blank = "titel\n\nverhuring_id;datum;gemeente\n"
        let rejected = try TemporaryInput.ingest(
            [Self.name: .text(blank)], config: Self.config(profile: "kopregel = 2"))
        #expect(
            rejected.rejects(in: Self.name).map(\.reason) == [
                "de kopregel staat volgens profiel 'kolommen' op regel 2 (kopregel = 2), maar die regel is leeg of "
                    + "bestaat niet; het hele bestand is afgewezen"
            ])
        let beyond = try TemporaryInput.ingest([Self.name: .text(blank)], config: Self.config(profile: "kopregel = 9"))
        #expect(beyond.rejects(in: Self.name).first?.reason.contains("op regel 9 (kopregel = 9)") == true)
    }

    @Test("kopregel that is no whole number from 1 is a configuration error naming the key")
    func kopregelConfigErrors() {
        for (value, message) in [
            ("0", "moet van 1 tot en met 1048576 zijn"), ("\"vier\"", "moet een geheel getal zijn"),
        ] {
            #expect {
                try RegionConfig.parse(Self.config(profile: "kopregel = \(value)"), file: "regio.toml")
            } throws: { error in
                let text = (error as? MonitorError)?.message ?? ""
                return text.contains("profiel[1].kopregel") && text.contains(message)
            }
        }
    }

    @Test("total rows are no records: skipped with a note naming the line, in no figure and no account")
    func totals() throws {
        let csv = """
            corporatie;verhuring_id;datum;gemeente;urgentie
            A;S-1;2026-01-05;Enschede;DG
            Som;S-2;2026-01-06;Enschede;
            ;;;;
            Totaal;;2;;
            TOTAAL: Enschede;;2;;
            Grand total;;2;;
            Subtotaal;Subtotaal;2;;
            Totaalpakket;;2026-01-07;Enschede;
            ;Totalen;2;;

            """
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)])
        let delivery = try #require(dataset.delivery(at: Self.name))
        // By hand: S-1 used; 'Som' with key S-2 is a record (used); the delimiter-only line 4 is empty (no
        // note); lines 5, 6, 7, 8 and 10 are totals; 'Totaalpakket' (line 9) is no total label: a record,
        // rejected for its empty verhuring_id.
        #expect(delivery.records == 3 && delivery.used == 2 && delivery.rejected == 1 && delivery.isBalanced)
        #expect(dataset.rejects(in: Self.name).map(\.location.line) == [9])
        let totals = dataset.notices(in: Self.name).filter { $0.message == "totaalregel overgeslagen: geen record" }
        #expect(totals.map(\.location.line) == [5, 6, 7, 8, 10])
        #expect(dataset.notices(in: Self.name).allSatisfy { $0.location.line != 4 })
        #expect(Set(dataset.lettings.map(\.id)) == ["S-1", "S-2"])
    }

    @Test("voorraad: a total row with 'Totaal' in gemeente is skipped, its counts in no figure")
    func stockTotal() throws {
        let csv = "gemeente;toegevoegd;onttrokken\nEnschede;12;3\nTotaal;12;3\n"
        let dataset = try TemporaryInput.ingest(["voorraad_corp-a_2026-H1.csv": .text(csv)])
        let delivery = try #require(dataset.delivery(at: "voorraad_corp-a_2026-H1.csv"))
        #expect(delivery.records == 1 && delivery.used == 1 && delivery.isBalanced)
        #expect(dataset.stock.map(\.added) == [12])
    }

    @Test("a remark under the data and white-space-only fields: empty rows, noted when they hold text")
    func emptyRows() throws {
        let csv =
            "verhuring_id;datum;gemeente;opmerking\nE-1;2026-01-05;Enschede;\n\"  \";\" \";\"\t\";\n;;;Bron: woonsysteem\n"
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)])
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 1 && delivery.used == 1 && delivery.rejected == 0 && delivery.isBalanced)
        let notes = dataset.notices(in: Self.name).filter { $0.message.hasPrefix("regel zonder waarde") }
        #expect(notes.map(\.location.line) == [4])
        #expect(
            notes.first?.message
                == "regel zonder waarde in de verplichte kolommen (verhuring_id, datum, gemeente) overgeslagen: geen record"
        )
    }

    /// Five urgent lettings (DG), five whose urgentie is a failed lookup, ten regular ones, all in Enschede.
    static let silentCase: String = {
        var lines = ["verhuring_id;datum;gemeente;urgentie;opmerking"]
        for n in 1...5 { lines.append("E-\(n);2026-01-05;Enschede;DG;") }
        for n in 6...10 { lines.append("E-\(n);2026-01-05;Enschede;#N/A;") }
        for n in 11...20 { lines.append("E-\(n);2026-01-05;Enschede;;") }
        lines.append("E-21;2026-01-05;Enschede;;#REF!")  // an error in a column the monitor does not read
        lines.append("E-22;2026-01-05;\" #DIV/0! \";;")
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("#N/A in urgentie: five rejects naming the column, not five regular lettings; the percentage is 5 of 16")
    func errorValues() throws {
        let config = TemporaryInput.smallRegion
        let dataset = try TemporaryInput.ingest([Self.name: .text(Self.silentCase)], config: config)
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 22 && delivery.used == 16 && delivery.rejected == 6 && delivery.isBalanced)
        let rejects = dataset.rejects(in: Self.name)
        #expect(rejects.map(\.location.line) == [7, 8, 9, 10, 11, 23])
        #expect(rejects.prefix(5).allSatisfy { $0.reason == "'urgentie' is een Excel-fout (#N/A)" })
        #expect(rejects.last?.reason == "'gemeente' is een Excel-fout (#DIV/0!)")
        // By hand: 5 DG housed of 16 lettings used (E-1..E-5, E-11..E-21) = 31.25 %; read as regular lettings,
        // the five would have made it 5 of 21 (23.81 %).
        let parsed = try RegionConfig.parse(config)
        let history = Aggregation.history(dataset, config: parsed)
        let enschede = history.of(MunicipalityCode("GM0153")!, in: "2026-H1").indicators
        #expect(enschede.mutaties == 16 && enschede.gehuisvest.total == 5)
        #expect(enschede.percentage == 31.25)
    }

    @Test("a Dutch Excel's error texts in a CSV (#N/B, #VERW!) reject their row too; #N/B is not an urgentienummer")
    func dutchErrorValues() throws {
        let csv = """
            verhuring_id;datum;gemeente;urgentie;urgentienummer
            E-1;2026-01-05;GM0153;DG;#N/B
            E-2;2026-01-05;GM0153;#VERW!;
            E-3;2026-01-05;GM0153;;

            """
        let dataset = try TemporaryInput.ingest([Self.name: .text(csv)], config: TemporaryInput.smallRegion)
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.records == 3 && delivery.used == 1 && delivery.rejected == 2)
        #expect(
            dataset.rejects(in: Self.name).map(\.reason) == [
                "'urgentienummer' is een Excel-fout (#N/B)", "'urgentie' is een Excel-fout (#VERW!)",
            ])
    }

    @Test("a first line sep=; sets the delimiter and is not the header; sep= with a tab too")
    func sepLine() throws {
        // Without the hint the header's two ';' and two ',' would make ';' the delimiter.
        let table = try readCSV("sep=,\nverhuring_id,datum;tijd;uur,gemeente\nS-1,2026-01-05;10;00,Enschede\n")
        #expect(table.delimiter == CSVDelimiter.comma)
        #expect(table.header == ["verhuring_id", "datum;tijd;uur", "gemeente"])
        #expect(table.headerLine == 2 && table.skippedAbove == 0)
        let tabbed = try readCSV("SEP=\t\r\nverhuring_id\tdatum\tgemeente\r\nS-1\t\tEnschede\r\n")
        #expect(tabbed.delimiter == CSVDelimiter.tab)
        #expect(tabbed.records == [csvRecord(3, "S-1", "", "Enschede")])
        let dataset = try TemporaryInput.ingest([
            Self.name: .text("sep=;\nverhuring_id;datum;gemeente\nS-1;2026-01-05;Enschede\n")
        ])
        #expect(dataset.delivery(at: Self.name)?.used == 1)
        #expect(dataset.notices(in: Self.name).allSatisfy { !$0.message.hasPrefix("kopregel op regel") })
    }

    /// `text` as UTF-16 with its byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            + text.utf16.flatMap { unit in
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                return bigEndian ? [high, low] : [low, high]
            }
    }

    @Test("UTF-16 with a byte-order mark (Excel's Unicode-tekst) and tabs: decoded, an empty field kept in place")
    func unicodeText() throws {
        let text =
            "verhuring_id\tdatum\tgemeente\turgentie\r\nU-1\t2026-01-05\tEnschede\tMZ\r\nU-2\t\tEnschede\t\r\nÜ-3\t05-01-2026\tEnschede\t\r\n"
        for bigEndian in [false, true] {
            let table = try CSVTable(bytes: Self.utf16(text, bigEndian: bigEndian))
            #expect(table.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
            #expect(table.delimiter == CSVDelimiter.tab)
            #expect(table.header == ["verhuring_id", "datum", "gemeente", "urgentie"])
            #expect(table.records[1] == csvRecord(3, "U-2", "", "Enschede", ""))
            #expect(table.records[2].fields[0] == "Ü-3")
        }
        let dataset = try TemporaryInput.ingest([Self.name: .raw(Self.utf16(text, bigEndian: false))])
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.used == 2 && delivery.rejected == 1)
        #expect(dataset.rejects(in: Self.name).first?.reason == "verplichte waarde 'datum' ontbreekt")
    }

    @Test("the tab is the delimiter only when the header holds more tabs than ';' and more than ','")
    func tabDetection() throws {
        #expect(try readCSV("a\tb\tc;d\n").delimiter == CSVDelimiter.tab)
        #expect(try readCSV("a;b;c\td\n").delimiter == CSVDelimiter.semicolon)
        #expect(try readCSV("a,\tb\n").delimiter == CSVDelimiter.comma)  // one tab, one comma: not the tab
        #expect(try readCSV("\"a\tb\";c\n").delimiter == CSVDelimiter.semicolon)  // a tab inside quotes
    }

    @Test("NUL bytes without a UTF-16 byte-order mark: rejected as not a text file")
    func binaryFile() throws {
        #expect(throws: CSVReadError.notText) { try CSVTable(bytes: Array("verhuring_id;datum\n".utf8) + [0, 1]) }
        #expect(throws: CSVReadError.notText) {
            try CSVTable(bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])
        }
        let dataset = try TemporaryInput.ingest([Self.name: .raw([0x50, 0x4B, 0x03, 0x04, 0x00, 0x0A])])
        #expect(
            dataset.rejects(in: Self.name).map(\.reason) == [
                "het bestand bevat NUL-bytes en is geen tekstbestand (een werkmap of ander bestand met de naam .csv?); "
                    + "het hele bestand is afgewezen"
            ])
    }
}
