/// What a sender can do about a reject, in plain Dutch for a data clerk who did not write the export.
enum FeedbackAdvice {
    /// The advice for `reject`, chosen by its reason (the reasons are the program's own sentences).
    static func advice(for reject: Reject) -> String {
        if reject.value.map(isSpreadsheetError) ?? false || ExcelError.values.contains(where: reject.reason.contains) {
            return reject.value == ExcelError.uncachedFormula
                ? "De formule in deze cel is nooit berekend. Open het bestand in Excel of LibreOffice, laat het "
                    + "herberekenen en sla het opnieuw op, of vul de waarde zelf in."
                : "Een formule in uw spreadsheet gaf hier een fout (bij #N/A vond een opzoeking niets). Herstel de "
                    + "formule of vul de juiste waarde zelf in."
        }
        let reason = reject.reason
        let advice: [(String, String)] = [
            (
                "verplichte kolom ontbreekt",
                "De monitor vindt de kolomnamen niet. Zet de kolomnamen van de afspraak in de kopregel, of laat de "
                    + "beheerder van de monitor weten hoe uw kolommen heten."
            ),
            (
                "verplichte waarde",
                "Vul deze kolom in; zonder deze waarde telt de regel niet mee."
            ),
            (
                "geen geldige datum",
                "Schrijf de datum als 2026-03-31 (jaar-maand-dag) of 31-03-2026 (dag-maand-jaar), of als echte datum "
                    + "in Excel."
            ),
            (
                "onbekende gemeente",
                "Gebruik de naam van de gemeente zoals het CBS die schrijft, of haar CBS-code (zoals GM0193)."
            ),
            (
                "VH is geen urgentiecategorie",
                "Een vergunninghouder (VH) hoort niet in het urgentieregister; laat deze regel weg."
            ),
            (
                "onbekende urgentiecode",
                "Gebruik een code van de afspraak: " + codes(for: reject.column)
                    + (reject.column == "urgentie" ? ". Laat de cel leeg bij een gewone woningzoekende." : ".")
            ),
            (
                "onbekend besluit",
                "Gebruik toegekend, afgewezen of ingetrokken, of laat de cel leeg zolang er geen besluit is."
            ),
            ("woonplaatsbeginsel", "Gebruik ja of uitzondering, of laat de cel leeg."),
            ("ja/nee", "Gebruik ja of nee (een lege cel telt als nee)."),
            ("geen geheel getal", "Vul een heel getal in, zonder punt, komma of tekst."),
            ("groter dan 'actief'", "Controleer beide getallen: geslaagd kan niet meer zijn dan actief."),
            (
                "dubbele",
                "Elk nummer mag maar één keer in een bestand staan. Verwijder de dubbele regel of geef haar het "
                    + "juiste nummer."
            ),
            (
                "velden, meer dan",
                "Deze regel heeft meer velden dan de kopregel kolommen heeft. Staat er een puntkomma of komma in een "
                    + "waarde? Zet die waarde dan tussen aanhalingstekens."
            ),
            (
                "dezelfde levering",
                "Lever elke levering één keer aan: als CSV of als Excel, niet allebei en niet in twee mappen."
            ),
        ]
        return advice.first { reason.contains($0.0) }?.1
            ?? "Herstel dit in uw systeem of export en lever het bestand opnieuw aan."
    }

    /// The contract's urgency codes, for the advice on an unknown code in `column` (no VH in `categorie`).
    private static func codes(for column: String?) -> String {
        let codes = UrgencyCode.allCases.filter { column != "categorie" || $0 != .vh }.map(\.rawValue)
        return codes.dropLast().joined(separator: ", ") + " of " + codes[codes.count - 1]
    }

    /// Whether `value` is what a spreadsheet writes for a failed formula (SPEC.md section 10).
    static func isSpreadsheetError(_ value: String) -> Bool {
        value == ExcelError.uncachedFormula || ExcelError.values.contains(value.uppercased())
    }

    /// The sender's offending value as it is shown: quoted, control characters as `?`, at most 200 characters;
    /// `(leeg)` for an empty required value, nil when the reject has none.
    static func shownValue(of reject: Reject) -> String? {
        if reject.value == ExcelError.uncachedFormula { return "(formule zonder berekende waarde)" }
        guard let value = reject.value else {
            return reject.reason.hasPrefix("verplichte waarde") ? "(leeg)" : nil
        }
        let visible = String(
            value.unicodeScalars.prefix(200).map { $0.value < 0x20 || $0 == "\u{7F}" ? "?" : Character($0) })
        return "\"" + visible + (value.unicodeScalars.count > 200 ? "…" : "") + "\""
    }
}
