import Foundation

/// The wall time of each pipeline stage, for `make bench` (`VERDEELMONITOR_TIMINGS=1`): a run then logs one line
/// `tijd: <stage> <seconds> s` per stage, and `tijd: csv-lezer <bytes> bytes <seconds> s` for the CSV reader
/// alone, to stderr. Off by default; when off, nothing is measured.
final class StageClock: @unchecked Sendable {
    /// The stages in pipeline order, as `Tests/Bench/bench.sh` names them.
    static let stages = [
        "ontdekken", "inlezen", "oplossen", "aggregeren", "beoordelen", "renderen", "xml-validatie", "publiceren",
    ]

    let isEnabled: Bool
    private var seconds: [String: Double] = [:]
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
    func time<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
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

    /// The log lines, in stage order; empty when the clock is off.
    var lines: [String] {
        guard isEnabled else { return [] }
        let stages = StageClock.stages.filter { seconds[$0] != nil }.map {
            "tijd: \($0) \(String(format: "%.3f", seconds[$0]!)) s"
        }
        return stages + ["tijd: csv-lezer \(csvBytes) bytes \(String(format: "%.3f", csvSeconds)) s"]
    }
}
