/// How much a run tells on stderr (`--log-level`, `--quiet`): each account line has a level, and one summary
/// line per run is always written, so that a cron mail holds the problems and the outcome.
public enum LogLevel: String, Sendable, CaseIterable, Comparable {
    case error, warning, notice, info, debug

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One line of the account of a run or a check (`Summary`, the stage timings), with the level it is logged at:
/// rejects, unrecognised and missing files are warnings, notices are notices, the per-delivery lines, the total
/// and the timings are info.
public struct AccountLine: Sendable, Equatable {
    public var level: LogLevel
    public var text: String

    init(_ level: LogLevel, _ text: String) {
        self.level = level
        self.text = text
    }
}
