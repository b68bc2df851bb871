/// The feedback as plain text, for the body of a mail: headings underlined, every table row as a short block of
/// `Kop: waarde` lines, profile lines indented. UTF-8, lines end in `\n`.
extension FeedbackDocument {
    var text: String {
        var lines = [title, String(repeating: "=", count: title.count), ""]
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                lines += [text, String(repeating: level == 2 ? "-" : "~", count: text.count)]
            case .paragraph(let text):
                lines.append(text)
            case .list(let items):
                lines += items.map { "- " + $0 }
            case .table(_, let headers, let rows):
                for row in rows {
                    let pairs = zip(headers, row).filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }
                    lines += pairs.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
                }
            case .code(let code):
                lines += code.map { "    " + $0 }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
