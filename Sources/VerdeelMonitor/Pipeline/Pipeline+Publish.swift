extension Pipeline {
    /// The last stage: publishes `sets` into `output`, which the run claimed before it read anything
    /// (`OutputFolder.claim`: the lock, leftovers cleared); returns the visible paths.
    ///
    /// Each set's files appear together or not at all (`Publisher`, docs/operations.md), and every set is written
    /// and fsynced before the first one is switched in. `run` and `reproduce` publish their one set this way; a
    /// run over several regions passes every region's set and its own.
    static func publish(
        _ sets: [OutputSet], into output: OutputFolder, clock: StageClock
    ) throws(MonitorError) -> [String] {
        try clock.time(.publiceren) { () throws(MonitorError) in try output.publish(sets) }
    }

    /// Publishes `sets` so that a reader sees all of them new or all of them as they were, whatever stops the
    /// run: one switch for the group named `together` (a province run's regions and its view, SPEC.md
    /// section 12).
    static func publish(
        _ sets: [OutputSet], into output: OutputFolder, together group: String, clock: StageClock
    ) throws(MonitorError) -> [String] {
        try clock.time(.publiceren) { () throws(MonitorError) in try output.publish(sets, together: group) }
    }
}
