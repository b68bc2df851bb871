import Testing

@testable import VerdeelMonitor

/// `regio.toml` (contract section 2): values, defaults, and errors that name the key.
@Suite("Configuration")
struct ConfigTests {
    static let specimen = """
        code = "twente"                 # region code: lowercase letters, digits, '-'
        naam = "Twente"
        minimum = 15.0                  # percent
        signaalwaarde = 20.0            # percent
        noemer = "alle"                 # "alle" | "zonder-vergunninghouders"
        onderdrukken_onder = 5          # public output: category cells from 1 to 4 are not shown

        [[gemeente]]                    # one table per member municipality, in report order
        code = "GM0153"                 # CBS gemeentecode
        naam = "Enschede"
        huishoudens = 80118             # CBS, private households
        aliassen = ["Gemeente Enschede"] # optional: other spellings that exports use
        uitgezonderde_categorieen = []  # optional

        [[gemeente]]
        code = "0164"
        naam = "Hengelo"
        huishoudens = 38000
        uitgezonderde_categorieen = ["MO", "vo"]

        [[corporatie]]
        code = "corp-a"                 # the bron in its file names
        naam = "Woonstichting A"

        [[corporatie]]
        code = "corp-b"
        naam = "Woonstichting B"

        [noodknop]                      # optional; these are the defaults
        signaalwaarde_reeks = 3
        wachtenden_groei = 4
        """

    /// The smallest valid configuration (region "test", one municipality GM0153 Enschede of 100 households),
    /// with `keys` added to the top level and `gemeente` to its municipality's table.
    static func minimal(_ keys: String..., gemeente: String...) -> RegioTOML {
        RegioTOML(
            code: "test", naam: "Test", keys: keys,
            gemeenten: [.init(code: "GM0153", naam: "Enschede", huishoudens: 100, lines: gemeente)])
    }

    func error(_ text: String) -> MonitorError? {
        do {
            _ = try RegionConfig.parse(text, file: "regio.toml")
            return nil
        } catch { return error }
    }

