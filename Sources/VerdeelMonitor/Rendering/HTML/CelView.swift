/// A published count in a table of the report (`Cell`): its text, or the threshold (`<5`) where it is hidden,
/// and whether it was hidden. The categories and the passend classes show their cells alike.
struct CelView: Sendable {
    var tekst: String
    var onderdrukt: Bool

    /// `hidden` is the text of a hidden cell: `<` and the threshold (`<5`).
    init(_ cell: Cell, hidden: String) {
        tekst = cell.value.map { Formatting.dutch($0) } ?? hidden
        onderdrukt = cell.value == nil
    }
}
