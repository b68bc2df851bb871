/// Which region's verdeling counts each municipality x category (SPEC.md section 12).
///
/// A municipality may be configured in several regions; it then lists, in each region's
/// `uitgezonderde_categorieen`, the categories it settles in the others. Counted in two regions' verdeling is a
/// configuration error; counted in none (excluded everywhere it is configured) is a coverage note (`nergens`).
struct Coverage: Sendable, Hashable {
    /// A municipality x category that no region's verdeling counts.
    struct Gap: Sendable, Hashable {
        var municipality: MunicipalityCode
        var naam: String
        var category: UrgencyCode
    }

    /// In the order the municipalities first appear (region by region, config order), then category order.
    var nergens: [Gap]

    /// Checks every municipality x statutory category of the province's regions; `file` names `provincie.toml`
    /// in the error.
    init(_ regions: [ProvinceConfig.Region], file: String) throws(MonitorError) {
        var order: [MunicipalityCode] = []
        var configured: [MunicipalityCode: [(region: RegionConfig, member: MemberMunicipality)]] = [:]
        for region in regions {
            for member in region.config.municipalities {
                if configured[member.code] == nil { order.append(member.code) }
                configured[member.code, default: []].append((region.config, member))
            }
        }
        var gaps: [Gap] = []
        for code in order {
            let entries = configured[code]!
            for category in UrgencyCode.statutory {
                let counting = entries.filter { !$0.member.excludedCategories.contains(category) }
                if counting.count > 1 {
                    let names = counting.map { "'\($0.region.code)'" }.joined(separator: " en ")
                    throw MonitorError(
                        .configuration,
                        "gemeente \(code) (\(entries[0].member.naam)) telt categorie \(category.rawValue) in de verdeling "
                            + "van twee regio's: \(names); zet \(category.rawValue) in de uitgezonderde_categorieen "
                            + "van de regio die de categorie niet verdeelt",
                        at: SourceLocation(file: file))
                }
                if counting.isEmpty {
                    gaps.append(Gap(municipality: code, naam: entries[0].member.naam, category: category))
                }
            }
        }
        nergens = gaps
    }
}
