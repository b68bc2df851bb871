/// Section "Vooruit- en terugblik" (SPEC.md section 9): would the minimum have housed everyone who needed a home,
/// how much room is left for regular home seekers, the slaagkansen where they were delivered, and the three-year
/// evaluation over the last six half-years in the data.
struct VooruitblikView: Sendable {
    struct CapaciteitRij: Sendable {
        var naam: String
        var gehuisvest: String
        var wachtend: String
        var vraag: String
        var mutaties: String
        var bijMinimum: String
        var tekort: String
        var nodig: String
        /// Whether the minimum falls short here (the row is flagged in words, not only by colour).
        var tekortSchiet: Bool
    }

    struct RegulierRij: Sendable {
        var naam: String
        var verhuringen: String
        var regulier: String
        var aandeel: String
    }

    struct SlaagkansRij: Sendable {
        var naam: String
        var actief: String
        var geslaagd: String
        var slaagkans: String
    }

    struct EvaluatieRij: Sendable {
        var naam: String
        var begin: String
        var eind: String
        var gehuisvest: String
        var mutaties: String
        var percentage: String
        var index: String
        var voorraadNetto: String
    }

    // Capaciteit
    var capaciteitZin: String
    var capaciteitGemeenten: String
    var capaciteitRijen: [CapaciteitRij]
    var capaciteitRegio: CapaciteitRij
    var grafiekCapaciteit: Chart
    // Regulier
    var regulierZin: String
    var regulierRijen: [RegulierRij]
    var regulierRegio: RegulierRij
    var grafiekRegulier: Chart
    // Slaagkansen
    var slaagkansGeleverd: Bool
    var slaagkansZin: String
    var slaagkansRijen: [SlaagkansRij]
    var slaagkansRegio: SlaagkansRij?
    var grafiekSlaagkans: Chart?
    // Evaluatie
    var evaluatieVan: String
    var evaluatieTot: String
    var evaluatieVenster: String
    var evaluatieKort: Bool
    var evaluatieZin: String
    var spreidingZin: String
    var spreidingBegin: String
    var spreidingEind: String
    var ingroeipad: String
    var voorraadZin: String
    var evaluatieRijen: [EvaluatieRij]
    var evaluatieRegio: EvaluatieRij
    var grafiekEvaluatie: Chart
    var grafiekIndex: Chart

