/// The view model of the HTML report: every text already formatted in Dutch, only stored properties. swift-mustache
/// looks a template's names up through `MustacheParent.child(named:)`, which `ViewLookup.swift` answers for every
/// view struct reachable from here with its stored properties; that file is generated from the view files
/// (`make generate`, `Scripts/generate-view-lookup.py`), so a computed property is not seen by the templates.
/// Each section of the report has its own part, rendered by its own partial in `Templates/partials/`.
struct HTMLView: Sendable {
    /// A key figure of the region at the top of the report.
    struct Kerncijfer: Sendable {
        var label: String
        var waarde: String
        var toelichting: String
    }

    /// The norms and settings the report was made with, for the text and for "Begrippen en werkwijze".
    struct Normen: Sendable {
        var minimum: String
        var signaalwaarde: String
        var noemer: String
        var drempel: String
        var reeks: String
        var groei: String
    }

    var titel: String
    var regio: String
    var periode: String
    var periodeCode: String
    var datum: String
    /// `Definitief` or `Concept`.
    var status: String
    var concept: Bool
    var vertrouwelijk: Bool
    /// Shown in the header and in the printed page margins: `DEFINITIEF`, `CONCEPT`, `… · VERTROUWELIJK`.
    var statusLabel: String
    /// CSS string contents (already escaped) for the printed page margins.
    var drukKop: String
    var drukVoet: String
    var huisstijl: HuisstijlView
    var noodknop: NoodknopView
    var kernboodschap: [String]
    var kerncijfers: [Kerncijfer]
    var toewijzingen: ToewijzingenView
    var verdeling: VerdelingView
    var passend: PassendView
    var wachtenden: WachtendenView
    var categorieen: CategorieenView
    var voorraad: VoorraadView
    var ontwikkeling: OntwikkelingView
    var vooruitblik: VooruitblikView
    var aanleveringen: AanleveringenView
    var normen: Normen
    var colofon: ColofonView

    init(_ report: MonitorReport) {
        let config = report.config
        let current = report.current
        regio = config.naam
        periode = DutchText.periodLong(report.period)
        periodeCode = report.period.description
        titel = "Monitor wettelijk urgenten \(config.naam), \(periode)"
        datum = DutchText.date(report.generated)
        concept = report.isConcept
        vertrouwelijk = !report.disclosure.isPublic
        status = concept ? "Concept" : "Definitief"
        statusLabel = ([concept ? "CONCEPT" : "DEFINITIEF"] + (vertrouwelijk ? ["VERTROUWELIJK"] : [])).joined(
            separator: " · ")
        drukKop = DutchText.cssString(statusLabel)
        drukVoet = DutchText.cssString(
            "Monitor wettelijk urgenten \(config.naam), \(DutchText.periodShort(report.period))")
        huisstijl = HuisstijlView(config.huisstijl, regio: config.naam)
        noodknop = NoodknopView(report: report)
        let regionPassend = report.cells.passendBreakdown(
            current.region.passend, unit: current.municipalities.count, disclosure: report.disclosure)
        kernboodschap = Kernboodschap.sentences(
            current: current, previous: report.period.previous.flatMap { report.history.figures(for: $0) },
            config: config, passend: regionPassend)
        let region = current.region
        kerncijfers = [
            Kerncijfer(
                label: "Toewijzingspercentage", waarde: Formatting.percent(orDash: region.percentage),
                toelichting: "\(Flag.symbol(current.regionSignaal)) \(Flag.words(current.regionSignaal))"),
            Kerncijfer(
                label: "Gehuisvest", waarde: Formatting.dutch(region.gehuisvest.total),
                toelichting: "van \(Formatting.dutch(region.mutaties)) verhuringen"),
            Kerncijfer(
                label: "Beschikkingen", waarde: Formatting.dutch(region.beschikkingen.total),
                toelichting: "uit \(Formatting.dutch(region.aanvragen.total)) aanvragen"),
            Kerncijfer(
                label: "Wachtend", waarde: Formatting.dutch(region.wachtend),
                toelichting: "met beschikking, nog geen woning"),
            Kerncijfer(
                label: "Afwijking van verdeling naar huishoudens",
                waarde: Formatting.percent(orDash: current.regionDistribution.afwijking),
                toelichting: "0% is precies naar rato"),
            Kerncijfer(
                label: "Passend gehuisvest", waarde: Formatting.percent(orDash: regionPassend.share),
                toelichting: "van wie de herkomst bekend is"),
        ]
        toewijzingen = ToewijzingenView(report: report)
        verdeling = VerdelingView(report: report)
        passend = PassendView(report: report)
        wachtenden = WachtendenView(report: report)
        categorieen = CategorieenView(report: report)
        voorraad = VoorraadView(report: report)
        ontwikkeling = OntwikkelingView(report: report)
        vooruitblik = VooruitblikView(report: report)
        aanleveringen = AanleveringenView(report: report)
        normen = Normen(
            minimum: DutchText.norm(config.minimum), signaalwaarde: DutchText.norm(config.signaalwaarde),
            noemer: config.noemer == .alle ? "alle verhuringen" : "alle verhuringen behalve die aan vergunninghouders",
            drempel: Formatting.dutch(config.suppressBelow),
            reeks: DutchText.numberWord(config.noodknop.signaalwaardeReeks),
            groei: DutchText.numberWord(config.noodknop.wachtendenGroei))
        colofon = ColofonView(report: report)
    }
}
