/// Section "Herzieningen" (SPEC.md section 11): per earlier publication compared with (a basis, oldest first) the
/// figures that differ now, one row per unit (the regio first, then the gemeenten in config order) with its
/// changed indicators as old -> new, and the deliveries new, changed or gone since that publication.
///
/// The values are the two reports' own, as their XML writes them: a suppressed cell shows as the report shows
/// one (`<5`), so nothing hidden in either report appears here.
struct HerzieningenView: Sendable {
    /// One changed figure of a unit.
    struct Wijziging: Sendable {
        var indicator: String
        var oud: String
        var nieuw: String
    }

    /// A unit with its changed figures, in SPEC.md section 11's order of indicators.
    struct Eenheid: Sendable {
        var naam: String
        var aantal: String
        var wijzigingen: [Wijziging]
    }

    struct Oorzaak: Sendable {
        var bestand: String
        /// In words: `nieuw aangeleverd`, `gewijzigd`, `niet meer aangeleverd`.
        var wijziging: String
    }

    struct Basis: Sendable {
        /// The number of the table ids (`t-herzieningen-1`).
        var nummer: String
        /// `tweede halfjaar 2025`.
        var periode: String
        var bestand: String
        /// The basis's date of generation in Dutch (`1 juli 2026`).
        var gegenereerd: String
        /// `12 cijfers zijn herzien` or `Geen herzieningen: …`.
        var samenvatting: String
        var geenHerzieningen: Bool
        var eenheden: [Eenheid]
        var heeftOorzaken: Bool
        var oorzaken: [Oorzaak]
        /// No manifest lay beside the basis, so its causes are unknown.
        var zonderManifest: Bool
    }

    var bases: [Basis]

    /// Nil without a basis: no section.
    init?(report: MonitorReport) {
        guard let herzieningen = report.herzieningen else { return nil }
        let hidden = "<\(report.config.suppressBelow)"
        var names = [report.config.code: "Regio \(report.config.naam)"]
        for member in report.config.municipalities { names[member.code.description] = member.naam }
        bases = herzieningen.bases.enumerated().map { offset, basis in
            var units: [(code: String, wijzigingen: [Wijziging])] = []
            for revision in basis.herzieningen {
                let regio = revision.eenheid == report.config.code
                let value = { (text: String) in
                    Self.value(text, indicator: revision.indicator, regio: regio, hidden: hidden)
                }
                let change = Wijziging(
                    indicator: Self.label(revision.indicator, regio: regio), oud: value(revision.oud),
                    nieuw: value(revision.nieuw))
                if units.last?.code == revision.eenheid {
                    units[units.count - 1].wijzigingen.append(change)
                } else {
                    units.append((revision.eenheid, [change]))
                }
            }
            let count = basis.herzieningen.count
            return Basis(
                nummer: String(offset + 1), periode: DutchText.periodLong(basis.periode), bestand: basis.bestand,
                gegenereerd: Self.date(basis.gegenereerd),
                samenvatting: count == 0
                    ? "Geen herzieningen: alle cijfers zijn gelijk aan die in deze publicatie."
                    : "\(Formatting.dutch(count)) \(count == 1 ? "cijfer is" : "cijfers zijn") herzien.",
                geenHerzieningen: count == 0,
                eenheden: units.map { unit in
                    Eenheid(
                        naam: names[unit.code] ?? unit.code, aantal: Formatting.dutch(unit.wijzigingen.count),
                        wijzigingen: unit.wijzigingen)
                },
                heeftOorzaken: !(basis.oorzaken ?? []).isEmpty,
                oorzaken: (basis.oorzaken ?? []).map {
                    Oorzaak(bestand: $0.bestand, wijziging: Self.words($0.wijziging))
                },
                zonderManifest: basis.oorzaken == nil)
        }
    }
}
