/// Links lettings to register rows by urgentienummer, across every member municipality's register.
///
/// A number found in the registers of two municipalities links to neither; `ambiguous` lists the pairs of
/// municipalities (never the number itself, which is a per-person value).
struct Linking: Sendable {
    /// The register, shared with the dataset (not copied).
    private let register: [UrgencyRecord]
    /// The row of each number (the first, for a number in several registers).
    private var rows: RegisterIndex
    /// Per row of `register`: its number is in more than one register, so nothing links to it.
    private var isAmbiguous: [Bool]
    /// Per row of `register`: the earliest date of a letting linked to it, if any.
    private var firstHousing: [Day?]
    /// Each ambiguous number, as the (sorted) municipalities whose registers both hold it.
    private(set) var ambiguous: [[MunicipalityCode]] = []

    /// The register's numbers, before any letting is linked (`recordHousing` links them one by one).
    init(register: [UrgencyRecord]) {
        self.register = register
        firstHousing = Array(repeating: nil, count: register.count)
        rows = RegisterIndex(capacity: register.count)
        isAmbiguous = Array(repeating: false, count: register.count)
        // Numbers held by more than one row, with every holder; rare, so kept apart from the one-hash pass.
        var holders: [RecordID: [MunicipalityCode]] = [:]
        for index in register.indices {
            guard let earlier = rows.insert(index, of: register) else { continue }
            isAmbiguous[earlier] = true
            holders[register[index].key, default: [register[earlier].municipality]].append(register[index].municipality)
        }
        for municipalities in holders.values { ambiguous.append(municipalities.sorted()) }
        ambiguous.sort { $0.map(\.value).joined() < $1.map(\.value).joined() }
    }

    /// Notes `letting` as a housing of the register row it links to, if it is the earliest so far; returns that
    /// row, if its number is found in exactly one register.
    @discardableResult
    mutating func recordHousing(_ letting: Letting) -> UrgencyRecord? {
        guard let index = linkedRow(letting) else { return nil }
        if let known = firstHousing[index], known <= letting.date { return register[index] }
        firstHousing[index] = letting.date
        return register[index]
    }

    /// Adds the housings `other` recorded (over the same register): per row the earlier date.
    mutating func recordHousings(of other: Linking) {
        for index in firstHousing.indices {
            guard let date = other.firstHousing[index] else { continue }
            if let known = firstHousing[index], known <= date { continue }
            firstHousing[index] = date
        }
    }

    /// The index of the register row `letting` links to, if its number is found in exactly one register.
    private func linkedRow(_ letting: Letting) -> Int? {
        guard let key = letting.urgencyKey, let index = rows.row(key, in: register), !isAmbiguous[index] else {
            return nil
        }
        return index
    }

    /// The date of the earliest letting linked to the register row at `index` (of the register this linking was
    /// made with), if any (never for a row whose number is ambiguous: no letting links to it).
    func housed(at index: Int) -> Day? { isAmbiguous[index] ? nil : firstHousing[index] }
}
