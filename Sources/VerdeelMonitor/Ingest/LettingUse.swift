/// What becomes of the lettings chosen as the deliveries are read: they always go to the ingest's letting sink
/// (`Ingestion.LettingSink`, where a run counts them into a `LettingTally`); `countedAndKept` also keeps them.
enum LettingUse: Sendable {
    /// Counted only: what a run does, so that memory does not grow with the lettings of a national run
    /// (docs/performance.md). `Dataset.lettings` stays empty.
    case counted
    /// Counted, and also kept in `Dataset.lettings`, to look at them.
    case countedAndKept
}
