import Foundation

/// Where a delivery's header is (SPEC.md section 10): the first of the first `searchedRows` non-empty rows
/// (worksheet rows, CSV lines) that holds every required column of the soort, under the contract's names or the
/// profile's; when none does, the first non-empty row, so that the missing-column message stays. A profile's
/// `kopregel` fixes the row instead. The rows above the header are skipped (`DeliveryTable.skippedAbove`).
struct HeaderRule: Sendable {
    /// The soorten whose required columns make a header (one for a delivery; every soort for a file `inspect`
    /// cannot name).
    var soorten: [Soort]
    var profile: Profile?

    /// How many non-empty rows are looked at for the header.
    static let searchedRows = 20

    /// `kopregel` of the profile: the 1-based worksheet row or CSV line of the header; nil when it is found.
    var fixedLine: Int? { profile?.headerLine }

    /// Whether `names` hold every required column of one of the soorten.
    func matches(_ names: [String]) -> Bool {
        soorten.contains { Columns(header: names, soort: $0, profile: profile).missing.isEmpty }
    }

    /// Why the file is rejected when the row that `kopregel` names holds nothing.
    func lineMissing(_ line: Int) -> String {
        "de kopregel staat volgens profiel '\(profile?.naam ?? "")' op regel \(line) (kopregel = \(line)), maar die "
            + "regel is leeg of bestaat niet; het hele bestand is afgewezen"
    }
}

extension DeliveryTable {
    /// Puts the header where `rule` finds it in a table whose header is its first non-empty row (as a workbook
    /// reader gives it): the rows above it leave the table, with their structural problems. Returns the line
    /// that `kopregel` names when that row holds nothing.
    mutating func locateHeader(_ rule: HeaderRule) -> Int? {
        guard !header.isEmpty else { return nil }
        let index: Int
        if let line = rule.fixedLine {
            if line == headerLine { return nil }
            guard line > headerLine, let found = records.indices.first(where: { records.line(of: $0) == line })
            else { return line }
            index = found
        } else {
            guard !rule.matches(header) else { return nil }
            let candidates = records.indices.prefix(HeaderRule.searchedRows - 1)
            guard let found = candidates.first(where: { rule.matches(names(records[$0].fields)) }) else { return nil }
            index = found
        }
        let row = records[index]
        header = names(row.fields)
        headerLine = row.line
        let faulty = problems.count
        problems.removeAll { $0.line < row.line }
        skippedAbove = index + 1 + faulty - problems.count
        records.removeFirst(index + 1)
        return nil
    }

    private func names(_ fields: [String]) -> [String] {
        fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
