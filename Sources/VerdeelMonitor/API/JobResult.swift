/// What `check` found: the account to print, and whether anything was rejected, not recognised or missing.
public struct InputCheck: Sendable {
    /// One line per delivery, reject and notice, each with its level (see `Summary`).
    public var account: [AccountLine]
    public var hasProblems: Bool
    /// The feedback files written (`validate --terugkoppeling`), as paths.
    public var written: [String] = []

    /// `publishedWithProblems` (3) when there are problems, else `ok`.
    public var exitStatus: ExitStatus { hasProblems ? .publishedWithProblems : .ok }
}

/// What a run did: the files it published, and whether the inputs had problems.
public struct JobResult: Sendable {
    public var written: [String]
    /// Rows or files were rejected, files not recognised, or deliveries missing: published, with problems.
    public var hasProblems: Bool
    public var regio = ""
    public var periode = ""
    /// Recognised deliveries read (every period).
    public var deliveries = 0
    public var rejectedRows = 0
    public var unrecognised = 0
    /// Deliveries missing for the reported period.
    public var missing = 0

    /// `publishedWithProblems` (3) when there are problems, else `ok`.
    public var exitStatus: ExitStatus { hasProblems ? .publishedWithProblems : .ok }
}
