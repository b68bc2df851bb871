/// Part "Driejaarsevaluatie" of the section Vooruit- en terugblik (SPEC.md section 9): does the region grow
/// towards the agreements over the last six half-years in the data (evaluation window W)?
struct EvaluatieView: Sendable {
    struct Rij: Sendable {
        var naam: String
        var begin: String
        var eind: String
        var gehuisvest: String
        var mutaties: String
        var percentage: String
        var index: String
        var voorraadNetto: String
    }

    /// The first and the last half-year of the window (`2024-H1`).
    var van: String
    var tot: String
    /// The window in words: `de vijf halfjaren 2024-H1 tot en met 2026-H1`.
    var venster: String
    /// Whether the window is shorter than six half-years.
    var kort: Bool
    var zin: String
    var spreidingZin: String
    var spreidingBegin: String
    var spreidingEind: String
    var ingroeipad: String
    var voorraadZin: String
    var tabel: Tabel<Rij>
    var grafiek: Chart
    var grafiekIndex: Chart

    init(report: MonitorReport) {
        let config = report.config
        let evaluation = report.evaluation
        let first = evaluation.periods.first ?? report.period
        let last = evaluation.periods.last ?? report.period
        van = DutchText.periodAxis(first)
        tot = DutchText.periodAxis(last)
        kort = evaluation.isShort
        let count = evaluation.periods.count
        venster =
            count == 1
            ? "het halfjaar \(DutchText.periodAxis(first))"
            : "de \(DutchText.numberWord(count)) halfjaren \(DutchText.periodAxis(first)) tot en met \(DutchText.periodAxis(last))"
        zin = Self.zin(evaluation, config: config)
        let (spread, begin, end, direction) = Self.spreiding(evaluation, history: report.history)
        spreidingZin = spread
        spreidingBegin = begin
        spreidingEind = end
        ingroeipad = direction
        voorraadZin = Self.voorraadZin(evaluation, history: report.history)
        let rijen = evaluation.municipalities.map { row in
            Rij(
                naam: row.municipality.naam, begin: Formatting.percent(orDash: row.percentageBegin),
                eind: Formatting.percent(orDash: row.percentageEnd), gehuisvest: Formatting.dutch(row.sums.gehuisvest),
                mutaties: Formatting.dutch(row.sums.mutaties),
                percentage: Formatting.percent(orDash: row.sums.percentage),
                index: row.distribution.index.map { Formatting.dutch($0, places: 2) } ?? "–",
                voorraadNetto: Self.signed(row.sums.voorraadNetto))
        }
        let firstFigures = report.history.figures(for: first)
        let lastFigures = report.history.figures(for: last)
        let regio = Rij(
            naam: config.naam, begin: Formatting.percent(orDash: firstFigures?.region.percentage),
            eind: Formatting.percent(orDash: lastFigures?.region.percentage),
            gehuisvest: Formatting.dutch(evaluation.region.gehuisvest),
            mutaties: Formatting.dutch(evaluation.region.mutaties),
            percentage: Formatting.percent(orDash: evaluation.region.percentage),
            index: evaluation.afwijking == nil ? "–" : Formatting.dutch(1, places: 2),
            voorraadNetto: Self.signed(evaluation.region.voorraadNetto))
        tabel = Tabel(rijen: rijen, regio: regio)
        grafiek = Dumbbell.chart(
            id: "grafiek-evaluatie",
            title: "Toewijzingspercentage per gemeente aan het begin (\(van)) en het eind (\(tot)) van de "
                + "evaluatieperiode",
            rows: evaluation.municipalities.map {
                Dumbbell.Row(label: $0.municipality.naam, begin: $0.percentageBegin, end: $0.percentageEnd)
            }
                + [
                    Dumbbell.Row(
                        label: config.naam, begin: firstFigures?.region.percentage,
                        end: lastFigures?.region.percentage, isRegion: true)
                ], beginLabel: van, endLabel: tot, minimum: config.minimum, signaalwaarde: config.signaalwaarde)
        grafiekIndex = IndexBars.chart(
            id: "grafiek-evaluatie-index",
            title: "Verdeling naar rato van huishoudens over \(van) tot en met \(tot) (index)",
            rows: evaluation.municipalities.map {
                IndexBars.Row(label: $0.municipality.naam, index: $0.distribution.index)
            })
    }

    /// `+12`, `0`, `-3`: a net change.
    static func signed(_ value: Int) -> String { (value > 0 ? "+" : "") + Formatting.dutch(value) }

