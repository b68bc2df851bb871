import Foundation

/// A delivery file read and parsed: its SHA-256 and its table, or why it could not be read at all.
struct ParsedDelivery: Sendable {
    enum Content: Sendable {
        /// The file was refused before it was parsed (too large, not a regular file).
        case refused(String)
        case table(Result<DeliveryTable, TableProblem>)
    }

    var sha256: String
    var content: Content
}

/// The parsed deliveries that several readers share: a province reads each delivery once however many of its
/// regions read it (SPEC.md section 12).
///
/// Only files with more than one reader are kept, and each is let go after its last reader took it, so memory
/// holds the shared files of one region's reading at most. The parse depends on the bytes, on the reader's
/// `[limieten]` and on the bron's `[[profiel]]` (its header row), so regions that differ in those parse again.
final class DeliveryTables: @unchecked Sendable {
    private struct Key: Hashable {
        var path: String
        var limits: Limits
        var profile: Profile?
    }

    private let lock = NSLock()
    /// Per absolute path: how many readers have yet to take the file.
    private var remaining: [String: Int]
    private var parsed: [Key: ParsedDelivery] = [:]
    /// Per absolute path: how many times it was parsed.
    private(set) var parses: [String: Int] = [:]
    /// The files with more than one reader.
    let shared: Set<String>

    /// How many times the shared files were parsed, together (once each, unless readers' limits differ).
    var sharedParses: Int { lock.withLock { shared.reduce(0) { $0 + (parses[$1] ?? 0) } } }

    /// `readers`: per absolute path, how many readings of the file will come.
    init(readers: [String: Int]) {
        remaining = readers
        shared = Set(readers.filter { $0.value > 1 }.keys)
    }

    /// The parsed file: from the store when another reader parsed it, else from `parse` (outside the lock, so
    /// that groups read in parallel do not wait for each other).
    func delivery(
        _ path: String, limits: Limits, profile: Profile?, parse: () -> ParsedDelivery
    ) -> ParsedDelivery {
        let key = Key(path: path, limits: limits, profile: profile)
        let stored: ParsedDelivery? = lock.withLock {
            defer {
                remaining[path, default: 1] -= 1
                if remaining[path]! <= 0 { parsed = parsed.filter { $0.key.path != path } }
            }
            return parsed[key]
        }
        if let stored { return stored }
        let fresh = parse()
        lock.withLock {
            parses[path, default: 0] += 1
            if remaining[path, default: 0] > 0 { parsed[key] = fresh }
        }
        return fresh
    }
}
