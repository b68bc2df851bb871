/// A delivery that was expected for the reported period but is not there.
struct MissingDelivery: Sendable, Hashable {
    var soort: Soort
    var bron: String
}

extension Dataset {
    /// The deliveries expected for `period` that are missing: verhuringen from every configured corporation and
    /// urgentie from every member municipality (voorraad and zoekers are optional). A delivery that was rejected as
    /// a whole counts as missing (see `Delivery.isUsable`). An urgentie delivery under a predecessor's code
    /// (`voorgangers`) is the member's delivery.
    func missingDeliveries(for period: Period, config: RegionConfig) -> [MissingDelivery] {
        func owner(_ name: DeliveryName) -> String {
            guard name.soort == .urgentie, let code = MunicipalityCode(name.bron) else { return name.bron }
            return (config.memberCode(for: code) ?? code).value
        }
        let present = Set(
            deliveries.filter { $0.name.period == period && $0.isUsable }.map {
                "\($0.name.soort.rawValue)/\(owner($0.name))"
            })
        let expected =
            config.corporations.map { MissingDelivery(soort: .verhuringen, bron: $0.code) }
            + config.municipalities.map { MissingDelivery(soort: .urgentie, bron: $0.code.value) }
        return expected.filter { !present.contains("\($0.soort.rawValue)/\($0.bron)") }
    }

    /// Rejected rows or files (entries that are not regular files among them), files not recognised, notices
    /// that are problems (a delivery for a future period), or `missing` deliveries: the run has problems to
    /// report (exit code 3).
    func hasProblems(missing: [MissingDelivery]) -> Bool {
        !rejects.isEmpty || !unrecognised.isEmpty || !missing.isEmpty || notices.contains(where: \.isProblem)
    }
}
