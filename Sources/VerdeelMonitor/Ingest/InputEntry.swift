import Foundation

/// What an entry of the input folder is, found without opening it (`lstat`, then `stat` for a link).
///
/// Only a regular file is ever opened. A symbolic link is followed when it leads to a regular file (an export
/// folder that links to the senders' drop folders is common); every other entry is skipped with a message
/// naming it: a link to a device such as `/dev/zero`, a named pipe, a socket, a device, a dangling or looping
/// link, and a folder or a link to a folder whose name looks like a delivery. Nothing here can block: `lstat`
/// and `stat` never open the entry.
enum InputEntry: Equatable {
    case regularFile
    /// A folder: scanned as part of the input (when it is not a link).
    case folder
    /// Not read, with the Dutch reason (without the path: the caller names the entry).
    case skipped(String)

    /// Classifies the entry at `path`.
    init(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            self = .skipped("is niet te lezen (\(Self.describe(errno))); overgeslagen")
            return
        }
        if Self.kind(info) == S_IFLNK {
            var target = stat()
            guard stat(path, &target) == 0 else {
                let why = errno == ELOOP ? "een koppeling in een kring" : "een koppeling die nergens naar wijst"
                self = .skipped("is \(why); overgeslagen")
                return
            }
            switch Self.kind(target) {
            case S_IFREG: self = .regularFile
            case S_IFDIR: self = .skipped("is een koppeling naar een map; die wordt niet doorzocht")
            default:
                self = .skipped("is een koppeling naar \(Self.name(of: Self.kind(target))), geen bestand; overgeslagen")
            }
            return
        }
        switch Self.kind(info) {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .folder
        default: self = .skipped("is \(Self.name(of: Self.kind(info))), geen gewoon bestand; overgeslagen")
        }
    }

    private static func kind(_ info: stat) -> mode_t { info.st_mode & S_IFMT }

    /// The Dutch name of a kind of entry, with its article.
    static func name(of kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: "een named pipe (FIFO)"
        case S_IFCHR: "een apparaat (character device)"
        case S_IFBLK: "een apparaat (block device)"
        case S_IFSOCK: "een socket"
        case S_IFDIR: "een map"
        default: "geen gewoon bestand"
        }
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The size in bytes of the file at `path` (following a link), 0 when it cannot be read.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

/// Reads a delivery file's bytes without ever blocking and within `[limieten] bestand_mb`.
enum InputFileReading {
    /// The file's bytes, or the Dutch reason it is rejected as a whole.
    ///
    /// The file is opened with `O_NONBLOCK` (a file swapped for a named pipe after the scan does not block the
    /// open) and checked with `fstat` on the open descriptor: anything but a regular file, or a file larger than
    /// `limit` bytes, is refused before a byte is read. Reading stops at `limit + 1` bytes, so a file that grows
    /// while it is read is refused too.
    static func bytes(of path: String, limit: Int) -> Result<[UInt8], InputFileRefusal> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(InputFileRefusal("het bestand is niet te openen (\(InputEntry.describe(errno)))"))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(InputFileRefusal("het bestand is niet te lezen (\(InputEntry.describe(errno)))"))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(
                InputFileRefusal("is \(InputEntry.name(of: info.st_mode & S_IFMT)), geen gewoon bestand; niet gelezen"))
        }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(limit: limit)) }
        // Read straight into the array, one byte more than the size so that a file that grew is noticed.
        var capacity = min(size, limit) + 1
        var bytes: [UInt8] = []
        var failure: Int32?
        while failure == nil {
            let count = bytes.count
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                if count > 0 { _ = UnsafeMutableBufferPointer(rebasing: buffer[..<count]).initialize(from: bytes) }
                initialized = count
                while initialized < capacity {
                    let n = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { return }
                    initialized += n
                }
            }
            if bytes.count < capacity || failure != nil { break }
            guard bytes.count <= limit else { return .failure(.tooLarge(limit: limit)) }
            capacity = min(capacity * 2, limit + 1)
        }
        if let failure {
            return .failure(InputFileRefusal("het bestand is niet te lezen (\(InputEntry.describe(failure)))"))
        }
        guard bytes.count <= limit else { return .failure(.tooLarge(limit: limit)) }
        return .success(bytes)
    }
}

/// Why a delivery file was not read: a Dutch message for the report and the log.
struct InputFileRefusal: Error {
    var message: String

    init(_ message: String) { self.message = message }

    static func tooLarge(limit: Int) -> InputFileRefusal {
        InputFileRefusal(
            "het bestand is groter dan de limiet van \(Limits.describe(bytes: limit)); het hele bestand is afgewezen "
                + "(verhoog zo nodig bestand_mb onder [limieten] in regio.toml)")
    }
}
