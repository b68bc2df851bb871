/// Where in an input something was found: a file, and a line (and column) when known.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, as editors and `grep -n` print it.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}

/// An error that stops a run, with its location and a message a policy officer understands.
///
/// The kind decides the exit code (see `ExitStatus`).
public struct MonitorError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The command line is wrong.
        case usage
        /// `regio.toml` is missing, unreadable or breaks the contract.
        case configuration
        /// The input folder is missing or holds nothing to report on.
        case input
        /// An output file cannot be written.
        case output
        /// The program produced something it should not have (a bug).
        case `internal`
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}
