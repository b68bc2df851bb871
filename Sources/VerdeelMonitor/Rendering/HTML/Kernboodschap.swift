/// The kernboodschap: three to six sentences, generated from the figures, that give the answer first; the last
/// says whether the minimum would have housed everyone who needed a home (SPEC.md section 9). When figures of
/// earlier periods were revised since their publication (SPEC.md section 11), one more sentence gives their count.
///
/// Every sentence names the figure it rests on, so a reader can find it in the tables further on.
enum Kernboodschap {
    /// `passend` is the region's passend breakdown as published (nil: every class shown); the sentence on it
    /// quotes no hidden figure. `revised` is the count of revised figures of earlier periods.
    static func sentences(
        current: PeriodFigures, previous: PeriodFigures?, config: RegionConfig, passend: PublishedPassend? = nil,
        revised: Int = 0
    ) -> [String] {
        let minimum = DutchText.norm(config.minimum)
        let signaal = DutchText.norm(config.signaalwaarde)
        let region = current.region
        var result: [String] = []

        if let percentage = region.percentage {
            let verdict =
                switch current.regionSignaal {
                case .onderMinimum: "dat is onder het wettelijk minimum van \(minimum)"
                case .bovenSignaalwaarde: "dat is boven de signaalwaarde van \(signaal)"
                default: "dat ligt tussen het minimum van \(minimum) en de signaalwaarde van \(signaal)"
                }
            result.append(
                "In het \(DutchText.periodLong(current.period)) ging \(Formatting.percent(percentage)) van de "
                    + "verhuurde sociale huurwoningen in \(config.naam) naar wettelijk urgenten (\(Formatting.dutch(region.gehuisvest.total)) "
                    + "van \(Formatting.dutch(region.mutaties)) verhuringen); \(verdict).")
        } else {
            result.append(
                "In het \(DutchText.periodLong(current.period)) zijn in \(config.naam) geen verhuringen (mutaties) gemeld, "
                    + "dus een toewijzingspercentage is niet te berekenen.")
        }

        func named(_ signaal: Signaal) -> [String] {
            current.municipalities.filter { $0.signaal == signaal }.map { figures in
                figures.indicators.percentage.map { "\(figures.municipality.naam) (\(Formatting.percent($0)))" }
                    ?? figures.municipality.naam
            }
        }
        let above = named(.bovenSignaalwaarde)
        let below = named(.onderMinimum)
        let none = named(.geenMutaties)
        var parts: [String] = []
        if !above.isEmpty {
            parts.append("\(DutchText.list(above)) \(above.count == 1 ? "zit" : "zitten") boven de signaalwaarde")
        }
        if !below.isEmpty {
            parts.append("\(DutchText.list(below)) \(below.count == 1 ? "zit" : "zitten") onder het minimum")
        }
        if !none.isEmpty {
            parts.append("\(DutchText.list(none)) \(none.count == 1 ? "meldde" : "meldden") geen mutaties")
        }
        if parts.isEmpty, region.percentage != nil {
            result.append(
                "Alle \(DutchText.numberWord(current.municipalities.count)) gemeenten zitten tussen het minimum en de signaalwaarde."
            )
        } else if !parts.isEmpty {
            let first = parts[0]
            result.append(
                first.prefix(1).uppercased() + first.dropFirst()
                    + (parts.count > 1 ? "; " + parts.dropFirst().joined(separator: "; ") : "") + ".")
        }

        if let afwijking = current.regionDistribution.afwijking {
            var sentence =
                "Bij een verdeling naar rato van huishoudens zou \(Formatting.percent(afwijking)) van de gehuisveste urgenten in een andere gemeente wonen"
            let indexed = current.municipalities.compactMap { m in
                m.distribution.index.map { (naam: m.municipality.naam, index: $0) }
            }
            if let high = indexed.max(by: { $0.index < $1.index }), let low = indexed.min(by: { $0.index < $1.index }),
                high.index > low.index
            {
                sentence +=
                    "; \(high.naam) huisvest naar verhouding het meest (index \(Formatting.dutch(high.index, places: 2))), "
                    + "\(low.naam) het minst (index \(Formatting.dutch(low.index, places: 2)))"
            }
            result.append(sentence + ".")
        }

        let published = passend ?? PublishedPassend(unprotected: region.passend)
        if let share = published.share, let elders = published.cell(.elders).value {
            result.append(
                "\(Formatting.percent(share)) van de gehuisveste urgenten met bekende herkomst woont passend: in de eigen gemeente, "
                    + "als mantelzorger of met een afgesproken uitzondering; \(Formatting.dutch(elders)) "
                    + "\(elders == 1 ? "is" : "zijn") elders gehuisvest.")
        }

        let waiting = Formatting.dutch(region.wachtend)
        if let previous {
            let before = previous.region.wachtend
            let trend =
                region.wachtend > before
                ? "steeg van \(Formatting.dutch(before)) naar \(waiting)"
                : region.wachtend < before
                    ? "daalde van \(Formatting.dutch(before)) naar \(waiting)"
                    : "bleef gelijk op \(waiting)"
            result.append(
                "Het aantal urgenten met een beschikking dat nog wacht op een woning \(trend) ten opzichte van het \(DutchText.periodLong(previous.period))."
            )
        } else {
            result.append(
                "Er wachten \(waiting) urgenten met een beschikking op een woning; een vorig halfjaar om mee te vergelijken ontbreekt."
            )
        }
        if let capacity = capacity(current.regionCapaciteit, config: config) { result.append(capacity) }
        return Array(result.prefix(6)) + (revisions(revised).map { [$0] } ?? [])
    }

