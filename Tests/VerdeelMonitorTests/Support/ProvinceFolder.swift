import Foundation

@testable import VerdeelMonitor

/// A temporary province: `provincie.toml`, the regions' `regio.toml` files beside it, and an input folder.
struct ProvinceFolder {
    let root: String
    var provinciePath: String { root + "/provincie.toml" }
    var inputPath: String { root + "/invoer" }

    /// Writes `provincie.toml` (code `prov`), one `<code>.toml` per region and the input files.
    init(regions: [RegioTOML], files: [String: String], code: String = "prov") throws {
        root = Paths.temporaryFolder()
        let listed = regions.map { "\"\($0.code).toml\"" }.joined(separator: ", ")
        try "code = \"\(code)\"\nnaam = \"Provincie P\"\nregio = [\(listed)]\n"
            .write(toFile: provinciePath, atomically: true, encoding: .utf8)
        for region in regions {
            try region.text.write(toFile: root + "/\(region.code).toml", atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: inputPath, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: inputPath + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    /// A new input folder holding only `names` of this one's files (what one region's own run reads).
    func inputHolding(_ names: [String]) throws -> String {
        let folder = Paths.temporaryFolder() + "/invoer"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: inputPath + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }
}

/// Reads an attribute of the first element `element` in an XML text (the writer puts each element on one line).
func xmlAttribute(_ xml: String, element: String, _ name: String, where filter: String = "") -> String? {
    for line in xml.split(separator: "\n")
    where line.contains("<\(element) ") && (filter.isEmpty || line.contains(filter)) {
        guard let range = line.range(of: " \(name)=\"") else { return nil }
        return String(line[range.upperBound...].prefix { $0 != "\"" })
    }
    return nil
}
