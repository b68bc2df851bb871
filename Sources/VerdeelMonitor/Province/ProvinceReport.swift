/// The province view of one period (SPEC.md section 12): every region's key figures side by side, each
/// municipality's percentage and signal, the coverage notes and what no region read.
///
/// Every figure is taken from a region's `MonitorReport` exactly as its published XML writes it: the province
/// adds nothing a region file does not hold, so its disclosure is the regions'.
struct ProvinceReport: Sendable {
    /// One region's published figures and files.
    struct Region: Sendable {
        var code: String
        var naam: String
        /// The region's XML and HTML file names, relative to the output folder.
        var bestand: String
        var html: String
        /// SHA-256 of the region's XML bytes.
        var sha256: String
        var isConcept: Bool
        var gehuisvest: Int
        var mutaties: Int
        var toewijzingspercentage: Double?
        var afwijking: Double?
        var aanvragen: Int
        var beschikkingen: Int
        var wachtend: Int
        var noodknop: String
        var bovenSignaalwaarde: Int
        var onderMinimum: Int
        var municipalities: [Municipality]
        var minimum: Double
        var signaalwaarde: Double
    }

    /// A member municipality as its region's report gives it.
    struct Municipality: Sendable {
        var code: MunicipalityCode
        var naam: String
        var regio: String
        var toewijzingspercentage: Double?
        var signaal: Signaal
    }

    var code: String
    var naam: String
    var period: Period
    var isPublic: Bool
    var generated: Int
    var regions: [Region]
    var nergens: [Coverage.Gap]
    var buitenProvincie: Int
    var nietHerkend: [String]

    /// A concept when any region's report is one.
    var isConcept: Bool { regions.contains(where: \.isConcept) }

    /// The account lines for the files no region read (a warning, like a region's unrecognised files).
    static func unreadLines(_ paths: [String]) -> [AccountLine] {
        paths.map { AccountLine(.warning, "niet herkend door een regio van de provincie (niet gelezen): \($0)") }
    }
}

extension ProvinceReport.Region {
    /// The region's figures from its report, with the file names and XML bytes it is published as.
    init(_ report: MonitorReport, stem: String, xml: [UInt8]) {
        let current = report.current
        let region = current.region
        self.init(
            code: report.config.code, naam: report.config.naam, bestand: stem + ".xml", html: stem + ".html",
            sha256: Fingerprint.sha256(xml), isConcept: report.isConcept, gehuisvest: region.gehuisvest.total,
            mutaties: region.mutaties, toewijzingspercentage: region.percentage,
            afwijking: current.regionDistribution.afwijking, aanvragen: region.aanvragen.total,
            beschikkingen: region.beschikkingen.total, wachtend: region.wachtend, noodknop: report.noodknop.status,
            bovenSignaalwaarde: current.municipalities.filter { $0.signaal == .bovenSignaalwaarde }.count,
            onderMinimum: current.municipalities.filter { $0.signaal == .onderMinimum }.count,
            municipalities: current.municipalities.map {
                ProvinceReport.Municipality(
                    code: $0.municipality.code, naam: $0.municipality.naam, regio: report.config.code,
                    toewijzingspercentage: $0.indicators.percentage, signaal: $0.signaal)
            },
            minimum: report.config.minimum, signaalwaarde: report.config.signaalwaarde)
    }
}