    /// "Sinds de vorige publicatie zijn 12 cijfers van eerdere perioden herzien; zie Herzieningen."; nil for none.
    static func revisions(_ count: Int) -> String? {
        guard count > 0 else { return nil }
        return count == 1
            ? "Sinds de vorige publicatie is 1 cijfer van een eerdere periode herzien; zie Herzieningen."
            : "Sinds de vorige publicatie zijn \(Formatting.dutch(count)) cijfers van eerdere perioden herzien; zie Herzieningen."
    }

    /// Would the minimum have housed everyone who needed a home, in the words of Twente's footnote 4: "Bij 15%
    /// hadden 90 van de 800 urgenten die dit halfjaar een woning nodig hadden er geen gekregen; daarvoor was 16,9%
    /// van de verhuringen nodig geweest." The shortfall is rounded to whole persons; nil when nobody needed a home.
    static func capacity(_ capaciteit: Capaciteit, config: RegionConfig) -> String? {
        let vraag = capaciteit.vraag
        guard vraag > 0 else { return nil }
        let minimum = DutchText.norm(config.minimum)
        let who =
            "\(vraag == 1 ? "urgent die" : "urgenten die") dit halfjaar een woning nodig \(vraag == 1 ? "had" : "hadden")"
        let count = Formatting.dutch(vraag)
        guard let needed = capaciteit.nodigPercentage.map({ Formatting.percent($0) }) else {
            return
                "Er zijn dit halfjaar geen verhuringen gemeld, dus ook het minimum van \(minimum) had geen van de \(count) \(who) een woning gegeven."
        }
        if capaciteit.volstaat {
            return vraag == 1
                ? "Bij het minimum van \(minimum) had de ene \(who) er een gekregen; daarvoor was \(needed) van de verhuringen nodig."
                : "Bij het minimum van \(minimum) hadden alle \(count) \(who) er een gekregen; daarvoor was \(needed) van de verhuringen nodig."
        }
        let short = Int(capaciteit.tekort.rounded())
        if vraag == 1 {
            return
                "Bij het minimum van \(minimum) had de ene \(who) er geen gekregen; daarvoor was \(needed) van de verhuringen nodig geweest."
        }
        if short == 0 {
            return
                "Bij het minimum van \(minimum) hadden bijna alle \(count) \(who) er een gekregen; voor allemaal was \(needed) van de verhuringen nodig geweest."
        }
        return
            "Bij het minimum van \(minimum) \(short == 1 ? "had" : "hadden") \(Formatting.dutch(short)) van de \(count) \(who) er geen gekregen; daarvoor was \(needed) van de verhuringen nodig geweest."
    }
}
