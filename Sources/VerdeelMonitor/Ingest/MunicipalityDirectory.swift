/// Finds municipalities by CBS code, configured name or alias.
struct MunicipalityDirectory: Sendable {
    private var byName: [String: MunicipalityCode] = [:]
    /// Every configured name and alias and every member's code in the forms the contract allows, as written
    /// (`GM0153`, `gm0153`, `0153`, `153`, `Enschede`): most exports use one of these, so a lookup is one hash.
    private var byText: [String: MunicipalityCode] = [:]
    /// Per CBS number (0 to 9999): whether it is a member's code.
    private var members = [Bool](repeating: false, count: 10_000)
    /// Each predecessor code (`voorgangers`) with the member that took it over.
    private var successors: [MunicipalityCode: MunicipalityCode] = [:]
    /// `byText` by UTF-8 bytes, looked up without making a `String` (`code(utf8:)`, once per row).
    private var byBytes = ByteTextTable()

    init(_ config: RegionConfig) {
        for municipality in config.municipalities {
            members[Int(municipality.code.number)] = true
            for name in [municipality.naam] + municipality.aliases {
                byName[name.comparable] = municipality.code
                byText[name] = municipality.code
            }
            for code in [municipality.code] + municipality.predecessors {
                let digits = String(code.value.dropFirst(2))
                for form in [code.value, "gm" + digits, digits, String(Int(digits) ?? 0)] {
                    byText[form] = municipality.code
                }
            }
            for predecessor in municipality.predecessors { successors[predecessor] = municipality.code }
        }
        // Names and aliases in capitals or in lower case, as exports often write them, also by bytes: each with
        // the code `code(for:)` gives it, so the answer is the same as through a `String`.
        var written = byText
        for municipality in config.municipalities {
            for name in [municipality.naam] + municipality.aliases {
                for form in [name.uppercased(), name.lowercased()] where written[form] == nil {
                    written[form] = code(for: form)
                }
            }
        }
        byBytes = ByteTextTable(written)
    }

    /// Whether the region lists any predecessor (`voorgangers`).
    var hasPredecessors: Bool { !successors.isEmpty }

    /// The predecessor code `text` names (in any of the CBS forms), or nil.
    func predecessor(named text: String) -> MunicipalityCode? {
        guard !text.isEmpty, let code = MunicipalityCode(text), successors[code] != nil else { return nil }
        return code
    }

    /// Whether `code` is a member of the region (a hash lookup, for every row).
    func isMember(_ code: MunicipalityCode) -> Bool { members[Int(code.number)] }

    /// The code for `text`: a CBS code (any municipality, in the region or not) or a configured name or alias. A
    /// predecessor's code, in any form, gives the member that took it over (SPEC.md section 9).
    func code(for text: String) -> MunicipalityCode? {
        if let code = byText[text] { return code }
        if let code = MunicipalityCode(text) { return successors[code] ?? code }
        return byName[text.comparable]
    }

    /// `code(for:)` over a value's UTF-8 bytes: a CBS code in any form is read without making a `String`. The same
    /// answer as `code(for:)`, because no configured name or alias reads as a CBS code (`RegionConfig` refuses one).
    ///
    /// A text found byte for byte among `byText`'s keys has that key's code; any other goes through `code(for:)`
    /// (String equality is canonical equivalence, so a text in another normalisation form can still be a key).
    func code(utf8 bytes: UnsafeBufferPointer<UInt8>) -> MunicipalityCode? {
        if let code = MunicipalityCode(utf8: bytes) { return successors.isEmpty ? code : successors[code] ?? code }
        if let code = byBytes.code(bytes) { return code }
        return code(for: String(decoding: bytes, as: UTF8.self))
    }
}
