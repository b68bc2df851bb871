import Crypto
import Foundation

extension Fingerprint {
    /// The SHA-256 of a regular file read in 1 MB pieces (bounded memory): for a delivery that is too large to
    /// read, so that the XML and the log still name its bytes. Opened with `O_NONBLOCK` and checked with `fstat`
    /// first, so it cannot block; nil when the file cannot be read.
    static func sha256(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            hasher.update(data: chunk[0..<n])
        }
        return sha256Hex(hasher.finalize())
    }
}
