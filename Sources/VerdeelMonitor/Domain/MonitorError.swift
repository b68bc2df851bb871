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
        /// Another run holds the output folder's lock: try again later.
        case busy
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
