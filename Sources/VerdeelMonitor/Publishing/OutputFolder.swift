/// The files published together under one name (`monitor-<regio>-<periode>`): the HTML, the XML and the manifest
/// of a region's monitor.
struct OutputSet: Sendable {
    /// The set's common name, which its files begin with.
    var stem: String
    var files: [(name: String, bytes: [UInt8])]
}

/// The output folder of a run, claimed for the whole run: its lock (`RunLock`) is taken before anything is read
/// and held as long as this value lives, and what a stopped run left there is cleared once the lock is held.
/// Sets are only published into a claimed folder (`Pipeline.publish`).
struct OutputFolder: Sendable {
    let path: String
    private let lock: RunLock

    /// Takes the lock of `path` (created when missing), waiting up to `wait` seconds for another run that holds
    /// it, then clears what a stopped run left (`Publisher.cleanUp`).
    static func claim(_ path: String, wait: Double) throws(MonitorError) -> OutputFolder {
        let lock = try RunLock.acquire(path, wait: wait)
        Publisher.cleanUp(path)
        return OutputFolder(path: path, lock: lock)
    }

    /// The manifests published here, newest generation last.
    var manifests: [Manifest] { Manifest.published(in: path) }

    /// Publishes `sets` (`Publisher.publish`) while the lock is held; returns the visible paths.
    func publish(_ sets: [OutputSet]) throws(MonitorError) -> [String] {
        try withExtendedLifetime(lock) { () throws(MonitorError) in try Publisher.publish(sets, into: path) }
    }

    /// Publishes `sets` with one switch for all of them (`Publisher.publish(_:together:into:)`).
    func publish(_ sets: [OutputSet], together group: String) throws(MonitorError) -> [String] {
        try withExtendedLifetime(lock) { () throws(MonitorError) in
            try Publisher.publish(sets, together: group, into: path)
        }
    }
}
