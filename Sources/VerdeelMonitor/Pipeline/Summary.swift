/// The readable account of an ingest, printed by `validate` and logged by `run` (to stderr).
enum Summary {
    /// One line per delivery with its row account, then every reject and notice with its file and line, each
    /// with its level (`AccountLine`); notices that a delivery gives per row are counted per delivery
    /// (`noticeLines`).
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
        lines += noticeLines(dataset.notices)
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

extension Summary {
    /// A line per notice; notices of one delivery with the same `Notice.counted` text, when more than one, as one
    /// line with their count where the first stood, followed by each at level debug (`--log-level debug`).
    static func noticeLines(_ notices: [Notice]) -> [AccountLine] {
        func key(_ notice: Notice) -> String? { notice.counted.map { notice.location.file + "\n" + $0 } }
        var groups: [String: [Notice]] = [:]
        for notice in notices {
            if let key = key(notice) { groups[key, default: []].append(notice) }
        }
        var lines: [AccountLine] = []
        for notice in notices {
            guard let key = key(notice), let group = groups[key], group.count != 1, let counted = notice.counted else {
                lines.append(.notice, "let op: \(notice.location): \(notice.message)")
                continue
            }
            guard !group.isEmpty else { continue }  // counted where the first stood
            groups[key] = []
            lines.append(.notice, "let op: \(notice.location.file): \(group.count) \(counted)")
            for detail in group { lines.append(.debug, "let op: \(detail.location): \(detail.message)") }
        }
        return lines
    }
}

extension [AccountLine] {
    fileprivate mutating func append(_ level: LogLevel, _ text: String) { append(AccountLine(level, text)) }
}