    init(report: MonitorReport) {
        let config = report.config
        let current = report.current
        let norm = DutchText.norm(config.minimum)

        func capaciteit(_ naam: String, _ figures: Indicators, _ c: Capaciteit) -> CapaciteitRij {
            CapaciteitRij(
                naam: naam, gehuisvest: Formatting.dutch(figures.gehuisvest.total),
                wachtend: Formatting.dutch(figures.wachtend), vraag: Formatting.dutch(c.vraag),
                mutaties: Formatting.dutch(figures.mutaties), bijMinimum: Formatting.dutch(c.bijMinimum, places: 1),
                tekort: Formatting.dutch(c.tekort, places: 1),
                nodig: c.nodigPercentage.map { Formatting.percent($0) } ?? "–", tekortSchiet: !c.volstaat)
        }
        capaciteitRijen = current.municipalities.map {
            capaciteit($0.municipality.naam, $0.indicators, $0.capaciteit)
        }
        capaciteitRegio = capaciteit(config.naam, current.region, current.regionCapaciteit)
        capaciteitZin =
            Kernboodschap.capacity(current.regionCapaciteit, config: config)
            ?? "Dit halfjaar had geen enkele wettelijk urgent een woning nodig: niemand is gehuisvest en niemand wacht."
        let enough = current.municipalities.filter { $0.capaciteit.vraag > 0 && $0.capaciteit.volstaat }
            .map(\.municipality.naam)
        let short = current.municipalities.filter { !$0.capaciteit.volstaat }.map(\.municipality.naam)
        if short.isEmpty {
            capaciteitGemeenten = "In elke gemeente had het minimum van \(norm) volstaan."
        } else if enough.isEmpty {
            capaciteitGemeenten = "In geen enkele gemeente had het minimum van \(norm) volstaan."
        } else {
            capaciteitGemeenten =
                "Het minimum van \(norm) had volstaan in \(DutchText.list(enough)); "
                + "niet in \(DutchText.list(short))."
        }
        grafiekCapaciteit = CapacityBars.chart(
            id: "grafiek-capaciteit",
            title: "Urgenten die een woning nodig hadden tegenover wat het minimum had opgeleverd, per gemeente, "
                + DutchText.periodLong(report.period),
            rows: current.municipalities.map {
                CapacityBars.Row(
                    label: $0.municipality.naam, vraag: $0.capaciteit.vraag, bijMinimum: $0.capaciteit.bijMinimum)
            }, minimum: config.minimum)

        func regulier(_ naam: String, _ figures: Indicators) -> RegulierRij {
            RegulierRij(
                naam: naam, verhuringen: Formatting.dutch(figures.verhuringen),
                regulier: Formatting.dutch(figures.regulier),
                aandeel: figures.aandeelRegulier.map { Formatting.percent($0) } ?? "–")
        }
        regulierRijen = current.municipalities.map { regulier($0.municipality.naam, $0.indicators) }
        regulierRegio = regulier(config.naam, current.region)
        regulierZin = Self.regulierZin(current, config: config)
        grafiekRegulier = ShareBars.chart(
            id: "grafiek-regulier",
            title: "Aandeel van de verhuringen aan reguliere woningzoekenden, " + DutchText.periodLong(report.period),
            measure: "aandeel van de verhuringen aan reguliere woningzoekenden", missing: "geen verhuringen",
            bars: current.municipalities.map {
                ShareBars.Bar(label: $0.municipality.naam, value: $0.indicators.aandeelRegulier)
            } + [ShareBars.Bar(label: config.naam, value: current.region.aandeelRegulier, isRegion: true)])

        slaagkansGeleverd = current.region.zoekers != nil
        func slaagkans(_ naam: String, _ zoekers: Zoekers) -> SlaagkansRij {
            SlaagkansRij(
                naam: naam, actief: Formatting.dutch(zoekers.actief), geslaagd: Formatting.dutch(zoekers.geslaagd),
                slaagkans: zoekers.percentage.map { Formatting.percent($0) } ?? "–")
        }
        slaagkansRijen = current.municipalities.compactMap { m in
            m.indicators.zoekers.map { slaagkans(m.municipality.naam, $0) }
        }
        slaagkansRegio = current.region.zoekers.map { slaagkans(config.naam, $0) }
        slaagkansZin = Self.slaagkansZin(current)
        grafiekSlaagkans = current.region.zoekers.map { _ in
            ShareBars.chart(
                id: "grafiek-slaagkans",
                title: "Slaagkans van actieve woningzoekenden, " + DutchText.periodLong(report.period),
                measure: "deel van de actieve woningzoekenden dat een woning kreeg", missing: "geen actieven gemeld",
                bars: current.municipalities.map {
                    ShareBars.Bar(label: $0.municipality.naam, value: $0.indicators.zoekers?.percentage)
                } + [ShareBars.Bar(label: config.naam, value: current.region.zoekers?.percentage, isRegion: true)])
        }

        let evaluation = report.evaluation
        let first = evaluation.periods.first ?? report.period
        let last = evaluation.periods.last ?? report.period
        evaluatieVan = DutchText.periodAxis(first)
        evaluatieTot = DutchText.periodAxis(last)
        evaluatieKort = evaluation.isShort
        let count = evaluation.periods.count
        evaluatieVenster =
            count == 1
            ? "het halfjaar \(DutchText.periodAxis(first))"
            : "de \(DutchText.numberWord(count)) halfjaren \(DutchText.periodAxis(first)) tot en met \(DutchText.periodAxis(last))"
        evaluatieZin = Self.evaluatieZin(evaluation, config: config)
        let (spread, begin, end, direction) = Self.spreiding(evaluation, history: report.history)
        spreidingZin = spread
        spreidingBegin = begin
        spreidingEind = end
        ingroeipad = direction
        voorraadZin = Self.voorraadZin(evaluation, history: report.history)
        evaluatieRijen = evaluation.municipalities.map { row in
            EvaluatieRij(
                naam: row.municipality.naam, begin: row.percentageBegin.map { Formatting.percent($0) } ?? "–",
                eind: row.percentageEnd.map { Formatting.percent($0) } ?? "–",
                gehuisvest: Formatting.dutch(row.sums.gehuisvest), mutaties: Formatting.dutch(row.sums.mutaties),
                percentage: row.sums.percentage.map { Formatting.percent($0) } ?? "–",
                index: row.distribution.index.map { Formatting.dutch($0, places: 2) } ?? "–",
                voorraadNetto: Self.signed(row.sums.voorraadNetto))
        }
        let firstFigures = report.history.figures(for: first)
        let lastFigures = report.history.figures(for: last)
        evaluatieRegio = EvaluatieRij(
            naam: config.naam, begin: firstFigures?.region.percentage.map { Formatting.percent($0) } ?? "–",
            eind: lastFigures?.region.percentage.map { Formatting.percent($0) } ?? "–",
            gehuisvest: Formatting.dutch(evaluation.region.gehuisvest),
            mutaties: Formatting.dutch(evaluation.region.mutaties),
            percentage: evaluation.region.percentage.map { Formatting.percent($0) } ?? "–",
            index: evaluation.afwijking == nil ? "–" : Formatting.dutch(1, places: 2),
            voorraadNetto: Self.signed(evaluation.region.voorraadNetto))
        grafiekEvaluatie = Dumbbell.chart(
            id: "grafiek-evaluatie",
            title: "Toewijzingspercentage per gemeente aan het begin (\(evaluatieVan)) en het eind (\(evaluatieTot)) "
                + "van de evaluatieperiode",
            rows: evaluation.municipalities.map {
                Dumbbell.Row(label: $0.municipality.naam, begin: $0.percentageBegin, end: $0.percentageEnd)
            }
                + [
                    Dumbbell.Row(
                        label: config.naam, begin: firstFigures?.region.percentage,
                        end: lastFigures?.region.percentage, isRegion: true)
                ], beginLabel: evaluatieVan, endLabel: evaluatieTot, minimum: config.minimum,
            signaalwaarde: config.signaalwaarde)
        grafiekIndex = IndexBars.chart(
            id: "grafiek-evaluatie-index",
            title: "Verdeling naar rato van huishoudens over \(evaluatieVan) tot en met \(evaluatieTot) (index)",
            rows: evaluation.municipalities.map {
                IndexBars.Row(label: $0.municipality.naam, index: $0.distribution.index)
            })
    }

