/// What a delivery holds, by the first part of its file name.
///
/// `zoekers` (SPEC.md section 9) holds aggregates per municipality; like `voorraad` its rows have no key and
/// it is not expected in the completeness check.
enum Soort: String, Sendable, Hashable, CaseIterable, Comparable {
    case urgentie, verhuringen, voorraad, zoekers

    /// Whether each row is its own record (no key, never superseded by a row of another delivery).
    var isAggregate: Bool { self == .voorraad || self == .zoekers }

    static func < (lhs: Soort, rhs: Soort) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The identity of a delivery as its file name gives it: `<soort>_<bron>_<periode>[_v<N>]` with `.csv`,
/// `.xlsx`, `.ods` or `.xls` (an Excel 97-2003 workbook: recognised, so that it is listed and rejected saying
/// what it is).
///
/// The format is not part of the identity: a `.csv`, an `.xlsx` and an `.ods` of the same delivery are the same
/// delivery found twice.
struct DeliveryName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How the file is written, by its extension.
    enum Format: String, Sendable, CaseIterable {
        case csv, xlsx, ods, xls

        /// Whether the file is a workbook (read by `Workbook`, whatever its bytes turn out to be).
        var isWorkbook: Bool { self != .csv }
    }

    var soort: Soort
    /// A corporation code, or a CBS code (normalised to `GMnnnn`) for municipalities.
    var bron: String
    var period: Period
    /// 1 when the name has no `_v<N>` suffix.
    var version: Int
    /// Not part of the identity (see `==` and `hash(into:)`).
    var format = Format.csv

    init(soort: Soort, bron: String, period: Period, version: Int = 1) {
        self.soort = soort
        self.bron = bron
        self.period = period
        self.version = version
    }

    static func == (lhs: DeliveryName, rhs: DeliveryName) -> Bool {
        (lhs.soort, lhs.bron, lhs.period, lhs.version) == (rhs.soort, rhs.bron, rhs.period, rhs.version)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(soort)
        hasher.combine(bron)
        hasher.combine(period)
        hasher.combine(version)
    }

    /// Reads a file name (without folders); nil when it does not fit the pattern.
    init?(fileName: String) {
        let lowercased = fileName.lowercased()
        guard
            let format = Format.allCases.first(where: {
                lowercased.count > $0.rawValue.count + 1 && lowercased.hasSuffix("." + $0.rawValue)
            })
        else { return nil }
        var parts = fileName.dropLast(format.rawValue.count + 1).split(
            separator: "_", omittingEmptySubsequences: false)
        var version = 1
        if parts.count == 4 {
            guard let last = parts.last, last.first == "v", let number = Int(last.dropFirst()), number >= 1,
                last.dropFirst().allSatisfy(\.isNumber)
            else { return nil }
            version = number
            parts.removeLast()
        }
        guard parts.count == 3, let soort = Soort(rawValue: String(parts[0])), !parts[1].isEmpty,
            let period = Period(parts[2])
        else { return nil }
        var bron = String(parts[1])
        if soort == .urgentie {
            guard let code = MunicipalityCode(bron) else { return nil }
            bron = code.value
        } else if bron.uppercased().hasPrefix("GM"), let code = MunicipalityCode(bron) {
            bron = code.value
        }
        self.init(soort: soort, bron: bron, period: period, version: version)
        self.format = format
    }

    /// The delivery this one is a version of: the same soort, bron and periode.
    var series: DeliveryName { DeliveryName(soort: soort, bron: bron, period: period, version: 1) }

    var description: String {
        "\(soort.rawValue)_\(bron)_\(period)" + (version > 1 ? "_v\(version)" : "")
    }

    static func < (lhs: DeliveryName, rhs: DeliveryName) -> Bool {
        (lhs.soort, lhs.bron, lhs.period, lhs.version) < (rhs.soort, rhs.bron, rhs.period, rhs.version)
    }
}
