import Testing

@testable import VerdeelMonitor

/// SPEC section 6: the passend classes are protected like category cells, decided together with the gehuisvest
/// categories (mantelzorg is the MZ cell), with secondary suppression and the exact audit.
struct PassendSuppressionTests {
    let openbaar = Disclosure.openbaar(threshold: 5)

    func counts(_ pairs: [(UrgencyCode, Int)]) -> CategoryCounts {
        var counts = CategoryCounts()
        for (code, value) in pairs { counts[code] = value }
        return counts
    }

    func passend(_ herkomst: Int, _ uitzondering: Int, _ mantelzorg: Int, _ elders: Int, _ onbekend: Int) -> Passend {
        var p = Passend()
        (p.herkomst, p.uitzondering, p.mantelzorg, p.elders, p.onbekend) = (
            herkomst, uitzondering, mantelzorg, elders, onbekend
        )
        return p
    }

    @Test("one small class forces a second: the five add up to gehuisvest@totaal; aandeelPassend is left out")
    func oneClassForcesASecond() {
        // gehuisvest MED 10, VO 13 = 23 (no small category, MZ 0). Classes herkomst 14, uitzondering 3,
        // mantelzorg 0, elders 6, onbekend 0 = 23. uitzondering (3) is primary; alone in the classes' sum it
        // would be 23 - 14 - 0 - 6 - 0, so the smallest non-zero shown class, elders (6), is hidden too.
        // Then uitzondering + elders = 9 is all a reader knows. aandeelPassend (17 of 23) would give
        // uitzondering back with herkomst and mantelzorg: left out.
        let p = passend(14, 3, 0, 6, 0)
        let (categories, classes) = openbaar.gehuisvest(counts([(.med, 10), (.vo, 13)]), passend: p)
        #expect(categories.allSatisfy { $0 != .hidden })
        #expect(classes == [.shown(14), .hidden, .shown(0), .hidden, .shown(0)])
        let published = PublishedPassend(p, cells: classes, disclosure: openbaar)
        #expect(published.share == nil)
        #expect(published.hiddenNames == ["uitzondering", "elders"])
        #expect(PublishedPassend(unprotected: p).share != nil)
    }

