/// The last sections of a sender's feedback: the unknown labels with their profile lines, the notes, what is
/// missing, and what to do.
extension FeedbackDocument {
    static func labels(_ feedback: SenderFeedback) -> [Block] {
        let labels = UnknownLabel.labels(in: feedback.rejects)
        guard !labels.isEmpty else { return [] }
        let rows = labels.map { [$0.column, "\"\($0.label)\"", Formatting.dutch($0.rows), $0.guess ?? "onbekend"] }
        let home =
            feedback.profile.map { "in profiel '\($0)'" }
            ?? "in een nieuw [[profiel]] voor \(feedback.bron) (met profiel = \"…\" bij de afzender)"
        var code: [String] = []
        for column in labels.map(\.column).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            code.append("[profiel.waarden.\(column)]")
            code += labels.filter { $0.column == column }.map(\.profileLine)
        }
        return [
            .heading("Omschrijvingen die de monitor niet kent", level: 2),
            .table(
                caption: "Omschrijvingen uit uw export zonder code van de afspraak",
                headers: ["Kolom", "Uw omschrijving", "Regels", "Bedoeld is waarschijnlijk"], rows: rows),
            .paragraph(
                "Gebruik in uw export de code van de afspraak, of laat de beheerder van de monitor weten welke code "
                    + "elke omschrijving betekent. De beheerder neemt dan deze regels op in regio.toml, \(home):"),
            .code(code),
        ]
    }

    static func notices(_ feedback: SenderFeedback) -> [Block] {
        guard !feedback.notices.isEmpty else { return [] }
        let rows = feedback.notices.map { [$0.location.file, $0.location.line.map(String.init) ?? "", $0.message] }
        return [
            .heading("Opmerkingen", level: 2),
            .paragraph("Deze punten wijzen niets af, maar kunnen betekenen dat de export niet is wat u bedoelde."),
            .table(caption: "Opmerkingen bij uw bestanden", headers: ["Bestand", "Regel", "Opmerking"], rows: rows),
        ]
    }

    static func missing(_ feedback: SenderFeedback) -> [Block] {
        guard !feedback.missing.isEmpty else { return [] }
        let items = feedback.missing.map { soort in
            let first = DeliveryName(soort: soort, bron: feedback.bron, period: feedback.period)
            let name = feedback.correctionName(of: soort) ?? "\(first).csv (of .xlsx)"
            return "\(soort.rawValue) voor \(feedback.period): lever het bestand \(name)."
        }
        return [
            .heading("Wat ontbreekt", level: 2),
            .paragraph(
                "Deze leveringen verwachten wij van u; een bestand dat helemaal is afgewezen, telt als ontbrekend."),
            .list(items),
        ]
    }

    static func nextSteps(_ feedback: SenderFeedback) -> [Block] {
        guard !feedback.rejects.isEmpty || !feedback.notices.isEmpty else { return [] }
        var items: [String] = []
        if feedback.rejects.isEmpty {
            items.append("Kijk de opmerkingen na. Klopt er iets niet, lever dan een nieuwe versie van het bestand aan.")
        } else {
            items.append("Herstel de afgewezen regels in uw systeem of in de export (zie de tabellen hierboven).")
            let corrections = Set(feedback.deliveries.filter { $0.rejected > 0 || $0.rejectedAsFile }.map(\.name.soort))
                .sorted().compactMap(feedback.correctionName(of:))
            if !corrections.isEmpty {
                items.append(
                    "Lever het hele bestand opnieuw aan met een hoger versienummer in de naam: "
                        + DutchText.list(corrections) + ". De nieuwe versie vervangt de vorige helemaal.")
            }
        }
        items.append(
            "Vragen? Neem contact op met de beheerder van de monitor en noem de bestandsnaam en het regelnummer.")
        return [.heading("Wat u kunt doen", level: 2), .list(items)]
    }
}
