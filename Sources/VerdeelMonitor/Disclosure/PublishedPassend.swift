/// The passend breakdown of one unit as the output may publish it (SPEC section 6, "Small numbers").
///
/// The five classes are decided in `PublishedCells` as extra columns of the gehuisvest table, so that their
/// relations with the category cells (the classes sum to gehuisvest@totaal, mantelzorg equals the MZ cell, the
/// region's class is the sum of its column) take part in the same secondary suppression and audit.
struct PublishedPassend: Sendable {
    /// The classes in publication order (`PassendClass.published`).
    var cells: [Cell]
    /// 100 x passend / (passend + elders); nil when both are 0, or when one of the four classes it is computed
    /// from is hidden.
    var share: Double?
    /// The knelpunten as they may be published; `other` is also left out when elders is hidden, because the
    /// listed counts plus the other count would give elders back.
    var knelpunten: (listed: [(reden: String, count: Int)], other: Int?)

    init(_ passend: Passend, cells: [Cell], disclosure: Disclosure) {
        self.cells = cells
        let shown = { (c: PassendClass) in cells[PassendClass.published.firstIndex(of: c)!] != .hidden }
        share = [.herkomst, .uitzondering, .mantelzorg, .elders].allSatisfy(shown) ? passend.share : nil
        let published = disclosure.knelpunten(passend)
        knelpunten = (published.listed, shown(.elders) ? published.other : nil)
    }

    /// Every class shown: for vertrouwelijk output, and for callers that publish no cells.
    init(unprotected passend: Passend) {
        self.init(passend, cells: PassendClass.published.map { .shown(passend[$0]) }, disclosure: .vertrouwelijk)
    }

    /// The hidden classes by name, in publication order: the value of `passend/@onderdrukt`.
    var hiddenNames: [String] {
        zip(PassendClass.published, cells).filter { $1 == .hidden }.map(\.0.rawValue)
    }

    func cell(_ passendClass: PassendClass) -> Cell { cells[PassendClass.published.firstIndex(of: passendClass)!] }
}

extension PassendClass {
    /// The order of the classes in the XML's `passend` and in the report's table.
    static let published: [PassendClass] = [.herkomst, .uitzondering, .mantelzorg, .elders, .onbekend]
}

extension Passend {
    subscript(_ passendClass: PassendClass) -> Int {
        switch passendClass {
        case .herkomst: herkomst
        case .uitzondering: uitzondering
        case .mantelzorg: mantelzorg
        case .elders: elders
        case .onbekend: onbekend
        }
    }
}

extension Relation {
    /// For the gehuisvest table with the passend classes as columns `classes` (after the nine categories): per
    /// unit the classes' sum (it equals gehuisvest@totaal, which is published) and mantelzorg minus the MZ cell
    /// (always 0).
    static func passend(units: Int, classes: Range<Int>) -> [Relation] {
        let mz = UrgencyCode.mz.statutoryIndex!
        let mantelzorg = classes.lowerBound + PassendClass.published.firstIndex(of: .mantelzorg)!
        return (0..<units).flatMap { unit in
            [
                Relation(terms: classes.map { (CellIndex(unit: unit, category: $0), 1) }),
                Relation(terms: [
                    (CellIndex(unit: unit, category: mz), 1), (CellIndex(unit: unit, category: mantelzorg), -1),
                ]),
            ]
        }
    }
}
