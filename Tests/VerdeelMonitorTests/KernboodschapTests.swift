import Testing

@testable import VerdeelMonitor

/// The kernboodschap says, in three to six sentences, where the region and its municipalities stand.
@Suite("Kernboodschap")
struct KernboodschapTests {
    typealias F = ReportFixture.Figures

    func sentences(_ rows: [F], previous: [F]? = nil) -> [String] {
        let report = ReportFixture.report(rows, previous: previous)
        return Kernboodschap.sentences(
            current: report.current, previous: report.history.figures(for: ReportFixture.previous),
            config: report.config)
    }

    @Test("all within the norms: the region between 15% and 20%, and every municipality named as within")
    func allWithin() {
        // 16 + 18 + 17 = 51 of 300 lettings: 17,0%.
        let text = sentences([
            F(gehuisvest: 16, mutaties: 100), F(gehuisvest: 18, mutaties: 100), F(gehuisvest: 17, mutaties: 100),
        ])
        #expect(
            text[0]
                == "In het eerste halfjaar 2026 ging 17,0% van de verhuurde sociale huurwoningen in Testregio naar wettelijk "
                + "urgenten (51 van 300 verhuringen); dat ligt tussen het minimum van 15% en de signaalwaarde van 20%.")
        #expect(text[1] == "Alle drie gemeenten zitten tussen het minimum en de signaalwaarde.")
        #expect((3...6).contains(text.count))
    }

    @Test("one municipality above the signaalwaarde is named with its percentage")
    func oneAbove() {
        // B: 25 of 100 = 25,0%; region 58 of 300 = 19,3%.
        let text = sentences([
            F(gehuisvest: 16, mutaties: 100), F(gehuisvest: 25, mutaties: 100), F(gehuisvest: 17, mutaties: 100),
        ])
        #expect(text[0].contains("ging 19,3% van de verhuurde"))
        #expect(text[1] == "B (25,0%) zit boven de signaalwaarde.")
    }

    @Test("the region below the minimum is said so, and the municipalities below it are listed")
    func regionBelowMinimum() {
        // 10 + 12 + 14 = 36 of 300: 12,0%.
        let text = sentences([
            F(gehuisvest: 10, mutaties: 100), F(gehuisvest: 12, mutaties: 100), F(gehuisvest: 14, mutaties: 100),
        ])
        #expect(text[0].hasSuffix("(36 van 300 verhuringen); dat is onder het wettelijk minimum van 15%."))
        #expect(text[1] == "A (10,0%), B (12,0%) en C (14,0%) zitten onder het minimum.")
    }

    @Test("no mutaties at all: no percentage, and the municipalities that reported none")
    func noMutaties() {
        let text = sentences([
            F(gehuisvest: 0, mutaties: 0), F(gehuisvest: 0, mutaties: 0), F(gehuisvest: 0, mutaties: 0),
        ])
        #expect(
            text[0] == "In het eerste halfjaar 2026 zijn in Testregio geen verhuringen (mutaties) gemeld, dus een "
                + "toewijzingspercentage is niet te berekenen.")
        #expect(text[1] == "A, B en C meldden geen mutaties.")
        #expect(!text.contains { $0.contains("naar rato") }, "no distribution sentence without housed urgents")
        #expect((3...6).contains(text.count))
    }

    @Test("the afwijking and the highest and lowest index, worked out by hand")
    func distribution() {
        // Households 100, 100, 200 (shares 0,25 0,25 0,5); housed 16, 18, 17 of G = 51.
        // afwijking = 50 x (|16/51 - 0,25| + |18/51 - 0,25| + |17/51 - 0,5|) = 50 x 0,3333 = 16,7%.
        // index B = 18 / 12,75 = 1,41; index C = 17 / 25,5 = 0,67.
        let text = sentences([
            F(gehuisvest: 16, mutaties: 100), F(gehuisvest: 18, mutaties: 100), F(gehuisvest: 17, mutaties: 100),
        ])
        #expect(
            text.contains(
                "Bij een verdeling naar rato van huishoudens zou 16,7% van de gehuisveste urgenten in een andere "
                    + "gemeente wonen; B huisvest naar verhouding het meest (index 1,41), C het minst (index 0,67)."))
    }

    @Test("the backlog trend against the half-year before")
    func backlogTrend() {
        let before = [
            F(gehuisvest: 16, mutaties: 100, wachtend: 4), F(gehuisvest: 18, mutaties: 100, wachtend: 3),
            F(gehuisvest: 17, mutaties: 100, wachtend: 3),
        ]
        let now = [
            F(gehuisvest: 16, mutaties: 100, wachtend: 5), F(gehuisvest: 18, mutaties: 100, wachtend: 4),
            F(gehuisvest: 17, mutaties: 100, wachtend: 3),
        ]
        #expect(
            sentences(now, previous: before).contains(
                "Het aantal urgenten met een beschikking dat nog wacht op een woning steeg van 10 naar 12 ten opzichte van het tweede halfjaar 2025."
            ))
        #expect(
            sentences(now).contains(
                "Er wachten 12 urgenten met een beschikking op een woning; een vorig halfjaar om mee te vergelijken ontbreekt."
            ))
    }

    @Test("capacity at the minimum in the words of Twente's footnote 4, worked out by hand")
    func capacity() {
        // Region: gehuisvest 16 + 18 + 17 = 51, wachtend 5 + 4 + 3 = 12, so vraag 63; mutaties 300.
        // bijMinimum = 15 x 300 / 100 = 45; tekort = 63 - 45 = 18; nodig = 100 x 63 / 300 = 21,0%.
        let now = [
            F(gehuisvest: 16, mutaties: 100, wachtend: 5), F(gehuisvest: 18, mutaties: 100, wachtend: 4),
            F(gehuisvest: 17, mutaties: 100, wachtend: 3),
        ]
        #expect(
            sentences(now).last
                == "Bij het minimum van 15% hadden 18 van de 63 urgenten die dit halfjaar een woning nodig hadden er "
                + "geen gekregen; daarvoor was 21,0% van de verhuringen nodig geweest.")
        // 10 + 12 + 14 = 36 housed, nobody waiting: 36 <= 45, the minimum suffices (12,0% was needed).
        #expect(
            sentences([
                F(gehuisvest: 10, mutaties: 100), F(gehuisvest: 12, mutaties: 100), F(gehuisvest: 14, mutaties: 100),
            ]).last
                == "Bij het minimum van 15% hadden alle 36 urgenten die dit halfjaar een woning nodig hadden er een "
                + "gekregen; daarvoor was 12,0% van de verhuringen nodig.")
        // A shortfall below one half rounds to nobody: 7 + 7 + 7 = 21 + wachtend 3 = 24 against 15 x 157 / 100 =
        // 23,55: tekort 0,45.
        #expect(
            sentences([
                F(gehuisvest: 7, mutaties: 50, wachtend: 1), F(gehuisvest: 7, mutaties: 50, wachtend: 1),
                F(gehuisvest: 7, mutaties: 57, wachtend: 1),
            ]).last
                == "Bij het minimum van 15% hadden bijna alle 24 urgenten die dit halfjaar een woning nodig hadden er "
                + "een gekregen; voor allemaal was 15,3% van de verhuringen nodig geweest.")
        // No lettings at all: the minimum houses nobody.
        #expect(
            sentences([
                F(gehuisvest: 0, mutaties: 0, wachtend: 2), F(gehuisvest: 0, mutaties: 0),
                F(gehuisvest: 0, mutaties: 0),
            ]).last
                == "Er zijn dit halfjaar geen verhuringen gemeld, dus ook het minimum van 15% had geen van de 2 "
                + "urgenten die dit halfjaar een woning nodig hadden een woning gegeven.")
    }

    @Test("the passend share counts only urgents whose origin is known")
    func passendShare() {
        var passend = Passend()
        passend.herkomst = 7
        passend.mantelzorg = 1
        passend.elders = 2
        passend.onbekend = 5
        // passend 8 of 8 + 2 = 80,0%.
        let text = sentences([
            F(gehuisvest: 15, mutaties: 100, passend: passend), F(gehuisvest: 18, mutaties: 100),
            F(gehuisvest: 17, mutaties: 100),
        ])
        #expect(
            text.contains {
                $0.hasPrefix("80,0% van de gehuisveste urgenten met bekende herkomst woont passend")
                    && $0.hasSuffix("2 zijn elders gehuisvest.")
            })
    }
}
