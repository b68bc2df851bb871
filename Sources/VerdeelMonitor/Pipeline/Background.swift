import Dispatch

/// A value computed on another thread while the caller goes on; `value` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            result = body()
            done.signal()
        }
    }

    /// The value, once computed.
    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
