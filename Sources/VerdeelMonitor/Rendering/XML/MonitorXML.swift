/// Renders a `MonitorReport` as the XML that the regional woondeal monitor imports.
///
/// Names and order follow `Templates/monitor.xsd` (contract: SPEC.md section 6). Decimals use a point;
/// suppressed category cells are written as `onderdrukt="true"` without `aantal`.
enum MonitorXML {
    static let namespace = "urn:verdeelmonitor:monitor:1"
    static let schemaVersion = "1"

    /// The document's bytes; an `.internal` error when libxml2 failed to write it.
    static func render(_ report: MonitorReport) throws(MonitorError) -> [UInt8] {
        let xml = XMLWriter(namespace: namespace, root: "monitor")
        let config = report.config
        xml.attribute("regio", config.code)
        xml.attribute("periode", report.period.description)
        xml.attribute("openbaarheid", report.disclosure.isPublic ? "openbaar" : "vertrouwelijk")
        xml.attribute("schemaversie", schemaVersion)
        xml.attribute("status", report.isConcept ? "concept" : "definitief")
        xml.attribute("gegenereerd", Formatting.timestamp(report.generated))
        xml.empty(
            "normen",
            [
                "minimum": Formatting.decimal(config.minimum, places: 2),
                "signaalwaarde": Formatting.decimal(config.signaalwaarde, places: 2),
                "noemer": config.noemer.rawValue, "onderdrukkenOnder": String(config.suppressBelow),
            ])
        if let source = config.householdsSource {
            xml.empty(
                "huishoudens", ["bron": source.file, "sha256": source.sha256, "peiljaar": String(source.peiljaar)])
        }
        let current = report.current
        let units = report.units
        xml.start("regio")
        xml.attribute("code", config.code)
        xml.attribute("naam", config.naam)
        unit(units.region, in: xml, report: report) {
            xml.empty(
                "verdeling",
                [
                    "gehuisvest": String(current.regionDistribution.gehuisvest),
                    "afwijking": current.regionDistribution.afwijking.map { Formatting.decimal($0, places: 2) },
                ])
        }
        xml.end()
        for (figures, member) in zip(current.municipalities, units.municipalities) {
            xml.start("gemeente")
            xml.attribute("code", figures.municipality.code.value)
            xml.attribute("naam", figures.municipality.naam)
            xml.attribute("huishoudens", figures.municipality.households)
            unit(member, in: xml, report: report) {
                let d = figures.distribution
                xml.empty(
                    "verdeling",
                    [
                        "gehuisvest": String(d.gehuisvest),
                        "aandeelHuishoudens": Formatting.decimal(d.aandeelHuishoudens, places: 4),
                        "evenredigAandeel": Formatting.decimal(d.evenredigAandeel, places: 2),
                        "index": d.index.map { Formatting.decimal($0, places: 2) },
                        "perDuizendHuishoudens": Formatting.decimal(d.perDuizendHuishoudens, places: 2),
                    ])
            }
            xml.end()
        }
        noodknop(report.noodknop, in: xml)
        evaluation(report.evaluation, in: xml)
        xml.start("datakwaliteit")
        for quality in current.dataQuality {
            xml.empty(
                "corporatie", ["bron": quality.corporation, "urgentZonderHerkomst": String(quality.withoutOrigin)])
        }
        xml.end()
        deliveries(report, in: xml)
        xml.end()
        guard let bytes = xml.finish() else {
            throw MonitorError(.internal, "libxml2 kon het XML-document niet schrijven")
        }
        return bytes
    }

