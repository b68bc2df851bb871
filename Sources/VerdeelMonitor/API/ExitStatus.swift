/// The exit codes of `verdeelmonitor`, after BSD `sysexits.h` where one fits (documented in the README).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Published (or, for `validate`, checked) and everything was in order.
    case ok = 0
    /// Published, but rows or files were rejected, files not recognised, or deliveries are missing (concept).
    case publishedWithProblems = 3
    /// `reproduce`: the HTML or XML differs from the manifest's, or archive entries are missing or changed.
    case reproductionDiffers = 1
    /// The command line is wrong (EX_USAGE).
    case usage = 64
    /// The input folder is missing or holds no delivery for the period (EX_NOINPUT).
    case noInput = 66
    /// A bug: the program produced an XML that its own schema rejects (EX_SOFTWARE). Nothing was published.
    case software = 70
    /// An output file cannot be written (EX_CANTCREAT). Previous outputs are untouched.
    case cannotCreate = 73
    /// Another run holds the output folder's lock; nothing was written; try again later (EX_TEMPFAIL).
    case busy = 75
    /// The configuration or a template is missing or wrong (EX_CONFIG).
    case configuration = 78

    public init(_ kind: MonitorError.Kind) {
        switch kind {
        case .usage: self = .usage
        case .configuration: self = .configuration
        case .input: self = .noInput
        case .output: self = .cannotCreate
        case .internal: self = .software
        case .busy: self = .busy
        }
    }
}
