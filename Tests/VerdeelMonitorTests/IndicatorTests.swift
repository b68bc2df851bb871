import Testing

@testable import VerdeelMonitor

/// The statutory indicators on a three-municipality half-year whose every figure is worked out by hand.
///
/// 2026-H1, noemer `alle`:
/// - Aastad: 20 lettings (MED, GGZ, MZ; 2 VH; 1 LOK; 14 regular) -> gehuisvest 3, mutaties 20, 15.00% (exactly
///   the minimum: binnen).
/// - Beedorp: 10 lettings (MO, DG; 1 VH; 7 regular) -> 2 / 10 = 20.00% (exactly the signaalwaarde: binnen).
///   Beedorp handles MO elsewhere, so g = 1 in the verdeling.
/// - Ceeveen: 4 lettings (VO; 3 regular) -> 25.00%, boven-signaalwaarde.
/// - Region: 6 / 34 = 17.647...%, binnen.
/// Verdeling: g = (3, 1, 1), G = 5, h = (6000, 3000, 1000), H = 10000.
struct IndicatorTests {
    static func lettings() -> [Letting] {
        [
            letting("2026-01-10", TestRegion.aastad, .med), letting("2026-02-10", TestRegion.aastad, .ggz),
            letting("2026-06-30", TestRegion.aastad, .mz), letting("2026-03-01", TestRegion.aastad, .vh),
            letting("2026-03-02", TestRegion.aastad, .vh), letting("2026-03-03", TestRegion.aastad, .lok),
        ]
            + regularLettings(14, TestRegion.aastad)
            + [
                letting("2026-01-01", TestRegion.beedorp, .mo), letting("2026-04-01", TestRegion.beedorp, .dg),
                letting("2026-04-02", TestRegion.beedorp, .vh),
            ]
            + regularLettings(7, TestRegion.beedorp)
            + [letting("2026-05-05", TestRegion.ceeveen, .vo)] + regularLettings(3, TestRegion.ceeveen)
            // Outside the period: counts in 2025-H2 and 2026-H2, not in 2026-H1.
            + [letting("2025-12-31", TestRegion.aastad, .med), letting("2026-07-01", TestRegion.ceeveen, .vo)]
    }

    /// Aastad's register: what counts as aanvraag, beschikking and afgewezen in 2026-H1.
    static func register() -> [UrgencyRecord] {
        [
            UrgencyRecord(
                number: "A1", municipality: TestRegion.aastad, applied: day("2026-01-05"), category: .med,
                besluit: .toegekend, decided: day("2026-02-01")),
            UrgencyRecord(
                number: "A2", municipality: TestRegion.aastad, applied: day("2025-11-20"), category: .ggz,
                besluit: .toegekend, decided: day("2026-01-10")),
            UrgencyRecord(
                number: "A3", municipality: TestRegion.aastad, applied: day("2026-03-01"), category: .mz,
                besluit: .afgewezen, decided: day("2026-04-01")),
            UrgencyRecord(
                number: "A4", municipality: TestRegion.aastad, applied: day("2026-05-01"), category: .lok,
                besluit: .toegekend, decided: day("2026-05-02")),
            UrgencyRecord(number: "A5", municipality: TestRegion.aastad, applied: day("2026-06-30"), category: .dg),
            UrgencyRecord(
                number: "A6", municipality: TestRegion.aastad, applied: day("2026-06-01"), category: .med,
                besluit: .toegekend, decided: day("2026-07-01")),
        ]
    }

    static func history(noemer: Denominator = .alle) -> History {
        let config = TestRegion.config(noemer: noemer)
        return Aggregation.history(
            dataset(
                lettings: lettings(), register: register(),
                periods: ["2025-H2", "2026-H1", "2026-H2"], config: config), config: config)
    }