    @Test("the MZ cell and passend@mantelzorg are shown or hidden together")
    func mantelzorgWithMZ() {
        // Primary: MZ 2 and GGZ 3 in the row (MED 10, VO 8; total 23), and the classes uitzondering 3 and
        // mantelzorg 2 (herkomst 12, elders 6). Each relation holds two hidden cells: the row (MZ + GGZ = 5),
        // the classes (uitzondering + mantelzorg = 5), mantelzorg - MZ = 0. Three equations in four unknowns:
        // MZ = mantelzorg = x, GGZ = uitzondering = 5 - x; nothing is pinned down, nothing more is hidden.
        let p = passend(12, 3, 2, 6, 0)
        let (categories, classes) = openbaar.gehuisvest(
            counts([(.mz, 2), (.med, 10), (.ggz, 3), (.vo, 8)]), passend: p)
        #expect(
            categories == [.hidden, .shown(10), .shown(0), .hidden, .shown(8)] + Array(repeating: .shown(0), count: 4))
        #expect(classes == [.shown(12), .hidden, .hidden, .shown(6), .shown(0)])
        #expect(PublishedPassend(p, cells: classes, disclosure: openbaar).share == nil)
    }

    @Test("an MZ cell hidden as a partner hides mantelzorg, which then takes a second class")
    func secondaryMZHidesMantelzorg() {
        // Row MZ 7, MED 2, VO 14 (23): MED (2) is primary and takes the smallest non-zero shown cell, MZ (7).
        // mantelzorg (7) equals MZ, so it is hidden; alone among the classes (herkomst 10, uitzondering 0,
        // elders 6, onbekend 0) it takes elders (6). Left: MZ + MED = 9, mantelzorg + elders = 13,
        // MZ = mantelzorg: one free unknown.
        let p = passend(10, 0, 7, 6, 0)
        let (categories, classes) = openbaar.gehuisvest(counts([(.mz, 7), (.med, 2), (.vo, 14)]), passend: p)
        #expect(
            categories == [.hidden, .hidden, .shown(0), .shown(0), .shown(14)] + Array(repeating: .shown(0), count: 4))
        #expect(classes == [.shown(10), .shown(0), .hidden, .hidden, .shown(0)])
    }

    @Test("a hidden municipal class is not given away by the region's class minus the other municipalities")
    func regionColumn() {
        // Two municipalities with no small category: A MED 10, VO 10; B MED 10, VO 11; region MED 20, VO 21.
        // Classes A: herkomst 13, uitzondering 2, elders 5; B: herkomst 15, uitzondering 6; region: herkomst 28,
        // uitzondering 8, elders 5. A's uitzondering (2) is primary and takes A's elders (5). The region's
        // uitzondering minus B's would give A's back (8 - 6), so the audit hides a partner in that column. The
        // exact audit over all relations must then find no hidden cell that follows.
        var a = Indicators()
        a.gehuisvest = counts([(.med, 10), (.vo, 10)])
        a.passend = passend(13, 2, 0, 5, 0)
        var b = Indicators()
        b.gehuisvest = counts([(.med, 10), (.vo, 11)])
        b.passend = passend(15, 6, 0, 0, 0)
        let config = TestRegion.config()
        let members = config.municipalities.prefix(2)
        let figures = PeriodFigures(
            period: Period("2026-H1")!,
            municipalities: zip(members, [a, b]).map { m, indicators in
                MunicipalityFigures(
                    municipality: m, indicators: indicators, signaal: .geenMutaties,
                    distribution: Distribution(
                        gehuisvest: 0, aandeelHuishoudens: 0, evenredigAandeel: 0, index: nil,
                        perDuizendHuishoudens: 0),
                    capaciteit: Capaciteit(indicators, minimum: 15))
            }, region: a + b, regionSignaal: .geenMutaties,
            regionDistribution: RegionDistribution(gehuisvest: 0, afwijking: nil),
            regionCapaciteit: Capaciteit(a + b, minimum: 15), dataQuality: [])
        let cells = PublishedCells(figures, disclosure: openbaar)
        let uitzondering = PassendClass.published.firstIndex(of: .uitzondering)!
        #expect(cells.passend[0][uitzondering] == .hidden)
        #expect(cells.passend[0][PassendClass.published.firstIndex(of: .elders)!] == .hidden)
        // Not recomputable from the column: B's or the region's uitzondering is hidden as well.
        #expect(cells.passend[1][uitzondering] == .hidden || cells.passend[2][uitzondering] == .hidden)
        // The region's elders (5) equals A's and B's 0: the column gives A's elders back unless one more is hidden.
        let elders = PassendClass.published.firstIndex(of: .elders)!
        #expect(cells.passend[1][elders] == .hidden || cells.passend[2][elders] == .hidden)
    }
}

/// The exact audit (Support/ExactAudit.swift, rational elimination written from SPEC section 6) over whole
/// reports: no hidden gehuisvest or passend cell can be recomputed, and no class from 1 to 4 is shown.
struct PassendAuditTests {
    func check(_ report: MonitorReport) {
        #expect(ExactAudit.exposed(report).isEmpty)
        let units = report.current.municipalities.map(\.indicators.passend) + [report.current.region.passend]
        for (passend, cells) in zip(units, report.cells.passend) {
            for (passendClass, cell) in zip(PassendClass.published, cells) where (1...4).contains(passend[passendClass])
            {
                #expect(cell == .hidden, "\(passendClass) \(passend[passendClass]) is shown")
            }
            for (passendClass, cell) in zip(PassendClass.published, cells) {
                if let value = cell.value { #expect(value == passend[passendClass]) }
            }
        }
        // mantelzorg and the MZ cell are shown or hidden together in every unit.
        for (gehuisvest, passend) in zip(report.cells.gehuisvest, report.cells.passend) {
            #expect((gehuisvest[0] == .hidden) == (passend[2] == .hidden))
        }
    }

    @Test("the exact audit finds nothing to recompute in the test report and in SampleData's public report")
    func audit() throws {
        check(XMLTests.report())
        let intake = try Pipeline.intake(
            configPath: Paths.sampleConfig, inputPath: Paths.sampleInput, generated: TestTime.generated)
        check(
            Pipeline.report(
                intake, period: intake.latest, disclosure: .openbaar(threshold: 5), generated: TestTime.generated))
    }

    @Test("the audit can fail: a hidden class alone in its sum is recomputable")
    func auditCanFail() {
        // One municipality and the region (its copy): uitzondering hidden in both, nothing else. The classes'
        // sum gives each back.
        let relations = ExactAudit.gehuisvestRelations(excluded: [[]])
        let hidden: Set = [ExactAudit.Cell(unit: 0, column: 10), ExactAudit.Cell(unit: 1, column: 10)]
        #expect(ExactAudit.determined(relations, hidden: hidden) == hidden)
    }
}
