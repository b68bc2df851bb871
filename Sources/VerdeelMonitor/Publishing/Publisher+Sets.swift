extension Publisher {
    /// Publishes several sets into `folder`, each with `publish(_:as:into:)`; returns the visible paths.
    ///
    /// Not yet one switch across the sets: the one publish step of `knots-core` replaces this.
    static func publish(
        sets: [(stem: String, files: [(name: String, bytes: [UInt8])])], into folder: String
    ) throws(MonitorError) -> [String] {
        var written: [String] = []
        for set in sets { written += try publish(set.files, as: set.stem, into: folder) }
        return written
    }
}
