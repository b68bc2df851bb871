/// What one sender (a corporation or a municipality, its `bron`) is told about its deliveries for one period
/// (SPEC.md section 10, "Feedback for senders"): its deliveries with their row accounts, its rejects and notices,
/// and the deliveries expected from it that are missing.
///
/// It holds that sender's rows only: a reject or notice belongs to the bron of the file it is in, and a
/// predecessor's code (`voorgangers`) belongs to the member that took it over.
struct SenderFeedback: Sendable {
    var bron: String
    /// The name in `regio.toml`; nil for a bron the configuration does not know.
    var naam: String?
    /// The region's name.
    var regio: String
    var period: Period
    /// Seconds since 1970 at which the feedback was made.
    var generated: Int
    /// The `[[profiel]]` the sender's deliveries are read with, if any.
    var profile: String?
    /// Its deliveries for the period, and those for periods that have not started, by path.
    var deliveries: [Delivery] = []
    var rejects: [Reject] = []
    var notices: [Notice] = []
    /// The soorten expected from it for the period that are missing (or rejected as a whole file).
    var missing: [Soort] = []

    /// `terugkoppeling-<bron>-<periode>`: the file name without `.html` or `.txt`.
    var fileStem: String { "terugkoppeling-\(bron)-\(period)" }

    /// Whether nothing is wrong: every row used or accounted for, no notice, nothing missing.
    var isInOrder: Bool { rejects.isEmpty && notices.isEmpty && missing.isEmpty }
}

extension SenderFeedback {
    /// One feedback per bron with a delivery for `period` (or for a period not started at `generated`), or with
    /// an expected delivery missing: the configured corporations and municipalities in config order, then other
    /// brons by code.
    static func senders(
        of dataset: Dataset, config: RegionConfig, period: Period, generated: Int
    ) -> [SenderFeedback] {
        let now = Period(atSecond: generated)
        func owner(_ name: DeliveryName) -> String {
            guard let code = MunicipalityCode(name.bron) else { return name.bron }
            return (config.memberCode(for: code) ?? code).value
        }
        func belongs(_ name: DeliveryName) -> Bool { name.period == period || name.period > now }
        var bronOfFile: [String: String] = [:]
        for delivery in dataset.deliveries where belongs(delivery.name) {
            bronOfFile[delivery.path] = owner(delivery.name)
        }
        /// A file that is no delivery (a second copy, an entry skipped unread) still names its bron.
        func bron(ofFile path: String) -> String? {
            if let bron = bronOfFile[path] { return bron }
            let fileName = String(path.split(separator: "/").last ?? "")
            return DeliveryName(fileName: fileName).flatMap { belongs($0) ? owner($0) : nil }
        }
        var feedback: [String: SenderFeedback] = [:]
        func add(_ bron: String, _ change: (inout SenderFeedback) -> Void) {
            change(&feedback[bron, default: SenderFeedback(bron, config: config, period: period, generated: generated)])
        }
        for delivery in dataset.deliveries where belongs(delivery.name) {
            add(owner(delivery.name)) { $0.deliveries.append(delivery) }
        }
        for reject in dataset.rejects {
            if let bron = bron(ofFile: reject.location.file) { add(bron) { $0.rejects.append(reject) } }
        }
        for notice in dataset.notices {
            if let bron = bron(ofFile: notice.location.file) { add(bron) { $0.notices.append(notice) } }
        }
        for item in dataset.missingDeliveries(for: period, config: config) {
            add(item.bron) { $0.missing.append(item.soort) }
        }
        let configured = config.corporations.map(\.code) + config.municipalities.map(\.code.value)
        let others = feedback.keys.filter { !configured.contains($0) }.sorted()
        return (configured + others).compactMap { bron in
            feedback[bron].map { item in
                var item = item
                item.deliveries.sort { $0.path < $1.path }
                return item
            }
        }
    }

    private init(_ bron: String, config: RegionConfig, period: Period, generated: Int) {
        self.bron = bron
        self.naam =
            config.corporations.first { $0.code == bron }?.naam
            ?? MunicipalityCode(bron).flatMap(config.member)?.naam
        self.regio = config.naam
        self.period = period
        self.generated = generated
        self.profile =
            config.corporations.first { $0.code == bron }?.profile
            ?? MunicipalityCode(bron).flatMap(config.member)?.profile
    }

    /// The file name a correction of its `soort` delivery for the period gets: the next version of the latest one
    /// (`_v2` after the first, under the code and in the format that delivery used); nil when it delivered none.
    func correctionName(of soort: Soort) -> String? {
        guard
            let latest = deliveries.filter({ $0.name.soort == soort && $0.name.period == period }).map(\.name)
                .max(by: { $0.version < $1.version })
        else { return nil }
        let next = DeliveryName(soort: soort, bron: latest.bron, period: period, version: latest.version + 1)
        return "\(next).\(latest.format.rawValue)"
    }
}
