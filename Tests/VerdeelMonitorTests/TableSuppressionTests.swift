import Foundation
import Testing

@testable import VerdeelMonitor

/// Suppression over a whole table: the region row and the published relations must not give a hidden cell away.
struct TableSuppressionTests {
    /// Cells of a row from (category, value) pairs.
    func row(_ pairs: [(UrgencyCode, Int)]) -> [Int] {
        var values = Array(repeating: 0, count: 9)
        for (code, value) in pairs { values[code.statutoryIndex!] = value }
        return values
    }

    func hidden(_ table: [[Cell]]) -> [[UrgencyCode]] {
        table.map { cells in UrgencyCode.statutory.enumerated().filter { cells[$0.offset] == .hidden }.map(\.element) }
    }

    @Test("a hidden municipal cell is not given away by the region cell minus the other municipalities")
    func columnRelation() {
        // A: MED 2, GGZ 6, VO 9; B: MED 10, GGZ 8, VO 9; region: MED 12, GGZ 14, VO 18.
        // A's MED 2 is hidden, GGZ 6 with it (row). Region MED 12 - B's MED 10 would give 2 back, so B's MED
        // is hidden; then B's row and the GGZ column each need a second cell: B's GGZ. The four hidden cells
        // form a rectangle: every row and column holds two, and no combination of totals pins one down.
        let a = row([(.med, 2), (.ggz, 6), (.vo, 9)])
        let b = row([(.med, 10), (.ggz, 8), (.vo, 9)])
        let region = zip(a, b).map(+)
        let table = PublishedCells.table(
            [a, b, region], relations: Relation.rows(units: 3) + Relation.columns(units: 3),
            disclosure: .openbaar(threshold: 5))
        #expect(hidden(table) == [[.med, .ggz], [.med, .ggz], []])
    }

    @Test("the region's uitgezonderde categorieën: total minus verdeling does not give a hidden region cell away")
    func regionExcludedRelation() {
        // Both exclude MO and GGZ, so region total - G = region MO + region GGZ. With region GGZ shown,
        // region MO (2) would follow; the audit hides region GGZ as well.
        let a = row([(.mo, 2), (.ggz, 10), (.med, 9), (.vo, 7)])
        let b = row([(.ggz, 10), (.med, 8), (.vo, 9)])
        let region = zip(a, b).map(+)
        let relations =
            Relation.rows(units: 3) + Relation.columns(units: 3)
            + Relation.gehuisvest(excluded: [[.mo, .ggz], [.mo, .ggz], []])
        let table = PublishedCells.table([a, b, region], relations: relations, disclosure: .openbaar(threshold: 5))
        let published = hidden(table)
        #expect(published[2].contains(.mo) && published[2].contains(.ggz))
        // Rows: no row holds a single hidden cell.
        #expect(published.allSatisfy { $0.count != 1 })
    }

    @Test("excluding MZ and one other category: MZ is not known on its own any more, so it protects MED")
    func excludedWithMantelzorg() {
        // Relations: the row total, MZ + MED (the excluded pair: total - verdeling) and the other seven. MZ used to
        // be known from passend@mantelzorg; now mantelzorg is decided with it (SPEC section 6), so nothing is
        // known. MED (2) is alone in the pair: MZ (7) is hidden with it; VO (3) is alone among the others: the
        // smallest non-zero shown one, JH (12), is hidden with it.
        let a = row([(.mz, 7), (.med, 2), (.vo, 3), (.jh, 12)])
        let relations = Relation.rows(units: 1) + Relation.gehuisvest(excluded: [[.mz, .med]])
        let cells = PublishedCells.table([a], relations: relations, disclosure: .openbaar(threshold: 5))[0]
        #expect(hidden([cells]) == [[.mz, .med, .vo, .jh]])
    }

    @Test("the report decides the cells once: the XML and the HTML show the same hidden cells")
    func oneDecision() async throws {
        // XMLTests.report(), 2026-H1, worked out by hand (every non-zero cell is below 5, so primary):
        // - aanvragen: Aastad MZ 1, MED 2, DG 1, the others 0, so the region row is Aastad's: 3 + 3 hidden.
        // - beschikkingen: Aastad MED 1, GGZ 1 and the region the same: 2 + 2 hidden.
        // - gehuisvest: Aastad MZ, MED, GGZ; Beedorp MO, DG (MO excluded, so known from verdeling@gehuisvest);
        //   Ceeveen VO; region MZ, MED, MO, GGZ, VO, DG: 12 primary cells. Beedorp's MO is known and protects
        //   nothing (the MZ cells are decided with passend@mantelzorg now, which leaves these counts as they were). Beedorp's DG is then alone in its row and takes the
        //   first zero cell, MED; Ceeveen's VO likewise takes MED; the region's MO is alone in its column
        //   (Beedorp's MO being known) and takes Aastad's MO. Aastad 4, Beedorp 3, Ceeveen 2, region 6: 15.
        let expected = ["aanvragen": 6, "beschikkingen": 4, "gehuisvest": 15]
        let report = XMLTests.report()
        let xml = String(decoding: try MonitorXML.render(report), as: UTF8.self)
        let html = try await ReportFixture.render(report)
        func count(_ needle: String, in text: Substring) -> Int { text.components(separatedBy: needle).count - 1 }
        for (block, hidden) in expected {
            // In the XML every unit (three gemeenten and the regio) has its own <block ...>...</block>.
            var inXML = 0
            for start in xml.ranges(of: "<\(block) ") {
                let end = try #require(xml[start.upperBound...].range(of: "</\(block)>"))
                inXML += count(#"onderdrukt="true""#, in: xml[start.lowerBound..<end.upperBound])
            }
            // In the HTML each block is one table of the section Categorieën, headed by its caption.
            let caption = try #require(html.range(of: #"<caption id="t-\#(block)">"#), "\(block) table")
            let table = html[
                caption.upperBound..<(try #require(html[caption.upperBound...].range(of: "</table>"))).lowerBound]
            let inHTML = count(#"<td class="onderdrukt">&lt;5</td>"#, in: table)
            #expect(inXML == hidden, "\(block) in the XML")
            #expect(inHTML == hidden, "\(block) in the HTML")
        }
        #expect(count(#"onderdrukt="true""#, in: xml[...]) == 25)
        // The passend classes: every name in a passend/@onderdrukt is one `<5` in the HTML's passend table, and
        // the HTML shows no other hidden cell.
        var classes = 0
        for start in xml.ranges(of: "<passend ") {
            let tag = xml[start.upperBound...].prefix { $0 != ">" }
            if let value = tag.firstRange(of: #"onderdrukt=""#) {
                classes += tag[value.upperBound...].prefix { $0 != "\"" }.split(separator: " ").count
            }
        }
        let passendStart = try #require(html.range(of: #"<caption id="t-passend-1">"#))
        let passendTable = html[
            passendStart.upperBound..<(try #require(html[passendStart.upperBound...].range(of: "</table>"))).lowerBound]
        #expect(count(#"<td class="onderdrukt">&lt;5</td>"#, in: passendTable) == classes)
        #expect(count(#"class="onderdrukt">&lt;5</td>"#, in: html[...]) == 25 + classes)
    }
}
