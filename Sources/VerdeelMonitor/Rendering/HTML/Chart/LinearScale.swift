/// Maps values from `0...upper` onto a span of pixels, as every chart of the report uses it.
struct LinearScale: Sendable, Equatable {
    var upper: Double
    /// Pixel of the value 0.
    var start: Double
    /// Pixel of the value `upper` (smaller than `start` for a vertical axis, where y grows downwards).
    var end: Double

    /// The pixel of `value`; values outside the domain are clamped to it.
    func callAsFunction(_ value: Double) -> Double {
        guard upper > 0 else { return start }
        let clamped = min(max(value, 0), upper)
        return start + (end - start) * clamped / upper
    }

    /// The smallest multiple of `step` that is at least `value` and at least one step.
    static func niceUpper(_ value: Double, step: Double) -> Double {
        max(step, (value / step).rounded(.up) * step)
    }

    /// 0, step, 2 x step, ... up to and including `upper`.
    static func ticks(upper: Double, step: Double) -> [Double] {
        guard step > 0 else { return [0] }
        return (0...Int((upper / step).rounded(.down))).map { Double($0) * step }
    }

    /// A tick step for counts that gives at most about five gridlines (1, 2, 5, 10, 20, 50, ...).
    static func countStep(for maximum: Double) -> Double {
        var step = 1.0
        while maximum / step > 5 {
            for factor in [2.0, 2.5, 2.0] where maximum / step > 5 { step *= factor }
        }
        return step
    }
}
