import Testing

@testable import VerdeelMonitor

/// Small-number protection in public output.
struct DisclosureTests {
    let openbaar = Disclosure.openbaar(threshold: 5)

    func counts(_ values: Int...) -> CategoryCounts {
        CategoryCounts(values + Array(repeating: 0, count: 9 - values.count))
    }

    @Test("cells from 1 to 4 are hidden; 0 and 5 are shown")
    func primary() {
        let cells = openbaar.cells(counts(0, 1, 4, 5, 12, 3))
        #expect(
            cells == [.shown(0), .hidden, .hidden, .shown(5), .shown(12), .hidden, .shown(0), .shown(0), .shown(0)])
    }

    @Test("a single hidden cell takes the smallest non-zero shown cell with it")
    func secondary() {
        // 3 alone could be recomputed as total 25 - 7 - 15; 7 is the smallest other non-zero cell.
        let cells = openbaar.cells(counts(0, 3, 7, 15))
        #expect(
            cells == [.shown(0), .hidden, .hidden, .shown(15), .shown(0), .shown(0), .shown(0), .shown(0), .shown(0)])
    }

    @Test("on a tie the first cell in category order is hidden as the second")
    func secondaryTie() {
        #expect(
            openbaar.cells(counts(6, 1, 6)) == [.hidden, .hidden, .shown(6)] + Array(repeating: .shown(0), count: 6))
    }

    @Test("when every other cell is zero, the first zero cell is hidden as the second")
    func secondaryAmongZeros() {
        #expect(
            openbaar.cells(counts(0, 0, 4)) == [.hidden, .shown(0), .hidden] + Array(repeating: .shown(0), count: 6))
    }

    @Test("two hidden cells need no second suppression")
    func twoPrimaries() {
        #expect(
            openbaar.cells(counts(2, 3, 10)) == [.hidden, .hidden, .shown(10)] + Array(repeating: .shown(0), count: 6))
    }

    @Test("no hidden cell can be recomputed from the row total")
    func notRecomputable() {
        // The hidden positions, worked out by hand from the rules above: every cell from 1 to 4, then for a
        // single hidden cell the smallest non-zero other cell (the first on a tie), or else the first zero cell.
        let cases: [(values: [Int], hidden: [Int])] = [
            ([0, 3, 7, 15], [1, 2]),  // 3; 7 is the smallest non-zero other cell
            ([4], [0, 1]),  // 4; every other cell is 0, so MED, the first zero cell
            ([1, 9, 9, 9], [0, 1]),  // 1; a tie of three 9s, the first in category order
            ([2, 0, 0, 0, 0, 0, 0, 0, 30], [0, 8]),  // 2; 30 is the only non-zero other cell, not a zero
            ([5, 5, 1], [0, 2]),  // 1; of the two 5s (not small themselves) the first goes with it
        ]
        for (values, expected) in cases {
            let row = CategoryCounts(values + Array(repeating: 0, count: 9 - values.count))
            let cells = openbaar.cells(row)
            let hidden = cells.indices.filter { cells[$0] == .hidden }
            #expect(hidden == expected, "row \(values)")
            // A reader knows only the row total minus the shown cells: the hidden cells' sum. A hidden cell is
            // recomputable when it is the only one, or when that sum is 0; neither may happen.
            let hiddenSum = row.total - cells.compactMap(\.value).reduce(0, +)
            #expect(hidden.count >= 2 && hiddenSum > 0, "row \(values)")
            // Every cell that is not hidden shows its own value.
            for (index, cell) in cells.enumerated() where !hidden.contains(index) {
                #expect(cell == .shown(row.values[index]), "row \(values), cell \(index)")
            }
        }
    }

    @Test("vertrouwelijk shows every number, and a threshold of 1 hides nothing")
    func confidential() {
        let row = counts(1, 2, 3)
        #expect(Disclosure.vertrouwelijk.cells(row) == row.values.map { .shown($0) })
        #expect(Disclosure.openbaar(threshold: 1).cells(row) == row.values.map { .shown($0) })
    }

    @Test("public knelpunten list only frequent redenen; the others are counted without their texts")
    func knelpunten() {
        var passend = Passend()
        passend.knelpunten = ["geen passend aanbod": 7, "veiligheid": 2, "netwerk": 1]
        let small = openbaar.knelpunten(passend)
        #expect(small.listed.map(\.reden) == ["geen passend aanbod"])
        // elders minus the listed counts gives this number anyway, so it is shown, not pretended hidden.
        #expect(small.other == 3)
        passend.knelpunten = ["geen passend aanbod": 7, "veiligheid": 3, "netwerk": 3]
        #expect(openbaar.knelpunten(passend).other == 6)
        passend.knelpunten = ["geen passend aanbod": 7]
        #expect(openbaar.knelpunten(passend).other == nil)
        let all = Disclosure.vertrouwelijk.knelpunten(Passend())
        #expect(all.listed.isEmpty && all.other == nil)
    }

    @Test(
        "gehuisvest of a municipality with uitgezonderde categorieën: their sum is published, so both parts need two hidden cells"
    )
    func excludedCategoriesAreKnown() {
        // Olst-Wijhe's case: total 9, MO (excluded) 1, JH 7, MED 1. g_m = 8 gives MO = 1; MO alone in its group.
        let cells = openbaar.gehuisvest(counts(0, 1, 1, 0, 0, 7), excluded: [.mo])
        // MO is the only cell in the excluded group: known to the reader, so it protects nothing and MED
        // (hidden, alone among the others) takes JH with it.
        #expect(
            cells == [.shown(0), .hidden, .hidden, .shown(0), .shown(0), .hidden]
                + Array(repeating: .shown(0), count: 3))
        // Two excluded categories with one small cell: the other excluded cell is hidden too.
        let two = openbaar.gehuisvest(counts(0, 9, 3, 0, 6), excluded: [.mo, .vo])
        #expect(two == [.shown(0), .shown(9), .hidden, .shown(0), .hidden] + Array(repeating: .shown(0), count: 4))
    }

    @Test("the median waiting time is left out of public output below the threshold")
    func mediaanDagen() {
        var figures = Indicators()
        figures.wachttijd = [10, 20, 30, 40]
        #expect(openbaar.mediaanDagen(figures) == nil)
        #expect(Disclosure.vertrouwelijk.mediaanDagen(figures) == 25)
        figures.wachttijd.append(50)
        #expect(openbaar.mediaanDagen(figures) == 30)
    }
}
