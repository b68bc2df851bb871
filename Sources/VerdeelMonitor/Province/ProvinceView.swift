import Foundation

/// The view model of the province page (`Templates/provincie.mustache`): the regions side by side, every
/// municipality by region with its percentage, signal and a bar, the coverage notes and what no region read.
///
/// Stored properties only (the templates find keys through them); every number is the region report's own.
struct ProvinceView: Sendable {
    struct Regio: Sendable {
        var code: String
        var naam: String
        /// The region's report, by its relative file name.
        var link: String
        var xml: String
        var status: String
        var concept: Bool
        var percentage: String
        var vlag: FlagView
        var afwijking: String
        var gehuisvest: String
        var mutaties: String
        var aanvragen: String
        var beschikkingen: String
        var wachtend: String
        var noodknop: String
        var agenderen: Bool
        var bovenSignaalwaarde: String
        var onderMinimum: String
        var normen: String
        var gemeenten: [Gemeente]
        var tabelID: String
    }

    struct Gemeente: Sendable {
        var naam: String
        var code: String
        var percentage: String
        var vlag: FlagView
        /// Inline SVG the project made itself (rendered raw): the percentage as a bar against the norms.
        var balk: String
    }

    var titel: String
    var provincie: String
    var periode: String
    var periodeCode: String
    var datum: String
    var concept: Bool
    var vertrouwelijk: Bool
    var statusLabel: String
    var drukKop: String
    var drukVoet: String
    var huisstijl: HuisstijlView
    var regios: [Regio]
    var aantalRegios: String
    var dekking: [String]
    var heeftDekking: Bool
    var buitenProvincie: String
    var nietHerkend: [String]
    var heeftNietHerkend: Bool
    var versie: String

    init(_ report: ProvinceReport) {
        provincie = report.naam
        periode = DutchText.periodLong(report.period)
        periodeCode = report.period.description
        titel = "Provinciaal overzicht wettelijk urgenten \(report.naam), \(periode)"
        datum = DutchText.date(report.generated)
        concept = report.isConcept
        vertrouwelijk = !report.isPublic
        statusLabel = ([concept ? "CONCEPT" : "DEFINITIEF"] + (vertrouwelijk ? ["VERTROUWELIJK"] : [])).joined(
            separator: " · ")
        drukKop = DutchText.cssString(statusLabel)
        drukVoet = DutchText.cssString("Provinciaal overzicht \(report.naam), \(DutchText.periodShort(report.period))")
        var stijl = Huisstijl()
        stijl.kop = "\(report.naam) · verdeling wettelijk urgenten per regio"
        huisstijl = HuisstijlView(stijl, regio: report.naam)
        let scale = max(40, report.regions.flatMap(\.municipalities).compactMap(\.toewijzingspercentage).max() ?? 0)
        regios = report.regions.map { Self.regio($0, scale: scale) }
        aantalRegios = DutchText.numberWord(report.regions.count)
        dekking = report.nergens.map {
            "\($0.naam) (\($0.municipality.value)): \($0.category.rawValue), \($0.category.dutchName)"
        }
        heeftDekking = !dekking.isEmpty
        buitenProvincie = Formatting.dutch(report.buitenProvincie)
        nietHerkend = report.nietHerkend
        heeftNietHerkend = !nietHerkend.isEmpty
        versie = ToolVersion.current
    }

    private static func regio(_ region: ProvinceReport.Region, scale: Double) -> Regio {
        let signaal = Signaal(
            percentage: region.toewijzingspercentage, minimum: region.minimum, signaalwaarde: region.signaalwaarde)
        return Regio(
            code: region.code, naam: region.naam, link: region.html, xml: region.bestand,
            status: region.isConcept ? "Concept" : "Definitief", concept: region.isConcept,
            percentage: region.toewijzingspercentage.map { Formatting.percent($0) } ?? "–", vlag: FlagView(signaal),
            afwijking: region.afwijking.map { Formatting.percent($0) } ?? "–",
            gehuisvest: Formatting.dutch(region.gehuisvest), mutaties: Formatting.dutch(region.mutaties),
            aanvragen: Formatting.dutch(region.aanvragen), beschikkingen: Formatting.dutch(region.beschikkingen),
            wachtend: Formatting.dutch(region.wachtend),
            noodknop: region.noodknop == "agenderen" ? "agenderen" : "geen aanleiding",
            agenderen: region.noodknop == "agenderen",
            bovenSignaalwaarde: Formatting.dutch(region.bovenSignaalwaarde),
            onderMinimum: Formatting.dutch(region.onderMinimum),
            normen: "minimum \(DutchText.norm(region.minimum)), signaalwaarde \(DutchText.norm(region.signaalwaarde))",
            gemeenten: region.municipalities.map { municipality in
                Gemeente(
                    naam: municipality.naam, code: municipality.code.value,
                    percentage: municipality.toewijzingspercentage.map { Formatting.percent($0) } ?? "–",
                    vlag: FlagView(municipality.signaal),
                    balk: bar(
                        municipality.toewijzingspercentage, signaal: municipality.signaal, scale: scale,
                        minimum: region.minimum, signaalwaarde: region.signaalwaarde))
            },
            tabelID: "t-regio-\(region.code)")
    }

    /// A bar of `percentage` on a scale from 0 to `scale`, with a mark at the minimum and the signaalwaarde.
    /// The number and the signal stand in the row beside it, so the bar itself is hidden from screen readers.
    static func bar(
        _ percentage: Double?, signaal: Signaal, scale: Double, minimum: Double, signaalwaarde: Double
    ) -> String {
        let width = 160.0
        func x(_ value: Double) -> String { String(format: "%.1f", min(value, scale) / scale * width) }
        var svg =
            "<svg class=\"balk\" viewBox=\"0 0 \(Int(width)) 16\" width=\"\(Int(width))\" height=\"16\" "
            + "aria-hidden=\"true\" focusable=\"false\">"
            + "<rect class=\"spoor\" x=\"0\" y=\"3\" width=\"\(Int(width))\" height=\"10\"/>"
        if let percentage {
            svg +=
                "<rect class=\"staaf \(Flag.cssClass(signaal))\" x=\"0\" y=\"3\" width=\"\(x(percentage))\" height=\"10\"/>"
        }
        svg += "<line class=\"norm-minimum\" x1=\"\(x(minimum))\" x2=\"\(x(minimum))\" y1=\"0\" y2=\"16\"/>"
        svg += "<line class=\"norm-signaal\" x1=\"\(x(signaalwaarde))\" x2=\"\(x(signaalwaarde))\" y1=\"0\" y2=\"16\"/>"
        return svg + "</svg>"
    }
}
