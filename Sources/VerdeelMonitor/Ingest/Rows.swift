/// What became of one CSV record of a delivery that keeps the contract (a row that breaks it throws
/// `RowProblem`).
enum RowOutcome<Record> {
    /// The row is a record; `key` identifies it across deliveries (nil for voorraad rows).
    case accepted(Record, key: RecordID?)
    /// The row is about a municipality outside the region. A keyed row still takes part in resolving its key:
    /// a correction that moves a letting out of the region replaces the earlier row.
    case outsideRegion(key: RecordID?)
}

/// Turns records into domain records, checking every value against the contract.
///
/// Values are read from the fields' bytes; only what a record keeps (ids, numbers, reden) becomes a `String`. A
/// field that starts or ends with something other than a visible ASCII character, or whose column the profile maps,
/// goes through `Columns.normalized` as text, so every value means exactly what the text rules say.
struct RowReader {
    let columns: Columns
    let directory: MunicipalityDirectory
    let config: RegionConfig
    let delivery: DeliveryName
    /// Per contract column (`ContractColumn.rawValue`): its position in the header, and whether it is mapped.
    private let slots: [(position: Int?, mapped: Bool)]
    /// The soort's contract columns in the header, by position: the columns whose Excel errors reject a row.
    let readColumns: [(position: Int, column: ContractColumn)]

    init(columns: Columns, directory: MunicipalityDirectory, config: RegionConfig, delivery: DeliveryName) {
        self.columns = columns
        self.directory = directory
        self.config = config
        self.delivery = delivery
        slots = ContractColumn.allCases.map { (columns.position(of: $0.name), columns.isMapped($0.name)) }
        let names = Set(Columns.required(columns.soort) + Columns.optional(columns.soort))
        readColumns = ContractColumn.allCases.filter { names.contains($0.name) }
            .compactMap { column in columns.position(of: column.name).map { ($0, column) } }
            .sorted { $0.position < $1.position }
    }

    /// Calls `body` with the value of `column` in `fields` as UTF-8 bytes (empty when absent).
    private func value<R>(_ column: ContractColumn, _ fields: Fields, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let slot = slots[column.rawValue]
        guard let position = slot.position, position < fields.count else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let bytes = fields[position]
        if !slot.mapped, bytes.isEmpty || (Self.isVisibleASCII(bytes[0]) && Self.isVisibleASCII(bytes[bytes.count - 1]))
        {
            return body(bytes)
        }
        var text = columns.normalized(String(decoding: bytes, as: UTF8.self), column: column.name)
        return text.withUTF8(body)
    }

