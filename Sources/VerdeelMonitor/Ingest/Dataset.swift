/// Everything ingestion produced: the records to count, and the account of every file and row.
struct Dataset: Sendable {
    var deliveries: [Delivery] = []
    /// Files in the input folder whose name does not fit the pattern (relative paths).
    var unrecognised: [String] = []
    var rejects: [Reject] = []
    var notices: [Notice] = []
    var lettings: [Letting] = []
    var register: [UrgencyRecord] = []
    var stock: [StockChange] = []

    init() {}

    /// The half-years with at least one recognised delivery, in order.
    var periods: [Period] { Set(deliveries.map(\.name.period)).sorted() }

    /// Whether any voorraad delivery exists for `period`.
    func hasStock(in period: Period) -> Bool {
        deliveries.contains { $0.name.soort == .voorraad && $0.name.period == period && $0.isUsable }
    }
}
