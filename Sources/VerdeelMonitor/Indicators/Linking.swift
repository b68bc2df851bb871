/// Links lettings to register rows by urgentienummer, across every member municipality's register.
///
/// A number found in the registers of two municipalities links to neither; `ambiguous` lists the pairs of
/// municipalities (never the number itself, which is a per-person value).
struct Linking: Sendable {
    /// The register, shared with the dataset (not copied).
    private let register: [UrgencyRecord]
    /// Per number found in exactly one register: the row's index in `register`.
    private var rows: [RecordID: Int] = [:]
    /// Per row of `register`: the earliest date of a letting linked to it, if any.
    private var firstHousing: [Day?]
    /// Each ambiguous number, as the (sorted) municipalities whose registers both hold it.
    private(set) var ambiguous: [[MunicipalityCode]] = []

    /// The register's numbers, before any letting is linked (`recordHousing` links them one by one).
    init(register: [UrgencyRecord]) {
        self.register = register
        firstHousing = Array(repeating: nil, count: register.count)
        rows.reserveCapacity(register.count)
        // Numbers held by more than one row, with every holder; rare, so kept apart from the one-hash pass.
        var holders: [RecordID: [MunicipalityCode]] = [:]
        for (index, row) in register.enumerated() {
            guard let earlier = rows.updateValue(index, forKey: row.key) else { continue }
            holders[row.key, default: [register[earlier].municipality]].append(row.municipality)
        }
        for (number, municipalities) in holders {
            rows[number] = nil
            ambiguous.append(municipalities.sorted())
        }
        ambiguous.sort { $0.map(\.value).joined() < $1.map(\.value).joined() }
    }

    /// Notes `letting` as a housing of the register row it links to, if it is the earliest so far.
    mutating func recordHousing(_ letting: Letting) {
        guard let index = letting.urgencyKey.flatMap({ rows[$0] }) else { return }
        if let known = firstHousing[index], known <= letting.date { return }
        firstHousing[index] = letting.date
    }

    /// Adds the housings `other` recorded (over the same register): per row the earlier date.
    mutating func recordHousings(of other: Linking) {
        for index in firstHousing.indices {
            guard let date = other.firstHousing[index] else { continue }
            if let known = firstHousing[index], known <= date { continue }
            firstHousing[index] = date
        }
    }

    /// The register row the letting links to, if its number is found in exactly one register.
    func row(for letting: Letting) -> UrgencyRecord? {
        letting.urgencyKey.flatMap { rows[$0] }.map { register[$0] }
    }

    /// The date of the earliest letting linked to `row`, if any (never for a row whose number is ambiguous:
    /// no letting links to it).
    func housed(_ row: UrgencyRecord) -> Day? {
        guard let index = rows[row.key], register[index].municipality == row.municipality else { return nil }
        return firstHousing[index]
    }
}
