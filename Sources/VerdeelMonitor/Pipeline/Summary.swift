/// The readable account of an ingest, printed by `validate` and logged by `run` (to stderr).
enum Summary {
    /// One line per delivery with its row account, then every reject and notice with its file and line, each
    /// with its level (`AccountLine`).
    static func lines(
        for dataset: Dataset, missing: [MissingDelivery] = [], ambiguous: [[MunicipalityCode]] = []
    ) -> [AccountLine] {
        var lines: [AccountLine] = []
        for delivery in dataset.deliveries.sorted(by: { $0.name < $1.name }) {
            lines.append(
                .info,
                "levering \(delivery.path): \(delivery.status.rawValue), \(delivery.records) regels = "
                    + "\(delivery.used) gebruikt + \(delivery.rejected) afgewezen + \(delivery.outsideRegion) buiten regio + "
                    + "\(delivery.superseded) vervangen")
        }
        for path in dataset.unrecognised { lines.append(.warning, "niet herkend (niet gelezen): \(path)") }
        for item in missing { lines.append(.warning, "ontbreekt: \(item.soort.rawValue) van \(item.bron)") }
        for reject in dataset.rejects { lines.append(.warning, "afgewezen: \(reject.location): \(reject.logText)") }
        for notice in dataset.notices { lines.append(.notice, "let op: \(notice.location): \(notice.message)") }
        for pair in ambiguous {
            lines.append(
                .notice,
                "let op: een urgentienummer staat in de registers van \(pair.map(\.value).joined(separator: " en ")); verhuringen met dat nummer zijn aan geen van beide gekoppeld"
            )
        }
        let read = dataset.deliveries.reduce(0) { $0 + $1.records }
        let rejected = dataset.deliveries.reduce(0) { $0 + $1.rejected }
        lines.append(
            .info,
            "totaal: \(dataset.deliveries.count) leveringen, \(read) regels gelezen, \(rejected) afgewezen, "
                + "\(dataset.unrecognised.count) bestanden niet herkend")
        return lines
    }
}

extension [AccountLine] {
    fileprivate mutating func append(_ level: LogLevel, _ text: String) { append(AccountLine(level, text)) }
}
