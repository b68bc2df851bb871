/// How a signaal is flagged in the report: a word, a shape and a colour class, so the flag survives
/// greyscale print and colour blindness (WCAG 1.4.1).
enum Flag {
    /// The signaal in words, as a table cell shows it.
    static func words(_ signaal: Signaal) -> String {
        switch signaal {
        case .binnen: "binnen de normen"
        case .onderMinimum: "onder het minimum"
        case .bovenSignaalwaarde: "boven de signaalwaarde"
        case .geenMutaties: "geen mutaties"
        }
    }

    /// A shape that differs per signaal: up for above, down for below, a dot for within.
    static func symbol(_ signaal: Signaal) -> String {
        switch signaal {
        case .binnen: "●"
        case .onderMinimum: "▼"
        case .bovenSignaalwaarde: "▲"
        case .geenMutaties: "○"
        }
    }

    /// The CSS class of the flag's colours.
    static func cssClass(_ signaal: Signaal) -> String {
        switch signaal {
        case .binnen: "binnen"
        case .onderMinimum: "onder"
        case .bovenSignaalwaarde: "boven"
        case .geenMutaties: "geen"
        }
    }
}

/// A signaal as the view shows it: shape, words and CSS class.
struct FlagView: Sendable {
    var symbool: String
    var woorden: String
    var klasse: String
    /// Whether the flag asks for attention (above the signaalwaarde or below the minimum).
    var aandacht: Bool

    init(_ signaal: Signaal) {
        symbool = Flag.symbol(signaal)
        woorden = Flag.words(signaal)
        klasse = Flag.cssClass(signaal)
        aandacht = signaal == .bovenSignaalwaarde || signaal == .onderMinimum
    }
}
