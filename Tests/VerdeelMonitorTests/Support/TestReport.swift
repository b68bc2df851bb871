@testable import VerdeelMonitor

/// The time every test run and report is stamped with: 2026-07-01T00:00:00Z, as `make demo` and the baselines use.
enum TestTime {
    /// Seconds since 1970.
    static let generated = 1_782_864_000
    /// The same as `SOURCE_DATE_EPOCH` gives it to the executable.
    static let epoch = String(generated)
}

/// The report of a dataset built by hand (`dataset(...)`), as `Pipeline.report` makes it from the dataset's own
/// lettings, at `TestTime.generated`.
func testReport(
    _ data: Dataset, config: RegionConfig, period text: String, disclosure: Disclosure = .openbaar(threshold: 5)
) -> MonitorReport {
    Pipeline.report(
        config: config, configSHA256: String(repeating: "a", count: 64), dataset: data,
        history: Aggregation.history(data, config: config), period: period(text), disclosure: disclosure,
        generated: TestTime.generated)
}

/// A delivery of `soort` from `bron` for `text` that was read in full and used (one record).
func usedDelivery(_ soort: Soort, bron: String, period text: String) -> Delivery {
    Delivery(
        name: DeliveryName(soort: soort, bron: bron, period: period(text)),
        path: "\(soort.rawValue)_\(bron)_\(text).csv", sha256: String(repeating: "0", count: 64), status: .gebruikt,
        records: 1, used: 1)
}
