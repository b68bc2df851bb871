/// Revisions since the last publication (SPEC.md section 11): the figures computed now for each basis's period,
/// compared with what the basis published, and the deliveries that changed since its manifest.
enum Revisions {
    /// The compared indicators, in SPEC.md section 11's order.
    static let indicators =
        [
            "aanvragen", "beschikkingen", "afgewezen", "gehuisvest", "mutaties", "toewijzingspercentage", "signaal",
            "index", "wachtend",
        ] + UrgencyCode.statutory.map { "gehuisvest/" + $0.rawValue }

    /// The revisions of `report` against `bases` (oldest first); nil without a basis.
    static func herzieningen(of report: MonitorReport, against bases: [Base]) throws(MonitorError) -> Herzieningen? {
        guard !bases.isEmpty else { return nil }
        var result: [Herzieningen.Basis] = []
        for base in bases {
            let now = try report.published(for: base.period)
            result.append(
                Herzieningen.Basis(
                    periode: base.period, bestand: base.file, sha256: base.sha256,
                    gegenereerd: base.monitor.gegenereerd,
                    herzieningen: compare(base.monitor, with: now, config: report.config),
                    oorzaken: base.manifest.map { causes(report.dataset.deliveries, since: $0.manifest) }))
        }
        return Herzieningen(bases: result)
    }

    /// Every figure that differs between `published` and `now` (nil: the data no longer hold the period, so
    /// every figure is now empty), per unit: the regio, the gemeenten in config order, then any gemeente only
    /// the published monitor has, in its order.
    static func compare(
        _ published: PublishedMonitor, with now: PublishedMonitor?, config: RegionConfig
    ) -> [Herzieningen.Herziening] {
        var order = [config.code] + config.municipalities.map(\.code.value)
        for unit in published.units where !order.contains(unit.code) { order.append(unit.code) }
        func figures(_ monitor: PublishedMonitor?, _ code: String) -> [String: String] {
            monitor?.units.first { $0.code == code }?.figures ?? [:]
        }
        var revisions: [Herzieningen.Herziening] = []
        for code in order {
            let old = figures(published, code)
            let new = figures(now, code)
            for indicator in indicators where old[indicator] ?? "" != new[indicator] ?? "" {
                revisions.append(
                    Herzieningen.Herziening(
                        eenheid: code, indicator: indicator, oud: old[indicator] ?? "", nieuw: new[indicator] ?? ""))
            }
        }
        return revisions
    }

    /// The recognised deliveries of this run that are new or whose bytes differ from `manifest`'s, and those of
    /// `manifest` no longer found, by path (the manifest's order).
    static func causes(_ deliveries: [Delivery], since manifest: Manifest) -> [Herzieningen.Oorzaak] {
        var now: [String: String] = [:]
        for delivery in deliveries { now[delivery.path] = delivery.sha256 }
        var then: [String: String] = [:]
        for levering in manifest.leveringen { then[levering.path] = levering.sha256 }
        return Set(now.keys).union(then.keys).sorted().compactMap { path in
            switch (then[path], now[path]) {
            case (nil, _?): Herzieningen.Oorzaak(bestand: path, wijziging: .nieuw)
            case (_?, nil): Herzieningen.Oorzaak(bestand: path, wijziging: .vervallen)
            case (let old?, let new?) where old != new: Herzieningen.Oorzaak(bestand: path, wijziging: .gewijzigd)
            default: nil
            }
        }
    }
}

extension MonitorReport {
    /// The figures that a run for `period` would publish now, as its XML writes them; nil when the data no longer
    /// hold the period.
    ///
    /// The report of `period` keeps this report's configuration, disclosure and data; only its units are read
    /// back, so the noodknop and the evaluation (which stay those of the reported period) do not matter.
    func published(for period: Period) throws(MonitorError) -> PublishedMonitor? {
        guard let figures = history.figures(for: period) else { return nil }
        var report = self
        report.period = period
        report.current = figures
        report.cells = PublishedCells(figures, disclosure: disclosure)
        report.herzieningen = nil
        let bytes = try MonitorXML.render(report)
        do {
            return try PublishedMonitor.read(bytes)
        } catch {
            throw MonitorError(.internal, "het zojuist geschreven XML-document is niet terug te lezen")
        }
    }
}
