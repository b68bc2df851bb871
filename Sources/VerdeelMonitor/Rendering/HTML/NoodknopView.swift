/// The noodknop panel: the status, each rule that fired in words with its figures, and every rule checked.
struct NoodknopView: Sendable {
    /// One rule of the contract and whether it fired.
    struct Toets: Sendable {
        var regel: String
        var geraakt: Bool
        var uitkomst: String
        var symbool: String
    }

    var agenderen: Bool
    /// `agenderen` or `geen-aanleiding`, as in the XML.
    var code: String
    var kop: String
    var symbool: String
    var toelichting: String
    /// One sentence per rule that fired (per municipality for the series rule).
    var redenen: [String]
    var toetsen: [Toets]

    init(report: MonitorReport) {
        let config = report.config
        let settings = config.noodknop
        let signaal = DutchText.norm(config.signaalwaarde)
        let firings = report.noodknop.firings
        agenderen = !firings.isEmpty
        code = report.noodknop.status
        kop =
            agenderen ? "Noodknop: agenderen voor het bestuurlijk overleg" : "Noodknop: geen aanleiding om te agenderen"
        symbool = agenderen ? "⚠" : "✓"
        toelichting =
            agenderen
            ? "De cijfers raken \(firings.count == 1 ? "een regel" : "\(DutchText.numberWord(firings.count)) regels") van de noodknop. Dat is een signaal om de verdeling te bespreken, geen besluit."
            : "Geen van de regels van de noodknop is geraakt."

        redenen = firings.map { firing in
            switch firing.rule {
            case .signaalwaardeReeks:
                let naam = firing.municipality?.naam ?? config.naam
                let values = firing.evidence.compactMap { figures -> String? in
                    guard
                        let m = figures.municipalities.first(where: {
                            $0.municipality.code == firing.municipality?.code
                        }),
                        let value = m.indicators.percentage
                    else { return nil }
                    return "\(DutchText.periodAxis(figures.period)): \(Formatting.percent(value))"
                }
                return
                    "\(naam) zit \(DutchText.numberWord(settings.signaalwaardeReeks)) halfjaren op rij boven de signaalwaarde van \(signaal) (\(values.joined(separator: "; ")))."
            case .regioOnderMinimum:
                let value = Formatting.percent(orDash: report.current.region.percentage)
                return
                    "De regio \(config.naam) zit met \(value) onder het wettelijk minimum van \(DutchText.norm(config.minimum))."
            case .wachtendenGroei:
                let values = firing.evidence.map { Formatting.dutch($0.region.wachtend) }
                return
                    "Het aantal wachtende urgenten in de regio steeg \(DutchText.numberWord(settings.wachtendenGroei)) halfjaren op rij: \(values.joined(separator: " → "))."
            }
        }
        func toets(_ rule: Noodknop.Rule, _ text: String) -> Toets {
            let fired = firings.filter { $0.rule == rule }
            let names = fired.compactMap { $0.municipality?.naam }
            let outcome =
                fired.isEmpty ? "niet geraakt" : names.isEmpty ? "geraakt" : "geraakt: \(DutchText.list(names))"
            return Toets(regel: text, geraakt: !fired.isEmpty, uitkomst: outcome, symbool: fired.isEmpty ? "✓" : "⚠")
        }
        toetsen = [
            toets(
                .signaalwaardeReeks,
                "Een gemeente zit \(DutchText.numberWord(settings.signaalwaardeReeks)) halfjaren op rij boven de signaalwaarde van \(signaal)"
            ),
            toets(.regioOnderMinimum, "De regio zit onder het wettelijk minimum van \(DutchText.norm(config.minimum))"),
            toets(
                .wachtendenGroei,
                "Het aantal wachtenden in de regio stijgt \(DutchText.numberWord(settings.wachtendenGroei)) halfjaren op rij"
            ),
        ]
    }
}
