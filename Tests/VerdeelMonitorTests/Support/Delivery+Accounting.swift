@testable import VerdeelMonitor

extension Delivery {
    /// The accounting identity of SPEC.md section 3: rows read = used + rejected + buiten regio + superseded.
    var isBalanced: Bool { records == used + rejected + outsideRegion + superseded }
}
