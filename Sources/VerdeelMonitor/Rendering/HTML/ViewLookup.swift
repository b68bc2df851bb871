import Mustache

// Keyed access to the view model for swift-mustache (`MustacheParent`), so a template lookup is a `switch` on
// the key instead of a walk through `Mirror(reflecting:)`, which was most of the rendering time. Every case
// returns exactly what the `Mirror` lookup would: the stored property of that name, a nil optional as nil (so
// the lookup goes on up the context stack), and nil for any other key. `ViewLookupTests` checks this against
// `Mirror` for the whole view model; a new stored property needs its case here.

extension AanleveringenView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "ontbrekend": ontbrekend
        case "heeftOntbrekend": heeftOntbrekend
        case "leveringen": leveringen
        case "afwijzingen": afwijzingen
        case "heeftAfwijzingen": heeftAfwijzingen
        case "aantalAfwijzingen": aantalAfwijzingen
        case "meldingen": meldingen
        case "heeftMeldingen": heeftMeldingen
        case "nietHerkend": nietHerkend
        case "heeftNietHerkend": heeftNietHerkend
        case "kwaliteit": kwaliteit
        case "heeftKwaliteit": heeftKwaliteit
        case "dubbeleNummers": dubbeleNummers
        case "herindelingen": herindelingen
        case "heeftHerindelingen": heeftHerindelingen
        default: nil
        }
    }
}

extension AanleveringenView.Levering: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "bestand": bestand
        case "bron": bron
        case "versie": versie
        case "status": status
        case "regels": regels
        case "gebruikt": gebruikt
        case "afgewezen": afgewezen
        case "buitenRegio": buitenRegio
        case "vervangen": vervangen
        default: nil
        }
    }
}

extension AanleveringenView.Afwijzing: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "bestand": bestand
        case "regel": regel
        case "reden": reden
        default: nil
        }
    }
}

extension AanleveringenView.Kwaliteit: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "corporatie": corporatie
        case "zonderHerkomst": zonderHerkomst
        default: nil
        }
    }
}

extension CategorieenView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "codes": codes
        case "blokken": blokken
        case "openbaar": openbaar
        case "drempel": drempel
        default: nil
        }
    }
}

extension CategorieenView.Cel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tekst": tekst
        case "onderdrukt": onderdrukt
        default: nil
        }
    }
}

extension CategorieenView.Code: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "naam": naam
        default: nil
        }
    }
}

extension CategorieenView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "cellen": cellen
        case "totaal": totaal
        default: nil
        }
    }
}

extension CategorieenView.Blok: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "titel": titel
        case "rijen": rijen
        case "regio": regio
        default: nil
        }
    }
}

extension Chart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "titel": titel
        case "svg": svg
        case "leeg": leeg
        default: nil
        }
    }
}

extension ColofonView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "versie": versie
        case "configSHA256": configSHA256
        case "gegenereerd": gegenereerd
        case "tijdstip": tijdstip
        case "openbaarheid": openbaarheid
        case "bronnen": bronnen
        case "aantalBronnen": aantalBronnen
        case "soorten": soorten
        case "problemen": problemen
        case "heeftProblemen": heeftProblemen
        case "huishoudens": huishoudens
        case "huishoudensSHA256": huishoudensSHA256
        default: nil
        }
    }
}

extension ColofonView.Bron: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "bestand": bestand
        case "periode": periode
        case "versie": versie
        case "regels": regels
        case "sha256": sha256
        default: nil
        }
    }
}

extension ColofonView.Soort: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "soort": soort
        case "aantal": aantal
        case "perioden": perioden
        default: nil
        }
    }
}

extension ColofonView.Probleem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "bestand": bestand
        case "wat": wat
        default: nil
        }
    }
}

extension FlagView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "symbool": symbool
        case "woorden": woorden
        case "klasse": klasse
        case "aandacht": aandacht
        default: nil
        }
    }
}

