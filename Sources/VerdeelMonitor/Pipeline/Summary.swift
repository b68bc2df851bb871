/// The readable account of an ingest, printed by `validate` and logged by `run` (to stderr).
enum Summary {
    /// One line per delivery with its row account, then every reject and notice with its file and line.
    static func lines(
        for dataset: Dataset, missing: [MissingDelivery] = [], ambiguous: [[MunicipalityCode]] = []
    ) -> [String] {
        var lines: [String] = []
        for delivery in dataset.deliveries.sorted(by: { $0.name < $1.name }) {
            lines.append(
                "levering \(delivery.path): \(delivery.status.rawValue), \(delivery.records) regels = "
                    + "\(delivery.used) gebruikt + \(delivery.rejected) afgewezen + \(delivery.outsideRegion) buiten regio + "
                    + "\(delivery.superseded) vervangen")
        }
        for path in dataset.unrecognised { lines.append("niet herkend (niet gelezen): \(path)") }
        for item in missing { lines.append("ontbreekt: \(item.soort.rawValue) van \(item.bron)") }
        for reject in dataset.rejects { lines.append("afgewezen: \(reject.location): \(reject.logText)") }
        for notice in dataset.notices { lines.append("let op: \(notice.location): \(notice.message)") }
        for pair in ambiguous {
            lines.append(
                "let op: een urgentienummer staat in de registers van \(pair.map(\.value).joined(separator: " en ")); verhuringen met dat nummer zijn aan geen van beide gekoppeld"
            )
        }
        let read = dataset.deliveries.reduce(0) { $0 + $1.records }
        let rejected = dataset.deliveries.reduce(0) { $0 + $1.rejected }
        lines.append(
            "totaal: \(dataset.deliveries.count) leveringen, \(read) regels gelezen, \(rejected) afgewezen, "
                + "\(dataset.unrecognised.count) bestanden niet herkend")
        return lines
    }
}
