import Dispatch

extension Array where Element: Sendable {
    /// `map` over the machine's cores: the results are in the order of the elements, whatever the scheduling.
    ///
    /// `weights` (one per element) start the heaviest elements first, so that one large element does not run alone
    /// at the end.
    func concurrentMap<T: Sendable>(heaviestFirst weights: [Int], _ transform: (Element) -> T) -> [T] {
        let order = indices.sorted { (weights[$0], $1) > (weights[$1], $0) }
        let results = ResultSlots<T>(count)
        withoutActuallyEscaping(transform) { transform in
            let work = UnsafeSendable(transform)
            DispatchQueue.concurrentPerform(iterations: count) { position in
                let index = order[position]
                results.store(work.value(self[index]), at: index)
            }
        }
        return results.values
    }
}

/// One slot per result, each written by exactly one worker: no two workers touch the same slot.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    var values: [T] { slots.map { $0! } }
}

/// A closure that is safe to call from several threads because it only reads shared values.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