    static func zin(_ evaluation: Evaluation, config: RegionConfig) -> String {
        let region = evaluation.region
        guard let percentage = region.percentage else {
            return "In deze periode zijn geen verhuringen (mutaties) gemeld, dus een toewijzingspercentage is niet te "
                + "berekenen."
        }
        var sentence =
            "Over deze periode ging \(Formatting.percent(percentage)) van de verhuringen in \(config.naam) naar "
            + "wettelijk urgenten (\(Formatting.dutch(region.gehuisvest)) van \(Formatting.dutch(region.mutaties)))"
        if let afwijking = evaluation.afwijking {
            sentence +=
                "; bij een verdeling naar rato van huishoudens zou \(Formatting.percent(afwijking)) van hen in een "
                + "andere gemeente wonen"
        }
        return sentence + "."
    }

    /// The spread at the start and the end of W in words, with ingroeipad b as `dichterbij` / `verder` / `gelijk`.
    static func spreiding(
        _ evaluation: Evaluation, history: History
    ) -> (sentence: String, begin: String, end: String, direction: String) {
        func value(_ spread: Double?) -> String {
            spread.map { Formatting.dutch($0, places: 1) + " procentpunt" } ?? "niet te berekenen"
        }
        let begin = value(evaluation.spreidingBegin)
        let end = value(evaluation.spreidingEind)
        guard let first = evaluation.periods.first, let last = evaluation.periods.last else {
            return ("", begin, end, "–")
        }
        func counted(_ period: Period) -> Int {
            history.figures(for: period)?.municipalities.filter { $0.indicators.mutaties > 0 }.count ?? 0
        }
        let firstText = DutchText.periodAxis(first)
        let lastText = DutchText.periodAxis(last)
        guard let spreadBegin = evaluation.spreidingBegin, let spreadEnd = evaluation.spreidingEind,
            let direction = evaluation.ingroeipadB
        else {
            let missing = [first, last].filter { counted($0) == 0 }.map(DutchText.periodAxis)
            return (
                "De spreiding tussen de gemeenten is niet te berekenen: in \(DutchText.list(Array(Set(missing)).sorted())) "
                    + "meldde geen enkele gemeente mutaties.", begin, end, "niet te bepalen"
            )
        }
        let words: String
        switch direction {
        case .dichterbij: words = "de gemeenten liggen nu dichter bij elkaar (ingroeipad b: dichterbij)"
        case .verder: words = "de gemeenten liggen nu verder uit elkaar (ingroeipad b: verder)"
        case .gelijk: words = "de gemeenten liggen even ver uit elkaar als aan het begin (ingroeipad b: gelijk)"
        }
        var sentence: String
        if first == last {
            sentence =
                "De spreiding van de toewijzingspercentages tussen de gemeenten is "
                + "\(Formatting.dutch(spreadEnd, places: 1)) procentpunt in \(lastText); met één halfjaar in de "
                + "gegevens zijn begin en eind hetzelfde (ingroeipad b: gelijk)."
        } else {
            sentence =
                "De spreiding van de toewijzingspercentages tussen de gemeenten was "
                + "\(Formatting.dutch(spreadBegin, places: 1)) procentpunt in \(firstText) en is "
                + "\(Formatting.dutch(spreadEnd, places: 1)) procentpunt in \(lastText): \(words)."
        }
        let total = history.periods.first?.municipalities.count ?? 0
        let notes = (first == last ? [first] : [first, last]).map { ($0, counted($0)) }.filter { $0.1 < total }
        if !notes.isEmpty {
            sentence +=
                " Alleen gemeenten met mutaties tellen mee: "
                + DutchText.list(
                    notes.map {
                        "\(DutchText.numberWord($0.1)) van de \(DutchText.numberWord(total)) in \(DutchText.periodAxis($0.0))"
                    }
                ) + "."
        }
        return (sentence, begin, end, direction.rawValue)
    }

    static func voorraadZin(_ evaluation: Evaluation, history: History) -> String {
        let delivered = evaluation.periods.filter { history.figures(for: $0)?.region.voorraad != nil }
        guard !delivered.isEmpty else {
            return
                "Over deze periode is geen voorraadlevering ontvangen, dus de groei van het aantal kleine betaalbare "
                + "woningen is niet te tonen."
        }
        let net = evaluation.region.voorraadNetto
        let change =
            net > 0
            ? "kwamen er netto \(Formatting.dutch(net)) kleine, (zeer) betaalbare sociale huurwoningen bij"
            : net < 0
                ? "verdwenen er netto \(Formatting.dutch(-net)) kleine, (zeer) betaalbare sociale huurwoningen"
                : "bleef het aantal kleine, (zeer) betaalbare sociale huurwoningen per saldo gelijk"
        let covered =
            delivered.count == evaluation.periods.count
            ? "voorraad is in elk halfjaar geleverd"
            : "alleen voor \(DutchText.list(delivered.map(DutchText.periodAxis))) is voorraad geleverd"
        return "Over deze periode \(change) (\(covered))."
    }
}
