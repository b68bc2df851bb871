@testable import VerdeelMonitor

/// The figures of a dataset built by hand, with its lettings in `Dataset.lettings` (a run counts them while it
/// reads, `Pipeline.intake`).
extension Aggregation {
    /// Computes the figures of every period in the data (see `Dataset.periods`) from the dataset's own lettings
    /// and register, the way `LettingTally` counts them during a run.
    static func history(_ dataset: Dataset, config: RegionConfig) -> History {
        var tally = LettingTally(periods: dataset.periods, config: config, linking: Linking(register: dataset.register))
        for letting in dataset.lettings { tally.add(letting) }
        return history(dataset, config: config, lettings: tally.finished())
    }
}