    @Test("counts gehuisvest per category and all lettings as mutaties")
    func countsPerMunicipality() {
        let history = Self.history()
        let aastad = history.of(TestRegion.aastad, in: "2026-H1").indicators
        #expect(aastad.gehuisvest.values == [1, 1, 0, 1, 0, 0, 0, 0, 0])
        #expect(aastad.mutaties == 20)
        let beedorp = history.of(TestRegion.beedorp, in: "2026-H1").indicators
        #expect(beedorp.gehuisvest.values == [0, 0, 1, 0, 0, 0, 0, 0, 1])
        #expect(beedorp.mutaties == 10)
        #expect(history.of(TestRegion.ceeveen, in: "2026-H1").indicators.mutaties == 4)
        #expect(history.region(in: "2026-H1").region.gehuisvest.total == 6)
        #expect(history.region(in: "2026-H1").region.mutaties == 34)
        #expect(history.of(TestRegion.aastad, in: "2025-H2").indicators.gehuisvest.total == 1)
        #expect(history.of(TestRegion.ceeveen, in: "2026-H2").indicators.gehuisvest.total == 1)
    }

    @Test("aanvragen by datum_aanvraag, beschikkingen and afgewezen by datum_besluit, statutory only")
    func registerCounts() {
        let aastad = Self.history().of(TestRegion.aastad, in: "2026-H1").indicators
        #expect(aastad.aanvragen.values == [1, 2, 0, 0, 0, 0, 0, 0, 1])  // MZ (A3), MED (A1, A6), DG (A5)
        #expect(aastad.beschikkingen.values == [0, 1, 0, 1, 0, 0, 0, 0, 0])  // MED (A1), GGZ (A2)
        #expect(aastad.afgewezen == 1)
        let later = Self.history().of(TestRegion.aastad, in: "2026-H2").indicators
        #expect(later.beschikkingen.total == 1)  // A6, decided 2026-07-01
    }

    @Test("percentage and signaal: exactly 15 and exactly 20 are binnen, 25 is boven")
    func percentagesAtTheBoundaries() {
        let history = Self.history()
        let aastad = history.of(TestRegion.aastad, in: "2026-H1")
        #expect(aastad.indicators.percentage == 15)
        #expect(aastad.signaal == .binnen)
        let beedorp = history.of(TestRegion.beedorp, in: "2026-H1")
        #expect(beedorp.indicators.percentage == 20)
        #expect(beedorp.signaal == .binnen)
        let ceeveen = history.of(TestRegion.ceeveen, in: "2026-H1")
        #expect(ceeveen.indicators.percentage == 25)
        #expect(ceeveen.signaal == .bovenSignaalwaarde)
        let region = history.region(in: "2026-H1")
        #expect(abs(region.region.percentage! - 600.0 / 34.0) < 1e-12)
        #expect(region.regionSignaal == .binnen)
        // Beedorp has no lettings in 2026-H2.
        #expect(history.of(TestRegion.beedorp, in: "2026-H2").signaal == .geenMutaties)
        #expect(history.of(TestRegion.beedorp, in: "2026-H2").indicators.percentage == nil)
    }

    @Test("signaal compares unrounded values against minimum and signaalwaarde")
    func signaalRule() {
        #expect(Signaal(percentage: 14.999, minimum: 15, signaalwaarde: 20) == .onderMinimum)
        #expect(Signaal(percentage: 15, minimum: 15, signaalwaarde: 20) == .binnen)
        #expect(Signaal(percentage: 20, minimum: 15, signaalwaarde: 20) == .binnen)
        #expect(Signaal(percentage: 20.0001, minimum: 15, signaalwaarde: 20) == .bovenSignaalwaarde)
        #expect(Signaal(percentage: nil, minimum: 15, signaalwaarde: 20) == .geenMutaties)
    }