    /// The value of `column` in `fields` as text ("" when absent).
    func text(_ column: ContractColumn, _ fields: Fields) -> String {
        value(column, fields) { String(decoding: $0, as: UTF8.self) }
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// The identifier in `column`, which must have a value.
    private func requiredKey(_ column: ContractColumn, _ fields: Fields) throws(RowProblem) -> RecordID {
        guard let key = value(column, fields, { $0.isEmpty ? nil : RecordID(utf8: $0) }) else {
            throw RowProblem("verplichte waarde '\(column.name)' ontbreekt", column: column)
        }
        return key
    }

    private func requirePresent(_ column: ContractColumn, _ fields: Fields) throws(RowProblem) {
        guard value(column, fields, { !$0.isEmpty }) else {
            throw RowProblem("verplichte waarde '\(column.name)' ontbreekt", column: column)
        }
    }

    private func date(
        _ column: ContractColumn, _ fields: Fields, required isRequired: Bool = false
    ) throws(RowProblem) -> Day? {
        let (empty, day) = value(column, fields) { ($0.isEmpty, Values.day(utf8: $0)) }
        if empty {
            if isRequired { throw RowProblem("verplichte waarde '\(column.name)' ontbreekt", column: column) }
            return nil
        }
        guard let day else {
            throw RowProblem(
                "'\(column.name)' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)", value: text(column, fields),
                column: column)
        }
        return day
    }

    private func municipality(_ column: ContractColumn, _ fields: Fields) throws(RowProblem) -> MunicipalityCode? {
        let (empty, code) = value(column, fields) { ($0.isEmpty, directory.code(utf8: $0)) }
        if empty { return nil }
        guard let code else {
            throw RowProblem("onbekende gemeente in '\(column.name)'", value: text(column, fields), column: column)
        }
        return code
    }

    private func code(_ column: ContractColumn, _ fields: Fields) throws(RowProblem) -> UrgencyCode? {
        let (empty, code) = value(column, fields) { ($0.isEmpty, Values.urgencyCode(utf8: $0)) }
        if empty { return nil }
        guard let code else {
            throw RowProblem("onbekende urgentiecode in '\(column.name)'", value: text(column, fields), column: column)
        }
        return code
    }

    private func count(_ column: ContractColumn, _ fields: Fields) throws(RowProblem) -> Int {
        try requirePresent(column, fields)
        guard let count = value(column, fields, { Values.count(utf8: $0) }) else {
            throw RowProblem(
                "'\(column.name)' is geen geheel getal van 0 tot en met \(Values.largestCount)",
                value: text(column, fields), column: column)
        }
        return count
    }

    func letting(_ fields: Fields) throws(RowProblem) -> RowOutcome<Letting> {
        let id = try requiredKey(.verhuringID, fields)
        let date = try date(.datum, fields, required: true)!
        try requirePresent(.gemeente, fields)
        let home = try municipality(.gemeente, fields)!
        let urgency = try code(.urgentie, fields)
        let number = value(.urgentienummer, fields) { $0.isEmpty ? nil : RecordID(utf8: $0) }
        let origin = try municipality(.herkomstgemeente, fields)
        guard let small = value(.kleinBetaalbaar, fields, { Values.flag(utf8: $0) }) else {
            throw RowProblem(
                "'klein_betaalbaar' is geen ja/nee-waarde", value: text(.kleinBetaalbaar, fields),
                column: .kleinBetaalbaar)
        }
        guard directory.isMember(home) else { return .outsideRegion(key: id) }
        let letting = Letting(
            key: id, date: date, municipality: home, urgency: urgency, urgencyKey: number, origin: origin,
            smallAffordable: small, corporation: delivery.bron)
        return .accepted(letting, key: id)
    }

    func urgencyRecord(
        _ fields: Fields, municipality home: MunicipalityCode
    ) throws(RowProblem) -> RowOutcome<UrgencyRecord> {
        let number = try requiredKey(.urgentienummer, fields)
        let applied = try date(.datumAanvraag, fields, required: true)!
        try requirePresent(.categorie, fields)
        guard let category = try code(.categorie, fields), category != .vh else {
            throw RowProblem("'categorie' VH is geen urgentiecategorie in een urgentieregister", column: .categorie)
        }
        let besluitText = value(.besluit, fields) { Values.lowercased(utf8: $0) }
        let besluit: Besluit?
        if besluitText.isEmpty {
            besluit = nil
        } else if let value = Besluit(rawValue: besluitText) {
            besluit = value
        } else {
            throw RowProblem(
                "onbekend besluit (toegekend, afgewezen, ingetrokken of leeg)", value: besluitText, column: .besluit)
        }
        let decided = try date(.datumBesluit, fields, required: besluit == .toegekend || besluit == .afgewezen)
        let origin = try municipality(.herkomstgemeente, fields)
        let principle = value(.woonplaatsbeginsel, fields) { Values.lowercased(utf8: $0) }
        guard ["", "ja", "uitzondering"].contains(principle) else {
            throw RowProblem(
                "onbekende waarde in 'woonplaatsbeginsel' (ja, uitzondering of leeg)", value: principle,
                column: .woonplaatsbeginsel)
        }
        let lapsed = try date(.datumVervallen, fields)
        let record = UrgencyRecord(
            key: number, municipality: home, applied: applied, category: category,
            besluit: besluit, decided: decided, origin: origin,
            exception: principle == "uitzondering", reden: text(.reden, fields),
            lapsed: lapsed)
        return .accepted(record, key: number)
    }

    func stockChange(_ fields: Fields) throws(RowProblem) -> RowOutcome<StockChange> {
        try requirePresent(.gemeente, fields)
        let home = try municipality(.gemeente, fields)!
        let added = try count(.toegevoegd, fields)
        let removed = try count(.onttrokken, fields)
        guard directory.isMember(home) else { return .outsideRegion(key: nil) }
        return .accepted(
            StockChange(municipality: home, period: delivery.period, added: added, removed: removed), key: nil)
    }

    /// A `zoekers` row (SPEC.md section 9): gemeente, actief and geslaagd, whole numbers from 0 to
    /// `Values.largestCount`. geslaagd counts "those of them" who were let a home, so more than actief breaks the
    /// contract. A row for a CBS code outside the region counts as buiten regio, like a voorraad row.
    func seekerCount(_ fields: Fields) throws(RowProblem) -> RowOutcome<SeekerCount> {
        try requirePresent(.gemeente, fields)
        let home = try municipality(.gemeente, fields)!
        let active = try count(.actief, fields)
        let succeeded = try count(.geslaagd, fields)
        guard succeeded <= active else {
            throw RowProblem(
                "'geslaagd' is groter dan 'actief' (geslaagd telt wie van de actieven een woning kreeg)",
                column: .geslaagd)
        }
        guard directory.isMember(home) else { return .outsideRegion(key: nil) }
        return .accepted(
            SeekerCount(municipality: home, period: delivery.period, active: active, succeeded: succeeded),
            key: nil)
    }
}

/// The columns of the contract (SPEC.md section 3), by which `RowReader` finds a value without hashing its name.
enum ContractColumn: Int, CaseIterable {
    case verhuringID, datum, gemeente, urgentie, urgentienummer, herkomstgemeente, kleinBetaalbaar
    case datumAanvraag, categorie, besluit, datumBesluit, woonplaatsbeginsel, reden, datumVervallen
    case toegevoegd, onttrokken, actief, geslaagd

    /// The column's name in the contract.
    var name: String {
        switch self {
        case .verhuringID: "verhuring_id"
        case .datum: "datum"
        case .gemeente: "gemeente"
        case .urgentie: "urgentie"
        case .urgentienummer: "urgentienummer"
        case .herkomstgemeente: "herkomstgemeente"
        case .kleinBetaalbaar: "klein_betaalbaar"
        case .datumAanvraag: "datum_aanvraag"
        case .categorie: "categorie"
        case .besluit: "besluit"
        case .datumBesluit: "datum_besluit"
        case .woonplaatsbeginsel: "woonplaatsbeginsel"
        case .reden: "reden"
        case .datumVervallen: "datum_vervallen"
        case .toegevoegd: "toegevoegd"
        case .onttrokken: "onttrokken"
        case .actief: "actief"
        case .geslaagd: "geslaagd"
        }
    }
}

/// Why a row breaks the contract, in words for a policy officer, the offending value when it helps, and the
/// contract column it is in when it is in one.
struct RowProblem: Error {
    let reason: String
    let value: String?
    let column: String?
    init(_ reason: String, value: String? = nil, column: ContractColumn? = nil) {
        self.reason = reason
        self.value = value
        self.column = column?.name
    }
}
