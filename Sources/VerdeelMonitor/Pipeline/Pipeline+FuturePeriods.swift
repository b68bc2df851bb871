/// The default periode and deliveries for periods that have not started (SPEC section 8).
///
/// A period has started when its first day (UTC) is on or before the day of generation (`SOURCE_DATE_EPOCH`,
/// else the time of the run): on 1 January 2026 00:00 UTC, 2026-H1 has started. The default periode is the latest
/// started period with a delivery. A delivery for a later period (a typing error such as `_2062-H1`) is read like
/// any other (its rows count in the periods of their own dates), but it cannot become the report's period, and
/// it is listed as a problem: a notice in the log and in the report's aanleveringen section, and exit code 3.
/// `--periode` may still name a future period that has deliveries: the user asked for it explicitly; the notices
/// say that it lies in the future.
extension Period {
    /// The half-year that holds the moment `seconds` since 1970 (UTC).
    init(atSecond seconds: Int) {
        self.init(containing: Day(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400))
    }
}

extension Pipeline {
    /// The latest period with a delivery among `periods` that has started at `generated`; nil when none has.
    static func latestStarted(_ periods: [Period], generated: Int) -> Period? {
        let now = Period(atSecond: generated)
        return periods.filter { $0 <= now }.last
    }

    /// One notice per recognised delivery whose period starts after `generated`, counted as a problem.
    static func futureDeliveries(_ dataset: Dataset, generated: Int) -> [Notice] {
        let now = Period(atSecond: generated)
        return dataset.deliveries.filter { $0.name.period > now }.sorted { $0.path < $1.path }.map { delivery in
            Notice(
                SourceLocation(file: delivery.path),
                "levering voor periode \(delivery.name.period), die ligt in de toekomst (het is nu \(now)); "
                    + "een typefout in de bestandsnaam? De levering bepaalt de standaardperiode niet; "
                    + "haar regels tellen in de periode van hun eigen datum",
                isProblem: true)
        }
    }
}