    @Test("the specimen of the contract is read into exactly its values")
    func specimenValues() throws {
        let config = try RegionConfig.parse(Self.specimen, file: "regio.toml")
        #expect(config.code == "twente" && config.naam == "Twente")
        #expect(config.minimum == 15 && config.signaalwaarde == 20)
        #expect(config.noemer == .alle && config.suppressBelow == 5)
        #expect(config.municipalities.map(\.code.value) == ["GM0153", "GM0164"])
        #expect(config.municipalities.map(\.naam) == ["Enschede", "Hengelo"])
        #expect(config.municipalities.map(\.households) == [80118, 38000])
        #expect(config.municipalities.map(\.aliases) == [["Gemeente Enschede"], []])
        #expect(config.municipalities.map(\.excludedCategories) == [[], [.mo, .vo]])
        #expect(
            config.corporations == [
                Corporation(code: "corp-a", naam: "Woonstichting A"),
                Corporation(code: "corp-b", naam: "Woonstichting B"),
            ])
        #expect(config.noodknop == NoodknopSettings(signaalwaardeReeks: 3, wachtendenGroei: 4))
    }

    @Test("absent optional keys take the defaults: 15, 20, alle, 5, noodknop 2 and 2")
    func defaults() throws {
        let config = try RegionConfig.parse(Self.minimal().text)
        #expect(config.minimum == 15 && config.signaalwaarde == 20)
        #expect(config.noemer == .alle && config.suppressBelow == 5)
        #expect(config.noodknop.signaalwaardeReeks == 2 && config.noodknop.wachtendenGroei == 2)
        #expect(config.corporations.isEmpty)
        let partial = try RegionConfig.parse(Self.minimal().with("noodknop", "wachtenden_groei = 3").text)
        #expect(partial.noodknop == NoodknopSettings(signaalwaardeReeks: 2, wachtendenGroei: 3))
    }

    @Test("whole numbers are accepted for percentages; the other noemer is read")
    func integerPercentages() throws {
        let config = try RegionConfig.parse(
            Self.minimal(
                "minimum = 15", "signaalwaarde = 25", "noemer = \"zonder-vergunninghouders\"", "onderdrukken_onder = 10"
            ).text)
        #expect(config.minimum == 15.0 && config.signaalwaarde == 25.0)
        #expect(config.noemer == .zonderVergunninghouders && config.suppressBelow == 10)
    }

    @Test("an error names the key, including the table it sits in")
    func errorsNameTheKey() throws {
        var missing = Self.minimal()
        missing.gemeenten.append(.init(code: "GM0164", naam: "Hengelo", huishoudens: nil))
        func withEnschede(code: String) -> RegioTOML {
            var config = Self.minimal()
            config.gemeenten[0].code = code
            return config
        }
        var twente = Self.minimal()
        twente.code = "Twente"
        let cases: [(RegioTOML, String)] = [
            (missing, "gemeente[2].huishoudens"),
            (Self.minimal("inwoners = 3"), "'inwoners'"),
            (Self.minimal(gemeente: "inwoners = 3"), "gemeente[1].inwoners"),
            (Self.minimal().with("noodknop", "reeks = 2"), "noodknop.reeks"),
            (Self.minimal("noemer = \"zonder-vh\""), "noemer"),
            (withEnschede(code: "GM01530"), "gemeente[1].code"),
            (withEnschede(code: "Enschede"), "gemeente[1].code"),
            (Self.minimal(gemeente: "uitgezonderde_categorieen = [\"VH\"]"), "gemeente[1].uitgezonderde_categorieen"),
            (Self.minimal(gemeente: "uitgezonderde_categorieen = [\"LOK\"]"), "gemeente[1].uitgezonderde_categorieen"),
            (Self.minimal("minimum = \"15\""), "minimum"),
            (twente, "code"),
            (RegioTOML(code: "test", naam: "Test", gemeenten: []), "gemeente"),
        ]
        for (config, key) in cases {
            let error = try #require(self.error(config.text), "expected an error naming \(key)")
            #expect(error.kind == .configuration)
            #expect(error.message.contains(key), "\(error.message) should name \(key)")
            #expect(error.location?.file == "regio.toml")
        }
    }

    @Test("a municipality configured twice (GM0153 and 153) is an error")
    func duplicateMunicipality() throws {
        var config = Self.minimal()
        config.gemeenten.append(.init(code: "153", naam: "Enschede-Zuid", huishoudens: 5))
        let error = try #require(self.error(config.text))
        #expect(error.kind == .configuration)
        #expect(error.message.contains("GM0153"))
    }

    @Test("huishoudens and the noodknop settings have sane bounds, named in the message")
    func bounds() {
        func region(households: Int) -> RegioTOML {
            RegioTOML(gemeenten: [.init(code: "GM0001", naam: "A", huishoudens: households)])
        }
        for (config, key) in [
            (region(households: 9_223_372_036_854_775_807), "huishoudens"),
            (region(households: 10).with("noodknop", "wachtenden_groei = 9223372036854775807"), "wachtenden_groei"),
            (region(households: 10).with("noodknop", "signaalwaarde_reeks = 0"), "signaalwaarde_reeks"),
        ] {
            let error = #expect(throws: MonitorError.self) { try RegionConfig.parse(config.text) }
            #expect(error?.message.contains(key) == true, "\(error?.message ?? "no error") should name \(key)")
        }
    }

    @Test("a name or alias that reads as a CBS code is a configuration error")
    func aliasLooksLikeCode() {
        let config = RegioTOML(gemeenten: [.init(code: "GM0001", naam: "Aadorp", huishoudens: 10, aliassen: ["9999"])])
        #expect(throws: MonitorError.self) { try RegionConfig.parse(config.text) }
    }

    @Test("a TOML syntax error reports its line")
    func syntaxError() throws {
        // The first key after code and naam is on line 3.
        let error = try #require(
            self.error(RegioTOML(code: "test", naam: "Test", keys: ["minimum = = 15"], gemeenten: []).text))
        #expect(error.kind == .configuration)
        #expect(error.location?.line == 3)
        #expect(error.location?.file == "regio.toml")
    }

    @Test("a configuration file that does not exist is a configuration error")
    func missingFile() throws {
        let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/regio.toml"
        let error = #expect(throws: MonitorError.self) { try RegionConfig.read(path) }
        #expect(error?.kind == .configuration)
        #expect(error?.location?.file == path)
    }
}

/// `[limieten]`: bounds on each input file, with the defaults of `Limits`.
struct LimitsConfigTests {
    @Test("without [limieten] the defaults hold: 1024 MB a file, 64 KB a field, 5,000,000 rows, 200 MB an XLSX part")
    func defaults() throws {
        let limits = try RegionConfig.parse(RegioTOML().text).limits
        #expect(limits.fileBytes == 1_073_741_824)
        #expect(limits.fieldBytes == 65_536)
        #expect(limits.rowsPerFile == 5_000_000)
        #expect(limits.xlsxPartBytes == 209_715_200)
    }

    @Test("each key of [limieten] overrides its default; an unknown key or a zero is a configuration error")
    func overrides() throws {
        let text =
            RegioTOML().with("limieten", "bestand_mb = 2", "veld_kb = 3", "regels_per_bestand = 10", "xlsx_deel_mb = 4")
            .text
        let limits = try RegionConfig.parse(text).limits
        #expect(limits == Limits(fileBytes: 2_097_152, fieldBytes: 3072, rowsPerFile: 10, xlsxPartBytes: 4_194_304))
        let unknown = #expect(throws: MonitorError.self) {
            try RegionConfig.parse(RegioTOML().with("limieten", "regels = 10").text)
        }
        #expect(unknown?.message.contains("sleutel 'limieten.regels'") == true)
        let zero = #expect(throws: MonitorError.self) {
            try RegionConfig.parse(RegioTOML().with("limieten", "veld_kb = 0").text)
        }
        #expect(zero?.message.contains("limieten.veld_kb") == true)
    }
}