    /// One unit's children (the `regio` and each `gemeente` alike), its cells as the disclosure publishes them;
    /// `distribution` writes its `verdeling`, which differs between the two.
    private static func unit(
        _ unit: ReportUnit, in xml: XMLWriter, report: MonitorReport, distribution: () -> Void
    ) {
        let disclosure = report.disclosure
        let figures = unit.indicators
        let cells = report.cells
        let published = [cells.aanvragen, cells.beschikkingen, cells.gehuisvest].map { $0[unit.position] }
        let passend = cells.passendBreakdown(figures.passend, unit: unit.position, disclosure: disclosure)
        let signaal = report.signaal(unit)
        let capaciteit = report.capaciteit(unit)
        let blocks = [
            ("aanvragen", figures.aanvragen), ("beschikkingen", figures.beschikkingen),
            ("gehuisvest", figures.gehuisvest),
        ]
        for ((name, counts), cells) in zip(blocks, published) {
            xml.start(name)
            xml.attribute("totaal", counts.total)
            if name == "beschikkingen" { xml.attribute("afgewezen", figures.afgewezen) }
            for (code, cell) in zip(UrgencyCode.statutory, cells) {
                switch cell {
                case .shown(let value): xml.empty("categorie", ["code": code.rawValue, "aantal": String(value)])
                case .hidden: xml.empty("categorie", ["code": code.rawValue, "onderdrukt": "true"])
                }
            }
            xml.end()
        }
        xml.empty("mutaties", ["aantal": String(figures.mutaties)])
        xml.empty(
            "toewijzingspercentage",
            [
                "waarde": figures.percentage.map { Formatting.decimal($0, places: 2) },
                "signaal": signaal.rawValue,
            ])
        distribution()
        xml.start("passend")
        for (passendClass, cell) in zip(PassendClass.published, passend.cells) {
            if let value = cell.value { xml.attribute(passendClass.rawValue, value) }
        }
        xml.attribute("aandeelPassend", passend.share.map { Formatting.decimal($0, places: 2) })
        let hidden = passend.hiddenNames
        if !hidden.isEmpty { xml.attribute("onderdrukt", hidden.joined(separator: " ")) }
        let knelpunten = passend.knelpunten
        for (reden, count) in knelpunten.listed { xml.empty("knelpunt", ["reden": reden, "aantal": String(count)]) }
        if let other = knelpunten.other { xml.empty("overigeKnelpunten", ["aantal": String(other)]) }
        xml.end()
        xml.empty("wachtend", ["aantal": String(figures.wachtend)])
        xml.empty(
            "wachttijd",
            [
                "aantal": String(figures.wachttijd.count),
                "mediaanDagen": disclosure.mediaanDagen(figures).map { Formatting.decimal($0, places: 1) },
            ])
        if let voorraad = figures.voorraad {
            xml.empty(
                "voorraad",
                [
                    "toegevoegd": String(voorraad.toegevoegd), "onttrokken": String(voorraad.onttrokken),
                    "netto": String(voorraad.netto),
                ])
        }
        // SPEC.md section 9: totals or derived from totals, published as they are.
        xml.empty(
            "regulier",
            ["aantal": String(figures.regulier), "aandeel": figures.aandeelRegulier.map { decimal($0) }])
        xml.empty(
            "capaciteit",
            [
                "vraag": String(capaciteit.vraag), "bijMinimum": decimal(capaciteit.bijMinimum),
                "tekort": decimal(capaciteit.tekort), "nodigPercentage": capaciteit.nodigPercentage.map { decimal($0) },
            ])
        if let zoekers = figures.zoekers {
            xml.empty(
                "slaagkans",
                [
                    "actief": String(zoekers.actief), "geslaagd": String(zoekers.geslaagd),
                    "percentage": zoekers.percentage.map { decimal($0) },
                ])
        }
    }

    /// A decimal with two places, as every section 9 figure is written.
    private static func decimal(_ value: Double) -> String { Formatting.decimal(value, places: 2) }

    /// The three-year evaluation (SPEC.md section 9), right after the noodknop.
    private static func evaluation(_ evaluation: Evaluation, in xml: XMLWriter) {
        xml.start("evaluatie")
        xml.attribute("van", evaluation.periods.first?.description ?? "")
        xml.attribute("tot", evaluation.periods.last?.description ?? "")
        xml.attribute("perioden", evaluation.periods.count)
        let region = evaluation.region
        xml.empty(
            "regio",
            [
                "gehuisvest": String(region.gehuisvest), "mutaties": String(region.mutaties),
                "toewijzingspercentage": region.percentage.map { decimal($0) },
                "afwijking": evaluation.afwijking.map { decimal($0) }, "voorraadNetto": String(region.voorraadNetto),
                "spreidingBegin": evaluation.spreidingBegin.map { decimal($0) },
                "spreidingEind": evaluation.spreidingEind.map { decimal($0) },
                "ingroeipadB": evaluation.ingroeipadB?.rawValue,
            ])
        for row in evaluation.municipalities {
            xml.empty(
                "gemeente",
                [
                    "code": row.municipality.code.value, "gehuisvest": String(row.sums.gehuisvest),
                    "mutaties": String(row.sums.mutaties),
                    "toewijzingspercentage": row.sums.percentage.map { decimal($0) },
                    "index": row.distribution.index.map { decimal($0) },
                    "voorraadNetto": String(row.sums.voorraadNetto),
                ])
        }
        xml.end()
    }

    private static func noodknop(_ noodknop: Noodknop, in xml: XMLWriter) {
        xml.start("noodknop")
        xml.attribute("status", noodknop.status)
        for firing in noodknop.firings {
            xml.empty("regel", ["code": firing.rule.rawValue, "gemeente": firing.municipality?.code.value])
        }
        xml.end()
    }

    private static func deliveries(_ report: MonitorReport, in xml: XMLWriter) {
        xml.start("leveringen")
        for delivery in report.dataset.deliveries.sorted(by: { ($0.name, $0.path) < ($1.name, $1.path) }) {
            xml.empty(
                "levering",
                [
                    "soort": delivery.name.soort.rawValue, "bron": delivery.name.bron,
                    "periode": delivery.name.period.description, "versie": String(delivery.name.version),
                    "sha256": delivery.sha256, "regels": String(delivery.records),
                    "afgewezen": String(delivery.rejected), "status": delivery.status.rawValue,
                    "gebruikt": String(delivery.used), "buitenRegio": String(delivery.outsideRegion),
                    "vervangen": String(delivery.superseded),
                ])
        }
        for missing in report.missing {
            xml.empty("ontbreekt", ["soort": missing.soort.rawValue, "bron": missing.bron])
        }
        for path in report.dataset.unrecognised { xml.empty("nietHerkend", ["bestand": path]) }
        xml.end()
    }
}
