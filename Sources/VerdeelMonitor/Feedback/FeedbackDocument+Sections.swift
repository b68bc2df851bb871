/// The first sections of a sender's feedback: in short, the deliveries with their row accounts, the rejects per
/// file (the rest is in `FeedbackDocument+Remedies.swift`).
extension FeedbackDocument {
    static func summary(_ feedback: SenderFeedback) -> [Block] {
        var items: [String] = []
        let files = feedback.deliveries.count
        items.append(
            files == 0
                ? "Wij hebben voor \(feedback.period) geen bestand van u ontvangen."
                : "Wij hebben \(DutchText.numberWord(files)) \(files == 1 ? "bestand" : "bestanden") van u gelezen.")
        let rejected = feedback.deliveries.reduce(0) { $0 + $1.rejected }
        if rejected > 0 {
            items.append(
                "\(Formatting.dutch(rejected)) \(rejected == 1 ? "regel is" : "regels zijn") afgewezen en "
                    + "\(rejected == 1 ? "telt" : "tellen") niet mee in de monitor.")
        } else if files > 0 {
            items.append("Geen enkele regel is afgewezen.")
        }
        if !feedback.missing.isEmpty {
            let count = feedback.missing.count
            items.append(
                count == 1 ? "Er ontbreekt een levering." : "Er ontbreken \(DutchText.numberWord(count)) leveringen.")
        }
        if feedback.isInOrder { items.append("Alles is in orde; u hoeft niets te doen.") }
        return [.heading("In het kort", level: 2), .list(items)]
    }

    static func deliveries(_ feedback: SenderFeedback) -> [Block] {
        guard !feedback.deliveries.isEmpty else { return [] }
        let rows = feedback.deliveries.map { delivery -> [String] in
            let status =
                delivery.rejectedAsFile
                ? "helemaal afgewezen"
                : delivery.status == .vervangen ? "vervangen door een nieuwere versie" : "gebruikt"
            return [
                delivery.path, delivery.name.soort.rawValue, delivery.name.period.description, status,
                Formatting.dutch(delivery.records), Formatting.dutch(delivery.used),
                Formatting.dutch(delivery.rejected),
                Formatting.dutch(delivery.outsideRegion), Formatting.dutch(delivery.superseded),
            ]
        }
        return [
            .heading("Uw leveringen", level: 2),
            .table(
                caption: "Elk bestand met wat er met de regels gebeurde",
                headers: [
                    "Bestand", "Soort", "Periode", "Status", "Regels", "Gebruikt", "Afgewezen", "Buiten de regio",
                    "Vervangen",
                ], rows: rows),
            .paragraph(
                "Regels = gebruikt + afgewezen + buiten de regio + vervangen. Buiten de regio: over een gemeente die "
                    + "niet bij de regio hoort; dat is geen fout. Vervangen: u leverde later een nieuwere versie."),
        ]
    }

    static func rejects(_ feedback: SenderFeedback) -> [Block] {
        guard !feedback.rejects.isEmpty else { return [] }
        var blocks: [Block] = [
            .heading("Afgewezen regels", level: 2),
            .paragraph(
                "Deze regels (of bestanden) telden niet mee. Regel is het regelnummer in het bestand (bij Excel: het "
                    + "rijnummer), kolom de kolom van de afspraak waarin de waarde staat."),
        ]
        var files: [String] = []
        for reject in feedback.rejects where !files.contains(reject.location.file) {
            files.append(reject.location.file)
        }
        for file in files {
            let rows = feedback.rejects.filter { $0.location.file == file }.map { reject in
                [
                    reject.location.line.map(String.init) ?? "hele bestand", reject.column ?? "",
                    reject.reason, FeedbackAdvice.shownValue(of: reject) ?? "", FeedbackAdvice.advice(for: reject),
                ]
            }
            blocks.append(.heading(file, level: 3))
            blocks.append(
                .table(
                    caption: "Afgewezen in \(file)", headers: ["Regel", "Kolom", "Reden", "Uw waarde", "Wat te doen"],
                    rows: rows))
        }
        return blocks
    }
}
