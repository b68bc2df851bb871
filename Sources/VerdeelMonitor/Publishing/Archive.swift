import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A content-addressed archive of inputs: `DIR/sha256/<hex>` holds the bytes whose SHA-256 is `<hex>`.
///
/// A file is written under a temporary name, fsynced and then linked into place; an existing entry is never
/// written again or changed, so the same bytes are never stored twice. Reading checks the checksum again.
struct Archive: Sendable {
    var folder: String

    var entries: String { folder + "/sha256" }

    func path(of sha256: String) -> String { entries + "/" + sha256 }

    /// Stores `bytes`, whose SHA-256 is `sha256`, unless the archive holds them already.
    func store(_ bytes: [UInt8], sha256: String) throws(MonitorError) {
        let final = path(of: sha256)
        if access(final, F_OK) == 0 { return }
        try Publisher.createFolder(entries)
        let temporary = entries + "/.tmp-\(getpid())-\(sha256)"
        unlink(temporary)
        try Publisher.writeDurably(bytes, to: temporary)
        // link(2) never replaces an entry another run stored meanwhile; rename is the fallback for file
        // systems without hard links.
        if link(temporary, final) != 0 && errno != EEXIST && rename(temporary, final) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw MonitorError(
                .output, "kan niet in het archief schrijven (\(reason))", at: SourceLocation(file: final))
        }
        unlink(temporary)
    }

    /// What the archive holds for `sha256`.
    enum Entry {
        case found([UInt8])
        case missing
        /// The entry's bytes no longer have that checksum.
        case changed
    }

    func fetch(_ sha256: String) -> Entry {
        guard let data = FileManager.default.contents(atPath: path(of: sha256)) else { return .missing }
        return Fingerprint.sha256(data) == sha256 ? .found(Array(data)) : .changed
    }
}
