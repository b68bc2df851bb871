/// Renders a `ProvinceReport` as the province document (namespace `urn:verdeelmonitor:provincie:1`).
///
/// Names and order follow `Templates/provincie.xsd` (SPEC.md section 12); every decimal is written as the region
/// XML writes it (a point, two places), so each figure is the same text as in the region's file.
enum ProvinceXML {
    static let namespace = "urn:verdeelmonitor:provincie:1"
    static let schemaVersion = "1"
    /// The province document's schema in the shipped `Templates/` folder.
    static let schemaFile = "provincie.xsd"
    /// The province view's template.
    static let template = "provincie"

    /// Renders the XML and checks it against its schema, then renders the HTML: the province view's files.
    ///
    /// An XML that its own schema rejects is a bug (`.internal`): nothing is published.
    static func files(
        _ report: ProvinceReport, templates: ReportTemplates, schema: SchemaValidator
    ) throws(MonitorError) -> [(name: String, bytes: [UInt8])] {
        let xml = try render(report)
        let problems = schema.problems(in: xml)
        guard problems.isEmpty else {
            throw MonitorError(
                .internal,
                "het XML-document van de provincie voldoet niet aan het schema; er is niets gepubliceerd: "
                    + problems.prefix(5).joined(separator: "; "))
        }
        let html = try templates.render(ProvinceView(report), template: template)
        let stem = MonitorJob.provinceStem(report.code, report.period)
        return [(stem + ".xml", xml), (stem + ".html", Array(html.utf8))]
    }

    /// The document's bytes; an `.internal` error when libxml2 failed to write it.
    static func render(_ report: ProvinceReport) throws(MonitorError) -> [UInt8] {
        func decimal(_ value: Double?) -> String? { value.map { Formatting.decimal($0, places: 2) } }
        let xml = XMLWriter(namespace: namespace, root: "provincie")
        xml.attribute("code", report.code)
        xml.attribute("naam", report.naam)
        xml.attribute("periode", report.period.description)
        xml.attribute("openbaarheid", report.isPublic ? "openbaar" : "vertrouwelijk")
        xml.attribute("status", report.isConcept ? "concept" : "definitief")
        xml.attribute("schemaversie", schemaVersion)
        xml.attribute("gegenereerd", Formatting.timestamp(report.generated))
        for region in report.regions {
            xml.empty(
                "regio",
                [
                    "code": region.code, "naam": region.naam, "bestand": region.bestand, "sha256": region.sha256,
                    "status": region.isConcept ? "concept" : "definitief", "gehuisvest": String(region.gehuisvest),
                    "mutaties": String(region.mutaties), "toewijzingspercentage": decimal(region.toewijzingspercentage),
                    "afwijking": decimal(region.afwijking), "aanvragen": String(region.aanvragen),
                    "beschikkingen": String(region.beschikkingen), "wachtend": String(region.wachtend),
                    "noodknop": region.noodknop, "bovenSignaalwaarde": String(region.bovenSignaalwaarde),
                    "onderMinimum": String(region.onderMinimum),
                ])
        }
        for region in report.regions {
            for municipality in region.municipalities {
                xml.empty(
                    "gemeente",
                    [
                        "code": municipality.code.value, "naam": municipality.naam, "regio": municipality.regio,
                        "toewijzingspercentage": decimal(municipality.toewijzingspercentage),
                        "signaal": municipality.signaal.rawValue,
                    ])
            }
        }
        xml.start("dekking")
        for gap in report.nergens {
            xml.empty("nergens", ["gemeente": gap.municipality.value, "categorie": gap.category.rawValue])
        }
        xml.end()
        xml.empty("buitenProvincie", ["aantal": String(report.buitenProvincie)])
        for path in report.nietHerkend { xml.empty("nietHerkend", ["bestand": path]) }
        xml.end()
        guard let bytes = xml.finish() else {
            throw MonitorError(.internal, "libxml2 kon het XML-document van de provincie niet schrijven")
        }
        return bytes
    }
}
