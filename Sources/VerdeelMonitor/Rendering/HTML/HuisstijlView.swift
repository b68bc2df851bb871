import Foundation

/// The house style as the templates use it: checked, with defaults, and with a text colour on the accent
/// that keeps WCAG AA contrast.
struct HuisstijlView: Sendable {
    var kop: String
    var kleur: String
    /// `#ffffff` or `#000000`, whichever contrasts more with `kleur`.
    var kleurTekst: String
    var intro: String

    init(_ stijl: Huisstijl, regio: String) {
        let kop = stijl.kop?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        self.kop = kop.isEmpty ? "Regio \(regio) · verdeling wettelijk urgenten" : kop
        let kleur = stijl.kleur.flatMap(Huisstijl.hexColour) ?? Huisstijl.standaardKleur
        self.kleur = kleur
        kleurTekst = HuisstijlView.luminance(kleur) > 0.179 ? "#000000" : "#ffffff"
        let intro = stijl.intro?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        self.intro =
            intro.isEmpty
            ? "Deze monitor laat per halfjaar zien hoeveel vrijgekomen sociale huurwoningen in \(regio) naar wettelijk urgenten gaan, "
                + "hoe die urgenten over de gemeenten verdeeld zijn en of de afspraken over een evenwichtige verdeling worden gehaald. "
                + "Eerst staat het antwoord, daarna het bewijs: elke uitspraak is terug te vinden in een tabel."
            : intro
    }

    /// The WCAG relative luminance of `#rrggbb`.
    static func luminance(_ colour: String) -> Double {
        let hex = Array(colour.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(hex[$0...$0 + 1]), radix: 16) ?? 0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
}
