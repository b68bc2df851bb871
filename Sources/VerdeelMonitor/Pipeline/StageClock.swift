import Foundation

/// The wall time of each pipeline stage, for `make bench` (`VERDEELMONITOR_TIMINGS=1`): a run then logs one line
/// `tijd: <stage> <seconds> s` per stage, and `tijd: csv-lezer <bytes> bytes <seconds> s` for the CSV reader
/// alone, to stderr (at level info). Off by default; when off, nothing is measured.
///
/// The pipeline makes the clock and hands it to the stages it times (the ingest among them).
final class StageClock: @unchecked Sendable {
    /// A timed stage, in pipeline order; the raw value is its name in the log, which `Tests/Bench/bench.sh` reads.
    enum Stage: String, CaseIterable, Sendable {
        case ontdekken, inlezen, oplossen, aggregeren, beoordelen, renderen
        case xmlValidatie = "xml-validatie"
        case publiceren
    }

    let isEnabled: Bool
    private var seconds: [Stage: Double] = [:]
    /// The CSV reader's account, added to from every core that reads deliveries (guarded by `lock`).
    private var csvBytes = 0
    private var csvSeconds = 0.0
    private let lock = NSLock()

    init(enabled: Bool) { isEnabled = enabled }

    /// A clock that measures when `VERDEELMONITOR_TIMINGS` is `1` in `environment`.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> StageClock {
        StageClock(enabled: environment["VERDEELMONITOR_TIMINGS"] == "1")
    }

    /// Runs `body` and adds its wall time to `stage`.
    func time<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        guard isEnabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try body()
    }

    /// Runs the CSV reader over `bytes` bytes in `body` and adds its time to the CSV reader's account.
    ///
    /// Deliveries are read on several cores at once; the account adds up the time of each, so it gives the reader's
    /// speed on one core.
    func timeCSV<T>(bytes: Int, _ body: () -> T) -> T {
        guard isEnabled else { return body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            lock.withLock {
                csvSeconds += seconds
                csvBytes += bytes
            }
        }
        return body()
    }

    /// The log lines (info), in stage order; empty when the clock is off.
    var lines: [AccountLine] {
        guard isEnabled else { return [] }
        let stages = Stage.allCases.compactMap { stage in
            seconds[stage].map { "tijd: \(stage.rawValue) \(String(format: "%.3f", $0)) s" }
        }
        return (stages + ["tijd: csv-lezer \(csvBytes) bytes \(String(format: "%.3f", csvSeconds)) s"]).map {
            AccountLine(.info, $0)
        }
    }
}
