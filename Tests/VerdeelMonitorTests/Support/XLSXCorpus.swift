import Foundation
import Testing

/// The workbooks of `Tests/XLSX/make_corpus.py`, generated once per test run into a temporary folder (so no
/// binary in the repository is edited by hand).
enum XLSXCorpus {
    static let script = Paths.root.appendingPathComponent("Tests/XLSX/make_corpus.py").path

    /// The folder with `good/` and `hostile/`; nil (and a recorded issue) when python3 failed.
    static let folder: String? = {
        let folder = Paths.temporaryFolder()
        guard let outcome = try? Subprocess.run("/usr/bin/env", ["python3", script, folder]), outcome.status == 0
        else { return nil }
        return folder
    }()

    /// The bytes of `good/<name>.xlsx` or `hostile/<name>.xlsx`.
    static func bytes(_ kind: String, _ name: String) throws -> [UInt8] {
        let folder = try #require(folder, "python3 Tests/XLSX/make_corpus.py failed")
        let data = try #require(FileManager.default.contents(atPath: "\(folder)/\(kind)/\(name).xlsx"))
        return [UInt8](data)
    }
}
