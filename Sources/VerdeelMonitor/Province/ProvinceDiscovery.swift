/// The input folder as the province reads it: discovered once, then divided over the regions (SPEC.md
/// section 12).
///
/// A region reads exactly the deliveries of its own bronnen (its corporations and its member municipalities,
/// with their predecessors), so that its monitor is the one a run with its configuration over just those files
/// would make. What no region reads, a file whose name is not recognised, an entry that is not a regular file,
/// or a delivery whose bron no region configures, is listed in the province view (`nietHerkend`).
struct ProvinceDiscovery: Sendable {
    /// Per region, in province order: the files its own run would find.
    var regions: [Discovery]
    /// Paths relative to the input folder, sorted.
    var nietHerkend: [String]

    init(_ discovery: Discovery, province: ProvinceConfig) {
        regions = province.regions.map { region in
            Discovery(files: discovery.files.filter { Self.isOwn($0.name.bron, of: region.config) }, unrecognised: [])
        }
        let read = Set(regions.flatMap { $0.files.map(\.relativePath) })
        let unread = discovery.files.map(\.relativePath).filter { !read.contains($0) }
        nietHerkend = (discovery.unrecognised + discovery.skipped.map(\.relativePath) + unread).sorted()
    }

    /// Whether `bron` is one of the region's corporations or member municipalities (a predecessor's code counts
    /// as the member that took it over).
    static func isOwn(_ bron: String, of config: RegionConfig) -> Bool {
        if config.corporations.contains(where: { $0.code == bron }) { return true }
        return MunicipalityCode(bron).flatMap { config.memberCode(for: $0) } != nil
    }
}
