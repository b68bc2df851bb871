/// Why a workbook (or one of its parts) cannot be read, in words for a policy officer.
///
/// Every case rejects the whole delivery; faults in one row are `CSVProblem`s of that row instead.
enum XLSXError: Error, Equatable {
    case notZip
    case oleCompound(encrypted: Bool)
    case openDocument
    case brokenArchive
    case missingPart(String)
    case partTooLarge(part: String, limit: Int)
    case unsupportedCompression(part: String)
    case corruptPart(part: String)
    case notWellFormed(part: String)
    case documentType(part: String)
    case noWorksheet
    case rowOrder(row: Int)

    var message: String {
        switch self {
        case .notZip:
            "het bestand is geen Excel-werkmap (.xlsx): het is geen ZIP-archief; sla het in Excel op als "
                + "'Excel-werkmap (.xlsx)' of lever CSV"
        case .oleCompound(let encrypted):
            encrypted
                ? "de werkmap is met een wachtwoord versleuteld en kan niet worden gelezen; lever haar zonder wachtwoord"
                : "het bestand is een oud Excel-bestand (.xls) met de naam .xlsx; sla het in Excel op als "
                    + "'Excel-werkmap (.xlsx)' of lever CSV"
        case .openDocument:
            "het bestand is een OpenDocument-rekenblad (.ods), geen Excel-werkmap; sla het op als "
                + "'Excel-werkmap (.xlsx)' of lever CSV"
        case .brokenArchive:
            "de werkmap is beschadigd: het ZIP-archief is niet te lezen"
        case .missingPart(let part):
            "de werkmap is onvolledig: het onderdeel \(part) ontbreekt"
        case .partTooLarge(let part, let limit):
            "het onderdeel \(part) van de werkmap is uitgepakt groter dan \(limit / (1024 * 1024)) MB "
                + "([limieten] xlsx_deel_mb); het lezen is gestopt"
        case .unsupportedCompression(let part):
            "het onderdeel \(part) van de werkmap is ingepakt met een methode die niet wordt ondersteund "
                + "(alleen 'deflate' en 'stored'); sla de werkmap opnieuw op in Excel"
        case .corruptPart(let part):
            "het onderdeel \(part) van de werkmap is beschadigd en niet uit te pakken"
        case .notWellFormed(let part):
            "het onderdeel \(part) van de werkmap is geen geldige XML (of te diep genest)"
        case .documentType(let part):
            "het onderdeel \(part) van de werkmap bevat een DOCTYPE of entiteiten; dat hoort niet in een "
                + "Excel-werkmap en wordt om veiligheidsredenen niet gelezen"
        case .noWorksheet:
            "de werkmap bevat geen werkblad"
        case .rowOrder(let row):
            "de rijen van het werkblad staan niet op volgorde (rij \(row)); de werkmap is beschadigd"
        }
    }
}
