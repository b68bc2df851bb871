/// Finds municipalities by CBS code, configured name or alias.
struct MunicipalityDirectory: Sendable {
    private var byName: [String: MunicipalityCode] = [:]
    /// Every configured name and alias and every member's code in the forms the contract allows, as written
    /// (`GM0153`, `gm0153`, `0153`, `153`, `Enschede`): most exports use one of these, so a lookup is one hash.
    private var byText: [String: MunicipalityCode] = [:]
    private var members: Set<MunicipalityCode> = []

    init(_ config: RegionConfig) {
        for municipality in config.municipalities {
            members.insert(municipality.code)
            for name in [municipality.naam] + municipality.aliases {
                byName[name.comparable] = municipality.code
                byText[name] = municipality.code
            }
            let digits = String(municipality.code.value.dropFirst(2))
            for form in [municipality.code.value, "gm" + digits, digits, String(Int(digits) ?? 0)] {
                byText[form] = municipality.code
            }
        }
    }

    /// The code for `text`: a CBS code (any municipality, in the region or not) or a configured name or alias.
    /// Whether `code` is a member of the region (a hash lookup, for every row).
    func isMember(_ code: MunicipalityCode) -> Bool { members.contains(code) }

    func code(for text: String) -> MunicipalityCode? {
        byText[text] ?? MunicipalityCode(text) ?? byName[text.comparable]
    }
}
