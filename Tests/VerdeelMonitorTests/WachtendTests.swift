import Testing

@testable import VerdeelMonitor

/// Wachtend at the end of a period, and the median waiting time of those housed.
struct WachtendTests {
    let aastad = TestRegion.aastad

    func granted(
        _ number: String, decided: String, lapsed: String? = nil, category: UrgencyCode = .med,
        besluit: Besluit = .toegekend
    ) -> UrgencyRecord {
        UrgencyRecord(
            number: number, municipality: aastad, applied: day("2025-09-01"), category: category,
            besluit: besluit, decided: day(decided), lapsed: lapsed.map(day))
    }

    func wachtend(_ register: [UrgencyRecord], _ lettings: [Letting] = []) -> [Int] {
        let history = Aggregation.history(
            dataset(
                lettings: lettings, register: register,
                periods: ["2025-H2", "2026-H1", "2026-H2"]), config: TestRegion.config())
        return history.periods.map { $0.municipalities[0].indicators.wachtend }
    }

    @Test("granted and housed in a later period: waiting at the ends before the letting, not after")
    func housedLater() {
        let register = [granted("W1", decided: "2025-12-01")]
        let lettings = [letting("2026-08-10", aastad, .med, number: "W1")]
        #expect(wachtend(register, lettings) == [1, 1, 0])
    }

    @Test("a letting on the last day of the period ends the waiting in that period")
    func housedOnLastDay() {
        #expect(
            wachtend([granted("W1", decided: "2025-12-01")], [letting("2026-06-30", aastad, .med, number: "W1")]) == [
                1, 0, 0,
            ])
    }

    @Test("datum_vervallen on or before the period end stops the waiting; after it, not yet")
    func lapsed() {
        #expect(wachtend([granted("W1", decided: "2025-12-01", lapsed: "2026-06-30")]) == [1, 0, 0])
        #expect(wachtend([granted("W1", decided: "2025-12-01", lapsed: "2026-07-01")]) == [1, 1, 0])
    }

    @Test("decided after the period end does not wait in that period")
    func decidedLater() {
        #expect(wachtend([granted("W1", decided: "2026-01-01")]) == [0, 1, 1])
        #expect(wachtend([granted("W1", decided: "2025-12-31")]) == [1, 1, 1])
    }

    @Test("refused, withdrawn and local (LOK) urgencies never wait")
    func notStatutoryOrNotGranted() {
        #expect(
            wachtend([
                granted("W1", decided: "2025-12-01", besluit: .afgewezen),
                granted("W2", decided: "2025-12-01", besluit: .ingetrokken),
                granted("W3", decided: "2025-12-01", category: .lok),
            ]) == [0, 0, 0])
    }

    @Test("median waiting time from datum_besluit to the letting, mean of the middle two for an even count")
    func medianWaitingTime() {
        let register = [
            granted("M1", decided: "2026-01-01"), granted("M2", decided: "2026-01-01"),
            granted("M3", decided: "2026-01-01"), granted("M4", decided: "2026-01-01"),
        ]
        let odd = [
            letting("2026-01-11", aastad, .med, number: "M1"), letting("2026-01-21", aastad, .med, number: "M2"),
            letting("2026-02-10", aastad, .med, number: "M3"),
        ]  // 10, 20, 40 days
        let history = Aggregation.history(
            dataset(lettings: odd, register: register, periods: ["2026-H1"]), config: TestRegion.config())
        #expect(history.of(aastad, in: "2026-H1").indicators.wachttijd.sorted() == [10, 20, 40])
        #expect(history.of(aastad, in: "2026-H1").indicators.mediaanDagen == 20)
        let even = odd + [letting("2026-01-31", aastad, .med, number: "M4")]  // 10, 20, 30, 40 days
        let evenHistory = Aggregation.history(
            dataset(lettings: even, register: register, periods: ["2026-H1"]), config: TestRegion.config())
        #expect(evenHistory.of(aastad, in: "2026-H1").indicators.mediaanDagen == 25)
        #expect(Indicators().mediaanDagen == nil)
    }
}
