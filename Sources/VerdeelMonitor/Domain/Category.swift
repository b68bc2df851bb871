/// The urgency code an export carries: one of the nine statutory categories, or a non-statutory code.
enum UrgencyCode: String, Sendable, Hashable, CaseIterable {
    case mz = "MZ"
    case med = "MED"
    case mo = "MO"
    case ggz = "GGZ"
    case vo = "VO"
    case jh = "JH"
    case det = "DET"
    case sw = "SW"
    case dg = "DG"
    /// Vergunninghouder (status holder): not a wettelijk urgent.
    case vh = "VH"
    /// A local, non-statutory urgency.
    case lok = "LOK"

    /// The nine statutory categories in the fixed order of the contract.
    static let statutory: [UrgencyCode] = [.mz, .med, .mo, .ggz, .vo, .jh, .det, .sw, .dg]

    var isStatutory: Bool { self != .vh && self != .lok }

    /// Position in the fixed category order; only for statutory codes.
    var statutoryIndex: Int? { UrgencyCode.statutory.firstIndex(of: self) }

    /// The Dutch description, for the report.
    var dutchName: String {
        switch self {
        case .mz: "mantelzorgers en mantelzorgontvangers"
        case .med: "medisch (beperking of psychische kwetsbaarheid)"
        case .mo: "uitstromers maatschappelijke opvang"
        case .ggz: "uitstromers klinische ggz"
        case .vo: "uitstromers vrouwenopvang en slachtoffers mensenhandel"
        case .jh: "uitstromers jeugdhulp"
        case .det: "uitstromers (jeugd)detentie en forensische zorg"
        case .sw: "uitstappende sekswerkers"
        case .dg: "dakloze gezinnen met minderjarige kinderen"
        case .vh: "vergunninghouders"
        case .lok: "lokale urgentie"
        }
    }
}

/// Counts per statutory category, in the fixed order.
struct CategoryCounts: Sendable, Hashable {
    private(set) var values: [Int] = Array(repeating: 0, count: UrgencyCode.statutory.count)

    init() {}

    init(_ values: [Int]) {
        precondition(values.count == UrgencyCode.statutory.count)
        self.values = values
    }

    var total: Int { values.reduce(0, +) }

    subscript(code: UrgencyCode) -> Int {
        get { code.statutoryIndex.map { values[$0] } ?? 0 }
        set { if let i = code.statutoryIndex { values[i] = newValue } }
    }

    mutating func add(_ code: UrgencyCode) { self[code] += 1 }

    static func + (lhs: CategoryCounts, rhs: CategoryCounts) -> CategoryCounts {
        CategoryCounts(zip(lhs.values, rhs.values).map(+))
    }
}
