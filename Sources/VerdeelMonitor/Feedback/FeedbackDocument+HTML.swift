/// The feedback as one self-contained HTML page: inline CSS, no scripts, no external resources; `lang="nl"`,
/// one `h1`, section headings, tables with a caption and column headers; printable on A4 (rows never split).
///
/// A small Swift renderer rather than a Mustache template: the page has a fixed structure for the sender, no
/// house style to override, and `validate` then needs no templates folder; the text and the HTML come from the
/// same `FeedbackDocument`. Every text passes through `SVG.escape`.
extension FeedbackDocument {
    var html: String {
        var out = [
            "<!DOCTYPE html>", "<html lang=\"nl\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(SVG.escape(title))</title>", "<style>\(Self.style)</style>", "</head>", "<body>", "<main>",
            "<h1>\(SVG.escape(title))</h1>",
        ]
        var open = false
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                if level == 2 {
                    if open { out.append("</section>") }
                    out.append("<section>")
                    open = true
                }
                out.append("<h\(level)>\(SVG.escape(text))</h\(level)>")
            case .paragraph(let text):
                out.append("<p>\(SVG.escape(text))</p>")
            case .list(let items):
                out.append("<ul>" + items.map { "<li>\(SVG.escape($0))</li>" }.joined() + "</ul>")
            case .table(let caption, let headers, let rows):
                // A wide table scrolls in its own focusable region, so the table itself keeps its semantics.
                out.append("<div class=\"tabel\" role=\"region\" aria-label=\"\(SVG.escape(caption))\" tabindex=\"0\">")
                out.append("<table>")
                out.append("<caption>\(SVG.escape(caption))</caption>")
                out.append(
                    "<thead><tr>" + headers.map { "<th scope=\"col\">\(SVG.escape($0))</th>" }.joined()
                        + "</tr></thead>")
                out.append("<tbody>")
                for row in rows { out.append("<tr>" + row.map { "<td>\(SVG.escape($0))</td>" }.joined() + "</tr>") }
                out.append("</tbody></table></div>")
            case .code(let code):
                out.append("<pre><code>" + code.map(SVG.escape).joined(separator: "\n") + "</code></pre>")
            }
        }
        if open { out.append("</section>") }
        out += ["</main>", "</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// Black on white with a dark blue accent (contrast above 7:1); wide tables scroll on a phone; print keeps
    /// rows whole and repeats the column headers on every page.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;\
        line-height:1.5;margin:0}main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem;\
        color:#0b3d91}h2{font-size:1.25rem;color:#0b3d91;border-bottom:2px solid #0b3d91;margin-top:2rem}\
        h3{font-size:1rem;font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}\
        .tabel{overflow-x:auto;margin:.5rem 0 1rem}table{border-collapse:collapse;width:100%}\
        caption{text-align:left;font-weight:600;padding:.25rem 0}th,td{border:1px solid #767676;padding:.3rem .5rem;\
        text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:#e8eef8}\
        pre{background:#f4f4f4;border:1px solid #767676;padding:.75rem;overflow-x:auto}\
        @media print{main{max-width:none;padding:0}.tabel{overflow:visible}thead{display:table-header-group}\
        tr,pre{break-inside:avoid}h2,h3{break-after:avoid}*{print-color-adjust:exact;-webkit-print-color-adjust:exact}\
        @page{size:A4;margin:1.5cm}}
        """
}
