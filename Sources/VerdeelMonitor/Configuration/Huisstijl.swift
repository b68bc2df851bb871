/// The house style a regional office can set without touching a template: the text in the report's top
/// band (logo text), the accent colour and the introduction paragraph. Every value is optional.
///
/// Set in `regio.toml` as `[huisstijl] kop = "...", kleur = "#1f4e79", intro = "..."` (see docs/templates.md).
public struct Huisstijl: Sendable, Hashable {
    public var kop: String?
    /// `#RGB` or `#RRGGBB`; anything else falls back to the default colour.
    public var kleur: String?
    public var intro: String?

    public init(kop: String? = nil, kleur: String? = nil, intro: String? = nil) {
        self.kop = kop
        self.kleur = kleur
        self.intro = intro
    }

    public static let standaardKleur = "#1f4e79"
}

