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

    /// The smallest valid configuration, with `extra` added to the top level.
    static func minimal(_ extra: String = "", gemeente: String = "") -> String {
        "code = \"test\"\nnaam = \"Test\"\n\(extra)\n[[gemeente]]\ncode = \"GM0153\"\nnaam = \"Enschede\"\n"
            + "huishoudens = 100\n\(gemeente)\n"
    }

    func error(_ text: String) -> MonitorError? {
        do { _ = try RegionConfig.parse(text, file: "regio.toml"); return nil } catch { return error }
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
        #expect(config.corporations == [Corporation(code: "corp-a", naam: "Woonstichting A"),
                                        Corporation(code: "corp-b", naam: "Woonstichting B")])
        #expect(config.noodknop == NoodknopSettings(signaalwaardeReeks: 3, wachtendenGroei: 4))
    }

    @Test("absent optional keys take the defaults: 15, 20, alle, 5, noodknop 2 and 2")
    func defaults() throws {
        let config = try RegionConfig.parse(Self.minimal())
        #expect(config.minimum == 15 && config.signaalwaarde == 20)
        #expect(config.noemer == .alle && config.suppressBelow == 5)
        #expect(config.noodknop.signaalwaardeReeks == 2 && config.noodknop.wachtendenGroei == 2)
        #expect(config.corporations.isEmpty)
        let partial = try RegionConfig.parse(Self.minimal("[noodknop]\nwachtenden_groei = 3\n"))
        #expect(partial.noodknop == NoodknopSettings(signaalwaardeReeks: 2, wachtendenGroei: 3))
    }

    @Test("whole numbers are accepted for percentages; the other noemer is read")
    func integerPercentages() throws {
        let config = try RegionConfig.parse(Self.minimal(
            "minimum = 15\nsignaalwaarde = 25\nnoemer = \"zonder-vergunninghouders\"\nonderdrukken_onder = 10"))
        #expect(config.minimum == 15.0 && config.signaalwaarde == 25.0)
        #expect(config.noemer == .zonderVergunninghouders && config.suppressBelow == 10)
    }

    @Test("an error names the key, including the table it sits in")
    func errorsNameTheKey() throws {
        let missing = Self.minimal() + "[[gemeente]]\ncode = \"GM0164\"\nnaam = \"Hengelo\"\n"
        let cases: [(String, String)] = [
            (missing, "gemeente[2].huishoudens"),
            (Self.minimal("inwoners = 3"), "'inwoners'"),
            (Self.minimal(gemeente: "inwoners = 3"), "gemeente[1].inwoners"),
            (Self.minimal("[noodknop]\nreeks = 2"), "noodknop.reeks"),
            (Self.minimal("noemer = \"zonder-vh\""), "noemer"),
            (Self.minimal().replacingOccurrences(of: "GM0153", with: "GM01530"), "gemeente[1].code"),
            (Self.minimal().replacingOccurrences(of: "GM0153", with: "Enschede"), "gemeente[1].code"),
            (Self.minimal(gemeente: "uitgezonderde_categorieen = [\"VH\"]"), "gemeente[1].uitgezonderde_categorieen"),
            (Self.minimal(gemeente: "uitgezonderde_categorieen = [\"LOK\"]"), "gemeente[1].uitgezonderde_categorieen"),
            (Self.minimal("minimum = \"15\""), "minimum"),
            (Self.minimal().replacingOccurrences(of: "\"test\"", with: "\"Twente\""), "code"),
            ("code = \"test\"\nnaam = \"Test\"\n", "gemeente"),
        ]
        for (text, key) in cases {
            let error = try #require(self.error(text), "expected an error naming \(key)")
            #expect(error.kind == .configuration)
            #expect(error.message.contains(key), "\(error.message) should name \(key)")
            #expect(error.location?.file == "regio.toml")
        }
    }

    @Test("a municipality configured twice (GM0153 and 153) is an error")
    func duplicateMunicipality() throws {
        let text = Self.minimal() + "[[gemeente]]\ncode = \"153\"\nnaam = \"Enschede-Zuid\"\nhuishoudens = 5\n"
        let error = try #require(self.error(text))
        #expect(error.kind == .configuration)
        #expect(error.message.contains("GM0153"))
    }

    @Test("a TOML syntax error reports its line")
    func syntaxError() throws {
        let error = try #require(self.error("code = \"test\"\nnaam = \"Test\"\nminimum = = 15\n"))
        #expect(error.kind == .configuration)
        #expect(error.location?.line == 3)
        #expect(error.location?.file == "regio.toml")
    }

    @Test("a configuration file that does not exist is a configuration error")
    func missingFile() throws {
        let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/regio.toml"
        do {
            _ = try RegionConfig.load(from: path)
            Issue.record("a missing file must not load")
        } catch {
            #expect(error.kind == .configuration)
            #expect(error.location?.file == path)
        }
    }
}
