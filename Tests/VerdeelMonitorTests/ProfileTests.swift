import Foundation
import Testing

@testable import VerdeelMonitor

/// `[[profiel]]` (SPEC.md section 7): a sender's own column names and labels, mapped to the contract.
@Suite("Profiles")
struct ProfileTests {
    static let profile = """
        [[profiel]]
        naam = "woonsysteem"
        [profiel.kolommen]
        verhuring_id = "Contractnummer"
        datum = "Ingangsdatum   huurcontract"
        urgentie = "Voorrangscategorie"
        [profiel.waarden.urgentie]
        "Mantelzorg" = "MZ"
        "Uitstroom maatschappelijke opvang" = "MO"
        "Statushouder" = "VH"
        "Regulier" = ""
        """

    /// corp-a uses the profile, corp-b does not.
    static let config =
        RegioTOML(
            code: "test", naam: "Testregio",
            gemeenten: [.init(code: "GM0153", naam: "Enschede", huishoudens: 80000)]
        ).text + """

            [[corporatie]]
            code = "corp-a"
            naam = "A"
            profiel = "woonsysteem"

            [[corporatie]]
            code = "corp-b"
            naam = "B"

            """ + profile + "\n"

    static let name = "verhuringen_corp-a_2026-H1.csv"

    @Test("renamed columns, labels in another case and spacing, a label mapped to empty, a contract code passing")
    func mapped() throws {
        let dataset = try TemporaryInput.ingest(
            [
                Self.name: """
                CONTRACTNUMMER; ingangsdatum huurcontract ;Gemeente;Voorrangscategorie
                A-1;2026-01-05;Enschede;  MANTELZORG
                A-2;2026-01-06;Enschede;uitstroom   Maatschappelijke opvang
                A-3;2026-01-07;Enschede;Regulier
                A-4;2026-01-08;Enschede;DG
                A-5;2026-01-09;Enschede;statushouder
                A-6;2026-01-10;Enschede;Spoedzoeker
                """
            ], config: Self.config)
        let delivery = try #require(dataset.delivery(at: Self.name))
        #expect(delivery.used == 5 && delivery.rejected == 1 && delivery.isBalanced)
        let byId = Dictionary(uniqueKeysWithValues: dataset.lettings.map { ($0.id, $0.urgency) })
        #expect(byId["A-1"] == .mz)
        #expect(byId["A-2"] == .mo)
        #expect(byId["A-3"] == .some(nil))  // "Regulier" = "": a regular seeker
        #expect(byId["A-4"] == .dg)  // not in the profile: the contract code passes as it is
        #expect(byId["A-5"] == .vh)
        let reject = try #require(dataset.rejects(in: Self.name).first)
        #expect(reject.location.line == 7)
        #expect(reject.reason == "onbekende urgentiecode in 'urgentie' (profiel 'woonsysteem')")
        #expect(reject.value == "Spoedzoeker")
    }

    @Test("a missing renamed column names the export's name and the profile")
    func missingRenamed() throws {
        let dataset = try TemporaryInput.ingest(
            [Self.name: "verhuring_id;datum;gemeente\nA-1;2026-01-05;Enschede\n"], config: Self.config)
        let reject = try #require(dataset.rejects(in: Self.name).first)
        #expect(reject.reason.contains("'contractnummer' (verhuring_id)"))
        #expect(reject.reason.contains("profiel 'woonsysteem'"))
    }

    @Test("a bron without a profile reads the contract's own columns")
    func withoutProfile() throws {
        let dataset = try TemporaryInput.ingest(
            [
                "verhuringen_corp-b_2026-H1.csv":
                    "verhuring_id;datum;gemeente;urgentie\nB-1;2026-01-05;Enschede;Mantelzorg\n"
            ],
            config: Self.config)
        #expect(dataset.rejects.first?.reason == "onbekende urgentiecode in 'urgentie'")
    }

    @Test("a profile naming an unknown contract column is a configuration error naming file, table and key")
    func unknownColumn() throws {
        let text = Self.config.replacingOccurrences(
            of: "verhuring_id = \"Contractnummer\"", with: "verhuurnummer = \"X\"")
        #expect {
            try RegionConfig.parse(text, file: "regio.toml")
        } throws: { error in
            let error = error as? MonitorError
            return error?.kind == .configuration && error?.location?.file == "regio.toml"
                && error?.message.contains("profiel[1].kolommen.verhuurnummer") == true
        }
    }

    @Test("a bron naming an unknown profile is a configuration error naming the key")
    func unknownProfile() throws {
        let text = Self.config.replacingOccurrences(of: "profiel = \"woonsysteem\"", with: "profiel = \"anders\"")
        #expect {
            try RegionConfig.parse(text, file: "regio.toml")
        } throws: { error in
            let message = (error as? MonitorError)?.message ?? ""
            return message.contains("corporatie[1].profiel") && message.contains("'anders' bestaat niet")
        }
    }

    @Test("the profile's contract columns are exactly the contract's columns")
    func contractColumns() {
        let all = Soort.allCases.flatMap { Columns.required($0) + Columns.optional($0) }
        #expect(Set(all) == Profile.contractColumns)
    }
}