    /// `+12`, `0`, `-3`: a net change.
    static func signed(_ value: Int) -> String { (value > 0 ? "+" : "") + Formatting.dutch(value) }

    static func regulierZin(_ current: PeriodFigures, config: RegionConfig) -> String {
        let region = current.region
        guard let share = region.aandeelRegulier else {
            return "Dit halfjaar zijn in \(config.naam) geen verhuringen gemeld."
        }
        var sentence =
            "Van de \(Formatting.dutch(region.verhuringen)) verhuringen in \(config.naam) ging "
            + "\(Formatting.percent(share)) (\(Formatting.dutch(region.regulier))) naar reguliere woningzoekenden, "
            + "zonder urgentie of voorrang als vergunninghouder"
        let shares = current.municipalities.compactMap { m in
            m.indicators.aandeelRegulier.map { (naam: m.municipality.naam, share: $0) }
        }
        if let low = shares.min(by: { $0.share < $1.share }), let high = shares.max(by: { $0.share < $1.share }),
            low.share < high.share
        {
            sentence +=
                "; het laagst was dat aandeel in \(low.naam) (\(Formatting.percent(low.share))), "
                + "het hoogst in \(high.naam) (\(Formatting.percent(high.share)))"
        }
        return sentence + "."
    }

    static func slaagkansZin(_ current: PeriodFigures) -> String {
        guard let zoekers = current.region.zoekers else {
            return "Voor dit halfjaar is geen levering met slaagkansen (zoekers) ontvangen, dus slaagkansen zijn niet "
                + "te tonen."
        }
        let without = current.municipalities.filter { $0.indicators.zoekers?.actief == 0 }.map(\.municipality.naam)
        var sentence: String
        if let percentage = zoekers.percentage {
            sentence =
                "Van de \(Formatting.dutch(zoekers.actief)) actieve woningzoekenden die dit halfjaar zijn gemeld, kreeg "
                + "\(Formatting.percent(percentage)) (\(Formatting.dutch(zoekers.geslaagd))) een woning."
        } else {
            sentence = "De ontvangen leveringen melden dit halfjaar geen actieve woningzoekenden."
        }
        if !without.isEmpty, zoekers.actief > 0 {
            sentence +=
                " Voor \(DutchText.list(without)) \(without.count == 1 ? "is" : "zijn") geen actieve woningzoekenden "
                + "gemeld; de slaagkans is daar niet te berekenen."
        }
        return sentence
    }

    static func evaluatieZin(_ evaluation: Evaluation, config: RegionConfig) -> String {
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
