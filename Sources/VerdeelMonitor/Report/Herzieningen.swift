/// Revisions since the last publication (SPEC.md section 11): for every published monitor compared with (a
/// basis), the figures that differ now from what it published, and the deliveries that changed since.
///
/// A plain value that `Revisions` computes and the renderers read; nil in `MonitorReport` when the output folder
/// holds no basis (then neither the XML nor the HTML says anything about revisions).
struct Herzieningen: Sendable, Equatable {
    /// One published monitor compared with, and what changed since.
    struct Basis: Sendable, Equatable {
        var periode: Period
        /// The XML file's name in the output folder (`monitor-<regio>-<periode>.xml`).
        var bestand: String
        /// Of the XML's bytes as published.
        var sha256: String
        /// The basis's `monitor@gegenereerd` as written.
        var gegenereerd: String
        /// In SPEC.md section 11's order: per unit (regio, then the gemeenten), per indicator.
        var herzieningen: [Herziening]
        /// The deliveries new, changed or gone since the basis's manifest, in path order; nil when no manifest
        /// of the basis's set lies beside it.
        var oorzaken: [Oorzaak]?
    }

    /// One figure that differs: values as the XML writes them (`onderdrukt` for a suppressed cell, empty for an
    /// absent value).
    struct Herziening: Sendable, Equatable {
        /// The regio's code or a gemeente's CBS code.
        var eenheid: String
        var indicator: String
        var oud: String
        var nieuw: String
    }

    struct Oorzaak: Sendable, Equatable {
        /// Relative to `--input`, as in the manifest.
        var bestand: String
        var wijziging: Wijziging
    }

    enum Wijziging: String, Sendable {
        case nieuw, gewijzigd, vervallen
    }

    /// Oldest period first.
    var bases: [Basis]

    /// The revised figures of periods before the reported one (what the kernboodschap counts).
    func earlierCount(before period: Period) -> Int {
        bases.filter { $0.periode < period }.reduce(0) { $0 + $1.herzieningen.count }
    }
}
