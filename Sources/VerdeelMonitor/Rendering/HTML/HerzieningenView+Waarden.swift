/// The words and value forms of section "Herzieningen": an indicator as the tables name it, a value as the
/// report writes it, a cause and a date in Dutch.
extension HerzieningenView {
    /// The indicator in words, as the tables of the report name it.
    static func label(_ indicator: String, regio: Bool) -> String {
        if indicator.hasPrefix("gehuisvest/") {
            let code = String(indicator.dropFirst("gehuisvest/".count))
            return "gehuisvest, \(UrgencyCode(rawValue: code)?.dutchName ?? code)"
        }
        return switch indicator {
        case "aanvragen": "aanvragen"
        case "beschikkingen": "beschikkingen"
        case "afgewezen": "afgewezen aanvragen"
        case "gehuisvest": "gehuisvest"
        case "mutaties": "verhuringen (mutaties)"
        case "toewijzingspercentage": "toewijzingspercentage"
        case "signaal": "signaal"
        case "index": regio ? "afwijking van verdeling naar huishoudens" : "index verdeling naar huishoudens"
        case "wachtend": "wachtend"
        default: indicator
        }
    }

    /// A value as the XML writes it, in the report's Dutch form: a count with a point between thousands, a
    /// percentage or index with two decimals (as compared), a signaal in words, `<5` for a suppressed cell and
    /// `–` for an absent value.
    static func value(_ text: String, indicator: String, regio: Bool, hidden: String) -> String {
        if text.isEmpty { return "–" }
        if text == "onderdrukt" { return hidden }
        switch indicator {
        case "signaal":
            return Signaal(rawValue: text).map { Flag.words($0) } ?? text
        case "toewijzingspercentage", "index":
            guard let number = Double(text) else { return text }
            // The regio's `index` is its afwijking, a percentage; a gemeente's is a ratio.
            let percentage = indicator == "toewijzingspercentage" || regio
            return Formatting.dutch(number, places: 2) + (percentage ? "%" : "")
        default:
            return Int(text).map { Formatting.dutch($0) } ?? text
        }
    }

    static func words(_ wijziging: Herzieningen.Wijziging) -> String {
        switch wijziging {
        case .nieuw: "nieuw aangeleverd"
        case .gewijzigd: "gewijzigd (andere inhoud)"
        case .vervallen: "niet meer aangeleverd"
        }
    }

    /// `2026-07-01T00:00:00Z` as `1 juli 2026`; another text as it is.
    static func date(_ timestamp: String) -> String {
        let parts = timestamp.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return timestamp }
        return "\(parts[2]) \(DutchText.months[parts[1] - 1]) \(parts[0])"
    }
}
