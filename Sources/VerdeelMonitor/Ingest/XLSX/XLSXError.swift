/// Why a workbook (`.xlsx` or `.ods`, or one of its parts) cannot be read, in words for a policy officer.
///
/// Every case rejects the whole delivery; faults in one row are `CSVProblem`s of that row instead.
enum XLSXError: Error, Equatable {
    case notZip
    case compoundFile(CompoundFile.Kind)
    /// An OpenDocument file that is not a spreadsheet (a text document, a presentation).
    case notSpreadsheet
    case brokenArchive
    case missingPart(String)
    case partTooLarge(part: String, limit: Int)
    /// The repeated rows and columns of an `.ods` sheet expand, with their values, past the part-size cap.
    case repeatsTooLarge(part: String, limit: Int)
    case unsupportedCompression(part: String)
    case corruptPart(part: String)
    case notWellFormed(part: String)
    case documentType(part: String)
    case noWorksheet
    case rowOrder(row: Int)

    var message: String {
        switch self {
        case .notZip:
            "het bestand is geen werkmap (.xlsx of .ods): het is geen ZIP-archief; sla het in Excel op als "
                + "'Excel-werkmap (.xlsx)' of lever CSV"
        case .compoundFile(.encryptedWorkbook):
            "de werkmap is met een wachtwoord versleuteld en kan niet worden gelezen; lever haar zonder wachtwoord"
        case .compoundFile(.excel97):
            "het bestand is een Excel 97-2003-werkmap (.xls), een oud binair formaat; sla het in Excel op als "
                + "'Excel-werkmap (.xlsx)' of lever CSV"
        case .compoundFile(.otherDocument):
            "het bestand is een binair Office-document, geen werkmap; lever een Excel-werkmap (.xlsx), een "
                + "OpenDocument-rekenblad (.ods) of CSV"
        case .notSpreadsheet:
            "het bestand is een OpenDocument-bestand maar geen rekenblad (.ods); lever een rekenblad of CSV"
        case .brokenArchive:
            "de werkmap is beschadigd: het ZIP-archief is niet te lezen"
        case .missingPart(let part):
            "de werkmap is onvolledig: het onderdeel \(part) ontbreekt"
        case .partTooLarge(let part, let limit):
            "het onderdeel \(part) van de werkmap is uitgepakt groter dan \(limit / (1024 * 1024)) MB "
                + "([limieten] xlsx_deel_mb); het lezen is gestopt"
        case .repeatsTooLarge(let part, let limit):
            "de herhaalde rijen en kolommen met waarden in \(part) zijn uitgevouwen groter dan "
                + "\(limit / (1024 * 1024)) MB ([limieten] xlsx_deel_mb); het lezen is gestopt"
        case .unsupportedCompression(let part):
            "het onderdeel \(part) van de werkmap is ingepakt met een methode die niet wordt ondersteund "
                + "(alleen 'deflate' en 'stored'); sla de werkmap opnieuw op in Excel"
        case .corruptPart(let part):
            "het onderdeel \(part) van de werkmap is beschadigd en niet uit te pakken"
        case .notWellFormed(let part):
            "het onderdeel \(part) van de werkmap is geen geldige XML (of te diep genest)"
        case .documentType(let part):
            "het onderdeel \(part) van de werkmap bevat een DOCTYPE of entiteiten; dat hoort niet in een "
                + "werkmap en wordt om veiligheidsredenen niet gelezen"
        case .noWorksheet:
            "de werkmap bevat geen werkblad"
        case .rowOrder(let row):
            "de rijen van het werkblad staan niet op volgorde (rij \(row)); de werkmap is beschadigd"
        }
    }
}