extension HTMLView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "titel": titel
        case "regio": regio
        case "periode": periode
        case "periodeCode": periodeCode
        case "datum": datum
        case "status": status
        case "concept": concept
        case "vertrouwelijk": vertrouwelijk
        case "statusLabel": statusLabel
        case "drukKop": drukKop
        case "drukVoet": drukVoet
        case "huisstijl": huisstijl
        case "noodknop": noodknop
        case "kernboodschap": kernboodschap
        case "kerncijfers": kerncijfers
        case "toewijzingen": toewijzingen
        case "verdeling": verdeling
        case "passend": passend
        case "wachtenden": wachtenden
        case "categorieen": categorieen
        case "voorraad": voorraad
        case "ontwikkeling": ontwikkeling
        case "vooruitblik": vooruitblik
        case "aanleveringen": aanleveringen
        case "normen": normen
        case "colofon": colofon
        default: nil
        }
    }
}

extension HTMLView.Kerncijfer: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "waarde": waarde
        case "toelichting": toelichting
        default: nil
        }
    }
}

extension HTMLView.Normen: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "minimum": minimum
        case "signaalwaarde": signaalwaarde
        case "noemer": noemer
        case "drempel": drempel
        case "reeks": reeks
        case "groei": groei
        default: nil
        }
    }
}

extension HuisstijlView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kop": kop
        case "kleur": kleur
        case "kleurTekst": kleurTekst
        case "intro": intro
        default: nil
        }
    }
}

extension NoodknopView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "agenderen": agenderen
        case "code": code
        case "kop": kop
        case "symbool": symbool
        case "toelichting": toelichting
        case "redenen": redenen
        case "toetsen": toetsen
        default: nil
        }
    }
}

extension NoodknopView.Toets: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "regel": regel
        case "geraakt": geraakt
        case "uitkomst": uitkomst
        case "symbool": symbool
        default: nil
        }
    }
}

extension OntwikkelingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rijen": rijen
        case "periodes": periodes
        case "gemeenten": gemeenten
        case "grafiekPercentage": grafiekPercentage
        case "grafiekAantallen": grafiekAantallen
        case "kleineGrafieken": kleineGrafieken
        case "eenPeriode": eenPeriode
        default: nil
        }
    }
}

extension OntwikkelingView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "periode": periode
        case "aanvragen": aanvragen
        case "beschikkingen": beschikkingen
        case "gehuisvest": gehuisvest
        case "mutaties": mutaties
        case "percentage": percentage
        case "signaal": signaal
        case "wachtend": wachtend
        case "afwijking": afwijking
        default: nil
        }
    }
}

extension OntwikkelingView.GemeenteRij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "waarden": waarden
        default: nil
        }
    }
}

extension PassendView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rijen": rijen
        case "regio": regio
        case "knelpunten": knelpunten
        case "heeftKnelpunten": heeftKnelpunten
        case "overige": overige
        case "drempel": drempel
        case "openbaar": openbaar
        case "eldersOnderdrukt": eldersOnderdrukt
        default: nil
        }
    }
}

extension PassendView.Cel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "tekst": tekst
        case "onderdrukt": onderdrukt
        default: nil
        }
    }
}

extension PassendView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "cellen": cellen
        case "aandeelPassend": aandeelPassend
        default: nil
        }
    }
}

extension PassendView.Knelpunt: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reden": reden
        case "aantal": aantal
        default: nil
        }
    }
}

extension ToewijzingenView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rijen": rijen
        case "regio": regio
        case "grafiek": grafiek
        default: nil
        }
    }
}

extension ToewijzingenView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "aanvragen": aanvragen
        case "beschikkingen": beschikkingen
        case "afgewezen": afgewezen
        case "gehuisvest": gehuisvest
        case "mutaties": mutaties
        case "percentage": percentage
        case "signaal": signaal
        case "index": index
        default: nil
        }
    }
}

