/// What became of one CSV record of a delivery that keeps the contract (a row that breaks it throws
/// `RowProblem`).
enum RowOutcome<Record> {
    /// The row is a record; `key` identifies it across deliveries (nil for voorraad rows).
    case accepted(Record, key: String?)
    /// The row is about a municipality outside the region. A keyed row still takes part in resolving its key:
    /// a correction that moves a letting out of the region replaces the earlier row.
    case outsideRegion(key: String?)
}

/// Turns CSV records into domain records, checking every value against the contract.
struct RowReader {
    let columns: Columns
    let directory: MunicipalityDirectory
    let config: RegionConfig
    let delivery: DeliveryName

    private func required(_ name: String, _ fields: [String]) throws(RowProblem) -> String {
        let value = columns.value(name, in: fields)
        guard !value.isEmpty else { throw RowProblem("verplichte waarde '\(name)' ontbreekt") }
        return value
    }

    private func date(_ name: String, _ fields: [String], required isRequired: Bool = false) throws(RowProblem) -> Day?
    {
        let value = columns.value(name, in: fields)
        if value.isEmpty {
            if isRequired { throw RowProblem("verplichte waarde '\(name)' ontbreekt") }
            return nil
        }
        guard let day = Values.day(value) else {
            throw RowProblem("'\(name)' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)")
        }
        return day
    }

    private func municipality(_ name: String, _ fields: [String]) throws(RowProblem) -> MunicipalityCode? {
        let value = columns.value(name, in: fields)
        if value.isEmpty { return nil }
        guard let code = directory.code(for: value) else {
            throw RowProblem("onbekende gemeente in '\(name)'", value: value)
        }
        return code
    }

    private func code(_ name: String, _ fields: [String]) throws(RowProblem) -> UrgencyCode? {
        let value = columns.value(name, in: fields)
        if value.isEmpty { return nil }
        guard let code = Values.urgencyCode(value) else {
            throw RowProblem("onbekende urgentiecode in '\(name)'", value: value)
        }
        return code
    }

    func letting(_ fields: [String]) throws(RowProblem) -> RowOutcome<Letting> {
        let id = try required("verhuring_id", fields)
        let date = try date("datum", fields, required: true)!
        _ = try required("gemeente", fields)
        let home = try municipality("gemeente", fields)!
        let urgency = try code("urgentie", fields)
        let number = columns.value("urgentienummer", in: fields)
        let origin = try municipality("herkomstgemeente", fields)
        guard let small = Values.flag(columns.value("klein_betaalbaar", in: fields)) else {
            throw RowProblem("'klein_betaalbaar' is geen ja/nee-waarde")
        }
        guard directory.isMember(home) else { return .outsideRegion(key: id) }
        let letting = Letting(
            id: id, date: date, municipality: home, urgency: urgency,
            urgencyNumber: number.isEmpty ? nil : number, origin: origin,
            smallAffordable: small, corporation: delivery.bron)
        return .accepted(letting, key: id)
    }

    func urgencyRecord(
        _ fields: [String], municipality home: MunicipalityCode
    ) throws(RowProblem) -> RowOutcome<UrgencyRecord> {
        let number = try required("urgentienummer", fields)
        let applied = try date("datum_aanvraag", fields, required: true)!
        _ = try required("categorie", fields)
        guard let category = try code("categorie", fields), category != .vh else {
            throw RowProblem("'categorie' VH is geen urgentiecategorie in een urgentieregister")
        }
        let besluitText = columns.value("besluit", in: fields).lowercased()
        let besluit: Besluit?
        if besluitText.isEmpty {
            besluit = nil
        } else if let value = Besluit(rawValue: besluitText) {
            besluit = value
        } else {
            throw RowProblem("onbekend besluit (toegekend, afgewezen, ingetrokken of leeg)", value: besluitText)
        }
        let decided = try date("datum_besluit", fields, required: besluit == .toegekend || besluit == .afgewezen)
        let origin = try municipality("herkomstgemeente", fields)
        let principle = columns.value("woonplaatsbeginsel", in: fields).lowercased()
        guard ["", "ja", "uitzondering"].contains(principle) else {
            throw RowProblem("onbekende waarde in 'woonplaatsbeginsel' (ja, uitzondering of leeg)", value: principle)
        }
        let lapsed = try date("datum_vervallen", fields)
        let record = UrgencyRecord(
            number: number, municipality: home, applied: applied, category: category,
            besluit: besluit, decided: decided, origin: origin,
            exception: principle == "uitzondering", reden: columns.value("reden", in: fields),
            lapsed: lapsed)
        return .accepted(record, key: number)
    }

    func stockChange(_ fields: [String]) throws(RowProblem) -> RowOutcome<StockChange> {
        _ = try required("gemeente", fields)
        let home = try municipality("gemeente", fields)!
        var counts: [Int] = []
        for name in ["toegevoegd", "onttrokken"] {
            guard let count = Values.count(try required(name, fields)) else {
                throw RowProblem("'\(name)' is geen geheel getal van 0 tot en met \(Values.largestCount)")
            }
            counts.append(count)
        }
        guard directory.isMember(home) else { return .outsideRegion(key: nil) }
        return .accepted(
            StockChange(municipality: home, period: delivery.period, added: counts[0], removed: counts[1]), key: nil)
    }

    /// A `zoekers` row (SPEC.md section 9): gemeente, actief and geslaagd, whole numbers from 0 to
    /// `Values.largestCount`. geslaagd counts "those of them" who were let a home, so more than actief breaks the
    /// contract. A row for a CBS code outside the region counts as buiten regio, like a voorraad row.
    func seekerCount(_ fields: [String]) throws(RowProblem) -> RowOutcome<SeekerCount> {
        _ = try required("gemeente", fields)
        let home = try municipality("gemeente", fields)!
        var counts: [Int] = []
        for name in ["actief", "geslaagd"] {
            guard let count = Values.count(try required(name, fields)) else {
                throw RowProblem("'\(name)' is geen geheel getal van 0 tot en met \(Values.largestCount)")
            }
            counts.append(count)
        }
        guard counts[1] <= counts[0] else {
            throw RowProblem("'geslaagd' is groter dan 'actief' (geslaagd telt wie van de actieven een woning kreeg)")
        }
        guard directory.isMember(home) else { return .outsideRegion(key: nil) }
        return .accepted(
            SeekerCount(municipality: home, period: delivery.period, active: counts[0], succeeded: counts[1]),
            key: nil)
    }
}

/// Why a row breaks the contract, in words for a policy officer, and the offending value when it helps.
struct RowProblem: Error {
    let reason: String
    let value: String?
    init(_ reason: String, value: String? = nil) {
        self.reason = reason
        self.value = value
    }
}
