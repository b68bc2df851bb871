/// The house style a regional office can set without touching a template: the text in the report's top
/// band (logo text), the accent colour and the introduction paragraph. Every value is optional.
///
/// Set in `regio.toml` as `[huisstijl] kop = "...", kleur = "#1f4e79", intro = "..."` (see docs/templates.md).
struct Huisstijl: Sendable, Hashable {
    var kop: String?
    /// `#RGB` or `#RRGGBB`; anything else falls back to the default colour.
    var kleur: String?
    var intro: String?

    init(kop: String? = nil, kleur: String? = nil, intro: String? = nil) {
        self.kop = kop
        self.kleur = kleur
        self.intro = intro
    }

    static let standaardKleur = "#1f4e79"

    /// `#abc` or `#aabbcc`, lower-cased and expanded to six digits, or nil when `text` is no hex colour (so it
    /// cannot break the CSS). The one rule for a colour: the configuration checks `kleur` with it and the report
    /// uses what it returns.
    static func hexColour(_ text: String) -> String? {
        guard text.hasPrefix("#") else { return nil }
        let hex = text.dropFirst().lowercased()
        guard [3, 6].contains(hex.count), hex.allSatisfy(\.isHexDigit) else { return nil }
        return "#" + (hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : hex)
    }
}
