/// The noodknop assessment for one period: whether the rules call for putting it on the agenda.
struct Noodknop: Sendable, Hashable {
    enum Rule: String, Sendable, Hashable {
        case signaalwaardeReeks = "signaalwaarde-reeks"
        case regioOnderMinimum = "regio-onder-minimum"
        case wachtendenGroei = "wachtenden-groei"
    }

    /// A rule that fired; `municipality` is nil for a regional rule. `evidence` holds the figures of the
    /// half-years the rule looked at, oldest first, so that the report can show them.
    struct Firing: Sendable, Hashable {
        var rule: Rule
        var municipality: MemberMunicipality?
        var evidence: [PeriodFigures] = []
    }

    var firings: [Firing]

    /// `agenderen` when any rule fired.
    var status: String { firings.isEmpty ? "geen-aanleiding" : "agenderen" }

    /// Evaluates the three rules for `period` over `history`, in the contract's order: one firing per
    /// municipality for `signaalwaarde-reeks` (config order), then the regional rules.
    init(period: Period, history: History, settings: NoodknopSettings) {
        firings = []
        guard let current = history.figures(for: period) else { return }
        /// The figures of the `count - 1` half-years just before `period` and of `period`, oldest first, or nil
        /// when one is not in the data.
        func run(_ count: Int) -> [PeriodFigures]? {
            var result: [PeriodFigures] = []
            var cursor: Period? = period
            for _ in 0..<count {
                guard let current = cursor, let figures = history.figures(for: current) else { return nil }
                result.append(figures)
                cursor = current.previous
            }
            return result.reversed()
        }
        if let series = run(settings.signaalwaardeReeks) {
            for (m, municipality) in current.municipalities.enumerated()
            where series.allSatisfy({ $0.municipalities[m].signaal == .bovenSignaalwaarde }) {
                firings.append(
                    Firing(rule: .signaalwaardeReeks, municipality: municipality.municipality, evidence: series))
            }
        }
        if current.regionSignaal == .onderMinimum {
            firings.append(Firing(rule: .regioOnderMinimum, municipality: nil, evidence: [current]))
        }
        if let series = run(settings.wachtendenGroei + 1),
            zip(series, series.dropFirst()).allSatisfy({ earlier, later in
                later.region.wachtend > earlier.region.wachtend
            })
        {
            firings.append(Firing(rule: .wachtendenGroei, municipality: nil, evidence: series))
        }
    }
}