extension VerdelingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rijen": rijen
        case "regio": regio
        case "afwijking": afwijking
        case "heeftAfwijking": heeftAfwijking
        case "uitzonderingen": uitzonderingen
        case "heeftUitzonderingen": heeftUitzonderingen
        case "grafiek": grafiek
        default: nil
        }
    }
}

extension VerdelingView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "huishoudens": huishoudens
        case "aandeelHuishoudens": aandeelHuishoudens
        case "gehuisvest": gehuisvest
        case "aandeelGehuisvest": aandeelGehuisvest
        case "evenredigAandeel": evenredigAandeel
        case "index": index
        case "perDuizend": perDuizend
        default: nil
        }
    }
}

extension VoorraadView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "geleverd": geleverd
        case "rijen": rijen
        case "regio": regio
        default: nil
        }
    }
}

extension VoorraadView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "toegevoegd": toegevoegd
        case "onttrokken": onttrokken
        case "netto": netto
        default: nil
        }
    }
}

extension VooruitblikView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "capaciteitZin": capaciteitZin
        case "capaciteitGemeenten": capaciteitGemeenten
        case "capaciteitRijen": capaciteitRijen
        case "capaciteitRegio": capaciteitRegio
        case "grafiekCapaciteit": grafiekCapaciteit
        case "regulierZin": regulierZin
        case "regulierRijen": regulierRijen
        case "regulierRegio": regulierRegio
        case "grafiekRegulier": grafiekRegulier
        case "slaagkansGeleverd": slaagkansGeleverd
        case "slaagkansZin": slaagkansZin
        case "slaagkansRijen": slaagkansRijen
        case "slaagkansRegio": slaagkansRegio
        case "grafiekSlaagkans": grafiekSlaagkans
        case "evaluatieVan": evaluatieVan
        case "evaluatieTot": evaluatieTot
        case "evaluatieVenster": evaluatieVenster
        case "evaluatieKort": evaluatieKort
        case "evaluatieZin": evaluatieZin
        case "spreidingZin": spreidingZin
        case "spreidingBegin": spreidingBegin
        case "spreidingEind": spreidingEind
        case "ingroeipad": ingroeipad
        case "voorraadZin": voorraadZin
        case "evaluatieRijen": evaluatieRijen
        case "evaluatieRegio": evaluatieRegio
        case "grafiekEvaluatie": grafiekEvaluatie
        case "grafiekIndex": grafiekIndex
        default: nil
        }
    }
}

extension VooruitblikView.CapaciteitRij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "gehuisvest": gehuisvest
        case "wachtend": wachtend
        case "vraag": vraag
        case "mutaties": mutaties
        case "bijMinimum": bijMinimum
        case "tekort": tekort
        case "nodig": nodig
        case "tekortSchiet": tekortSchiet
        default: nil
        }
    }
}

extension VooruitblikView.RegulierRij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "verhuringen": verhuringen
        case "regulier": regulier
        case "aandeel": aandeel
        default: nil
        }
    }
}

extension VooruitblikView.SlaagkansRij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "actief": actief
        case "geslaagd": geslaagd
        case "slaagkans": slaagkans
        default: nil
        }
    }
}

extension VooruitblikView.EvaluatieRij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "begin": begin
        case "eind": eind
        case "gehuisvest": gehuisvest
        case "mutaties": mutaties
        case "percentage": percentage
        case "index": index
        case "voorraadNetto": voorraadNetto
        default: nil
        }
    }
}

extension WachtendenView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rijen": rijen
        case "regio": regio
        case "vorigePeriode": vorigePeriode
        case "heeftVorige": heeftVorige
        default: nil
        }
    }
}

extension WachtendenView.Rij: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "naam": naam
        case "beschikkingen": beschikkingen
        case "afgewezen": afgewezen
        case "gehuisvest": gehuisvest
        case "wachtend": wachtend
        case "vorigeWachtend": vorigeWachtend
        case "wachttijd": wachttijd
        default: nil
        }
    }
}