    @Test("noemer zonder-vergunninghouders leaves VH lettings out of mutaties")
    func denominatorWithoutStatusHolders() {
        let history = Self.history(noemer: .zonderVergunninghouders)
        #expect(history.of(TestRegion.aastad, in: "2026-H1").indicators.mutaties == 18)
        #expect(history.of(TestRegion.beedorp, in: "2026-H1").indicators.mutaties == 9)
        #expect(history.of(TestRegion.beedorp, in: "2026-H1").signaal == .bovenSignaalwaarde)  // 22.2%
        #expect(history.region(in: "2026-H1").region.mutaties == 31)
    }

    @Test("verdeling naar rato van huishoudens, leaving out uitgezonderde categorieën")
    func distribution() {
        let history = Self.history()
        let a = history.of(TestRegion.aastad, in: "2026-H1").distribution
        let b = history.of(TestRegion.beedorp, in: "2026-H1").distribution
        let c = history.of(TestRegion.ceeveen, in: "2026-H1").distribution
        #expect([a.gehuisvest, b.gehuisvest, c.gehuisvest] == [3, 1, 1])
        #expect([a.aandeelHuishoudens, b.aandeelHuishoudens, c.aandeelHuishoudens] == [0.6, 0.3, 0.1])
        #expect(
            abs(a.evenredigAandeel - 3.0) < 1e-12 && abs(b.evenredigAandeel - 1.5) < 1e-12
                && abs(c.evenredigAandeel - 0.5) < 1e-12)
        #expect(abs(a.index! - 1.0) < 1e-12 && abs(b.index! - 2.0 / 3.0) < 1e-12 && abs(c.index! - 2.0) < 1e-12)
        #expect(abs(a.perDuizendHuishoudens - 0.5) < 1e-12 && abs(b.perDuizendHuishoudens - 1.0 / 3.0) < 1e-12)
        #expect(c.perDuizendHuishoudens == 1)
        let region = history.region(in: "2026-H1").regionDistribution
        #expect(region.gehuisvest == 5)
        #expect(abs(region.afwijking! - 10.0) < 1e-9)  // 50 x (0 + 0.1 + 0.1)
        #expect(Formatting.decimal(b.index!, places: 2) == "0.67")
    }

    @Test("without any housed urgent there is no index and no afwijking")
    func distributionWithoutHoused() {
        let result = Distribution.compute(housed: [0, 0], households: [100, 300])
        #expect(result.municipalities.map(\.index) == [nil, nil])
        #expect(result.municipalities.map(\.evenredigAandeel) == [0, 0])
        #expect(result.municipalities.map(\.aandeelHuishoudens) == [0.25, 0.75])
        #expect(result.region.afwijking == nil)
    }

    @Test("voorraad sums per municipality, zero for the others when any delivery exists, absent otherwise")
    func stock() {
        var data = dataset(
            stock: [
                StockChange(municipality: TestRegion.aastad, period: period("2026-H1"), added: 7, removed: 2),
                StockChange(municipality: TestRegion.aastad, period: period("2026-H1"), added: 1, removed: 0),
            ],
            periods: ["2025-H2", "2026-H1"])
        data.deliveries.append(
            Delivery(
                name: DeliveryName(soort: .voorraad, bron: "corp-a", period: period("2026-H1")),
                path: "v.csv", sha256: "", status: .gebruikt))
        let history = Aggregation.history(data, config: TestRegion.config())
        #expect(
            history.of(TestRegion.aastad, in: "2026-H1").indicators.voorraad == Voorraad(toegevoegd: 8, onttrokken: 2))
        #expect(history.of(TestRegion.aastad, in: "2026-H1").indicators.voorraad?.netto == 6)
        #expect(history.of(TestRegion.beedorp, in: "2026-H1").indicators.voorraad == Voorraad())
        #expect(history.region(in: "2026-H1").region.voorraad == Voorraad(toegevoegd: 8, onttrokken: 2))
        #expect(history.of(TestRegion.aastad, in: "2025-H2").indicators.voorraad == nil)
        #expect(history.region(in: "2025-H2").region.voorraad == nil)
    }
}
