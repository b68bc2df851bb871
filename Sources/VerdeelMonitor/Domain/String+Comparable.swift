extension String {
    /// Lower-cased with runs of white space collapsed to one space and the ends trimmed: the form in which
    /// municipality names, aliases and knelpunt redenen are compared and tallied.
    var comparable: String {
        lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
