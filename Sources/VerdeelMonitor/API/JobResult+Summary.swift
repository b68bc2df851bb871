extension JobResult {
    /// The one line a cron mail's subject reader wants: what was published, how it went, and where.
    ///
    /// For example: `verdeelmonitor: west-overijssel 2026-H1 gepubliceerd met problemen (exit 3): 92 leveringen,
    /// 5 regels afgewezen, 1 levering ontbreekt; out/monitor-west-overijssel-2026-H1.html`.
    public var summaryLine: String {
        var parts = ["\(deliveries) \(deliveries == 1 ? "levering" : "leveringen")"]
        if rejectedRows > 0 { parts.append("\(rejectedRows) \(rejectedRows == 1 ? "regel" : "regels") afgewezen") }
        if unrecognised > 0 {
            parts.append("\(unrecognised) \(unrecognised == 1 ? "bestand" : "bestanden") niet herkend")
        }
        if missing > 0 { parts.append("\(missing) \(missing == 1 ? "levering ontbreekt" : "leveringen ontbreken")") }
        let outcome = hasProblems ? "gepubliceerd met problemen (exit \(exitStatus.rawValue))" : "gepubliceerd"
        let html = written.first { $0.hasSuffix(".html") } ?? ""
        return "verdeelmonitor: \(regio) \(periode) \(outcome): \(parts.joined(separator: ", ")); \(html)"
    }
}
