/// Links lettings to register rows by urgentienummer, across every member municipality's register.
///
/// A number found in the registers of two municipalities links to neither; `ambiguous` lists the pairs of
/// municipalities (never the number itself, which is a per-person value).
struct Linking: Sendable {
    private var rows: [String: UrgencyRecord] = [:]
    /// For each register row (by municipality and number): the earliest date of a letting linked to it.
    private var firstHousing: [RowID: Day] = [:]
    /// Each ambiguous number, as the (sorted) municipalities whose registers both hold it.
    private(set) var ambiguous: [[MunicipalityCode]] = []

    struct RowID: Hashable {
        var municipality: MunicipalityCode
        var number: String
    }

    init(register: [UrgencyRecord], lettings: [Letting]) {
        var holders: [String: [MunicipalityCode]] = [:]
        for row in register {
            holders[row.number, default: []].append(row.municipality)
            rows[row.number] = row
        }
        for (number, municipalities) in holders where municipalities.count > 1 {
            rows[number] = nil
            ambiguous.append(municipalities.sorted())
        }
        ambiguous.sort { $0.map(\.value).joined() < $1.map(\.value).joined() }
        for letting in lettings {
            guard let row = row(for: letting) else { continue }
            let id = RowID(municipality: row.municipality, number: row.number)
            if let known = firstHousing[id], known <= letting.date { continue }
            firstHousing[id] = letting.date
        }
    }

    /// The register row the letting links to, if its number is found in exactly one register.
    func row(for letting: Letting) -> UrgencyRecord? {
        letting.urgencyNumber.flatMap { rows[$0] }
    }

    /// The date of the earliest letting linked to `row`, if any (never for a row whose number is ambiguous:
    /// no letting links to it).
    func housed(_ row: UrgencyRecord) -> Day? {
        firstHousing[RowID(municipality: row.municipality, number: row.number)]
    }
}
