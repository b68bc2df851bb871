import Testing

@testable import VerdeelMonitor

/// Passend housed (afspraak 1a/1b): each letting in gehuisvest falls in exactly one class, checked in the order
/// mantelzorg, uitzondering, onbekend, herkomst, elders.
struct PassendTests {
    let aastad = TestRegion.aastad

    func row(
        _ number: String, origin: MunicipalityCode? = nil, exception: Bool = false, reden: String = "",
        in municipality: MunicipalityCode = TestRegion.aastad
    ) -> UrgencyRecord {
        UrgencyRecord(
            number: number, municipality: municipality, applied: day("2025-10-01"), category: .med,
            besluit: .toegekend, decided: day("2025-11-01"), origin: origin, exception: exception, reden: reden)
    }

    @Test("mantelzorg comes first, even with an exception row and another origin")
    func mantelzorgFirst() {
        let l = letting("2026-02-01", aastad, .mz, origin: TestRegion.beedorp)
        #expect(PassendClass(letting: l, linked: row("X", origin: TestRegion.beedorp, exception: true)) == .mantelzorg)
    }

    @Test("a documented uitzondering comes before an unknown or other origin")
    func exceptionBeforeOrigin() {
        #expect(
            PassendClass(letting: letting("2026-02-01", aastad, .ggz), linked: row("X", exception: true))
                == .uitzondering)
        #expect(
            PassendClass(
                letting: letting("2026-02-01", aastad, .ggz, origin: TestRegion.ceeveen),
                linked: row("X", origin: TestRegion.beedorp, exception: true)) == .uitzondering)
    }

    @Test("onbekend when neither the linked row nor the letting names an origin")
    func unknownOrigin() {
        #expect(PassendClass(letting: letting("2026-02-01", aastad, .vo), linked: nil) == .onbekend)
        #expect(PassendClass(letting: letting("2026-02-01", aastad, .vo), linked: row("X")) == .onbekend)
    }

    @Test("the linked row's origin wins over the letting's; else the letting's own")
    func originSources() {
        let l = letting("2026-02-01", aastad, .vo, origin: TestRegion.beedorp)
        #expect(PassendClass(letting: l, linked: row("X", origin: aastad)) == .herkomst)
        #expect(PassendClass(letting: l, linked: row("X")) == .elders)
        #expect(PassendClass(letting: l, linked: nil) == .elders)
        #expect(PassendClass(letting: letting("2026-02-01", aastad, .vo, origin: aastad), linked: nil) == .herkomst)
    }

    @Test("knelpunten tally the reden of elders lettings, normalised for case and white space")
    func knelpunten() {
        let register = [
            row("N1", origin: TestRegion.beedorp, reden: "Geen passend aanbod"),
            row("N2", origin: TestRegion.beedorp, reden: "  geen   PASSEND aanbod "),
            row("N3", origin: TestRegion.ceeveen, reden: "veiligheid"),
            row("N4", origin: TestRegion.ceeveen),
        ]
        let lettings =
            ["N1", "N2", "N3", "N4"].map { letting("2026-02-01", aastad, .med, number: $0) }
            + [letting("2026-02-01", aastad, .med, number: "N5")]  // unknown number, no origin: onbekend
        let history = Aggregation.history(
            dataset(lettings: lettings, register: register, periods: ["2026-H1"]),
            config: TestRegion.config())
        let passend = history.of(aastad, in: "2026-H1").indicators.passend
        #expect(passend.elders == 4)
        #expect(passend.onbekend == 1)
        #expect(passend.share == 0)
        #expect(passend.rankedKnelpunten.map(\.reden) == ["geen passend aanbod", "geen reden opgegeven", "veiligheid"])
        #expect(passend.rankedKnelpunten.map(\.count) == [2, 1, 1])
    }

    @Test("share passend is passend / (passend + elders); onbekend is left out")
    func share() {
        var passend = Passend()
        passend.herkomst = 5
        passend.uitzondering = 1
        passend.mantelzorg = 2
        passend.elders = 2
        passend.onbekend = 7
        #expect(passend.passend == 8)
        #expect(passend.share == 80)
        #expect(Passend().share == nil)
    }

    @Test("an urgentienummer in two registers links to neither: the letting falls back to its own origin")
    func ambiguousNumber() {
        let register = [
            row("DUP", origin: TestRegion.beedorp, reden: "x"),
            row("DUP", origin: TestRegion.beedorp, in: TestRegion.ceeveen),
        ]
        let lettings = [letting("2026-02-01", aastad, .med, number: "DUP", origin: aastad)]
        let history = Aggregation.history(
            dataset(lettings: lettings, register: register, periods: ["2026-H1"]),
            config: TestRegion.config())
        #expect(history.of(aastad, in: "2026-H1").indicators.passend.herkomst == 1)
        #expect(history.ambiguousNumbers == [[aastad, TestRegion.ceeveen]])
        // Both register rows stay unlinked, so both still wait at the end of the period.
        #expect(history.region(in: "2026-H1").region.wachtend == 2)
        #expect(history.of(aastad, in: "2026-H1").indicators.wachttijd.isEmpty)
    }

    @Test("classes per municipality add up to gehuisvest and sum to the region")
    func classesSum() {
        let lettings = [
            letting("2026-02-01", aastad, .mz), letting("2026-02-01", aastad, .med, origin: aastad),
            letting("2026-02-01", TestRegion.beedorp, .med, origin: aastad),
            letting("2026-02-01", TestRegion.beedorp, .vh, origin: aastad),
        ]
        let history = Aggregation.history(
            dataset(lettings: lettings, periods: ["2026-H1"]), config: TestRegion.config())
        let region = history.region(in: "2026-H1").region.passend
        #expect(
            [region.mantelzorg, region.herkomst, region.elders, region.uitzondering, region.onbekend] == [
                1, 1, 1, 0, 0,
            ])
        #expect(history.of(TestRegion.beedorp, in: "2026-H1").indicators.passend.elders == 1)
    }
}
