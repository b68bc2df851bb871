/// The feedback for one sender as a plain document: headings, paragraphs, lists, tables and profile lines, in
/// Dutch. `html` and `text` render the same document, so the mail and the web page say the same.
struct FeedbackDocument: Sendable {
    enum Block: Sendable, Hashable {
        /// A heading of `level` 2 (section) or 3 (a file within a section).
        case heading(String, level: Int)
        case paragraph(String)
        case list([String])
        /// A table with a caption, column headers and rows of cells (`""` for an empty cell).
        case table(caption: String, headers: [String], rows: [[String]])
        /// Lines to copy as they are (a `regio.toml` fragment).
        case code([String])
    }

    var title: String
    var blocks: [Block] = []

    init(_ feedback: SenderFeedback) {
        let sender = feedback.naam.map { "\($0) (\(feedback.bron))" } ?? feedback.bron
        title = "Terugkoppeling op uw aanlevering voor \(feedback.period): \(sender)"
        blocks.append(
            .paragraph(
                "Van de monitor woonruimteverdeling van \(feedback.regio), aan \(sender), over de periode "
                    + "\(feedback.period) (\(DutchText.periodLong(feedback.period))). Gemaakt op "
                    + "\(DutchText.date(feedback.generated))."))
        blocks += Self.summary(feedback)
        blocks += Self.deliveries(feedback)
        blocks += Self.rejects(feedback)
        blocks += Self.labels(feedback)
        blocks += Self.notices(feedback)
        blocks += Self.missing(feedback)
        blocks += Self.nextSteps(feedback)
        blocks.append(
            .paragraph(
                "Dit bestand bevat waarden uit uw eigen levering. Het is alleen bestemd voor \(sender); bewaar en "
                    + "verstuur het even zorgvuldig als de levering zelf."))
    }
}
