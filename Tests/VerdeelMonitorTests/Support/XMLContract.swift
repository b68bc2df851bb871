import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The structure of a monitor XML, checked independently of the program's XML writer and of the XSD: the names
/// of the contract's output section (restated in `docs/xml.md`), the required attributes, the fixed category
/// order, "either @aantal or @onderdrukt" and the value forms. It checks no figure.
///
/// What XSD 1.0 cannot say (the order of the nine categories, one of two attributes) is checked here only.
enum XMLContract {
    static let namespace = "urn:verdeelmonitor:monitor:1"
    /// The statutory categories in the contract's order (section "Words").
    static let categories = ["MZ", "MED", "MO", "GGZ", "VO", "JH", "DET", "SW", "DG"]

    /// The problems of `xml`, one line each; empty when the structure keeps the contract. With `municipalities`,
    /// the `gemeente` elements must hold exactly these codes in this order (the configuration's).
    static func problems(in xml: String, municipalities: [String]? = nil) -> [String] {
        let document: XMLDocument
        do { document = try XMLDocument(xmlString: xml, options: []) } catch {
            return ["not well-formed XML: \(error)"]
        }
        guard let root = document.rootElement().map(Node.init) else { return ["no root element"] }
        var checker = Checker()
        checker.monitor(root, municipalities: municipalities)
        return checker.problems
    }

    /// One element with its attributes by name (swift-corelibs-foundation's `attribute(forName:)` finds no
    /// unprefixed attribute of an element in a default namespace, so they are read from `attributes`).
    struct Node {
        let element: XMLElement
        let attributes: [String: String]

        init(_ element: XMLElement) {
            self.element = element
            attributes = Dictionary(
                (element.attributes ?? []).compactMap { attribute in
                    attribute.name.map { ($0, attribute.stringValue ?? "") }
                }, uniquingKeysWith: { first, _ in first })
        }

        var name: String { element.localName ?? element.name ?? "" }
        var uri: String? { element.uri }
        subscript(_ attribute: String) -> String? { attributes[attribute] }

        /// The child elements called `name` in the monitor namespace, in document order.
        func children(_ name: String) -> [Node] {
            (element.children ?? []).compactMap { $0 as? XMLElement }.map(Node.init)
                .filter { $0.name == name && $0.uri == XMLContract.namespace }
        }
    }

    enum Form {
        case text
        case integer
        /// A decimal with a point and exactly this many decimals.
        case decimal(places: Int)
        case oneOf(Set<String>)
    }

    struct Checker {
        var problems: [String] = []

        /// The value of a required attribute, with a problem when it is missing or not of its form.
        @discardableResult
        mutating func need(_ node: Node, _ name: String, _ form: Form = .text, _ path: String) -> String? {
            guard let value = node[name] else {
                problems.append("\(path): missing @\(name)")
                return nil
            }
            check(value, name, form, path)
            return value
        }

        /// An optional attribute: of its form when present.
        mutating func may(_ node: Node, _ name: String, _ form: Form, _ path: String) {
            if let value = node[name] { check(value, name, form, path) }
        }

        mutating func check(_ value: String, _ name: String, _ form: Form, _ path: String) {
            switch form {
            case .text:
                break
            case .integer:
                if !XMLContract.isInteger(value) { problems.append("\(path): @\(name)=\"\(value)\" is not an integer") }
            case .decimal(let places):
                if !XMLContract.isDecimal(value, places: places) {
                    problems.append(
                        "\(path): @\(name)=\"\(value)\" is not a decimal with a point and \(places) decimals")
                }
            case .oneOf(let words):
                if !words.contains(value) {
                    problems.append("\(path): @\(name)=\"\(value)\" is not one of \(words.sorted())")
                }
            }
        }

        /// The one child called `name`, with a problem when there is none or more than one.
        mutating func one(_ node: Node, _ name: String, _ path: String) -> Node? {
            let found = node.children(name)
            guard found.count == 1 else {
                problems.append("\(path): expected one <\(name)>, found \(found.count)")
                return nil
            }
            return found[0]
        }

        mutating func monitor(_ root: Node, municipalities: [String]?) {
            guard root.name == "monitor", root.uri == XMLContract.namespace else {
                problems.append(
                    "root is <\(root.name)> in \(root.uri ?? "no namespace"), expected <monitor> in \(XMLContract.namespace)"
                )
                return
            }
            need(root, "regio", .text, "monitor")
            if let periode = need(root, "periode", .text, "monitor"), !XMLContract.isPeriod(periode) {
                problems.append("monitor: @periode=\"\(periode)\" is not JJJJ-H1 or JJJJ-H2")
            }
            let openbaarheid = need(root, "openbaarheid", .oneOf(["openbaar", "vertrouwelijk"]), "monitor")
            need(root, "schemaversie", .text, "monitor")
            let isPublic = openbaarheid == "openbaar"
            if let normen = one(root, "normen", "monitor") {
                need(normen, "minimum", .decimal(places: 2), "normen")
                need(normen, "signaalwaarde", .decimal(places: 2), "normen")
                need(normen, "noemer", .oneOf(["alle", "zonder-vergunninghouders"]), "normen")
            }
            if let regio = one(root, "regio", "monitor") {
                need(regio, "code", .text, "regio")
                need(regio, "naam", .text, "regio")
                unit(regio, "regio", isPublic: isPublic, region: true)
            }
            let gemeenten = root.children("gemeente")
            if gemeenten.isEmpty { problems.append("monitor: no <gemeente> directly under <monitor>") }
            for gemeente in gemeenten {
                let path = "gemeente[\(gemeente["code"] ?? "?")]"
                if let code = need(gemeente, "code", .text, path), !XMLContract.isCBSCode(code) {
                    problems.append("\(path): @code is not a CBS code GMnnnn")
                }
                need(gemeente, "naam", .text, path)
                need(gemeente, "huishoudens", .integer, path)
                unit(gemeente, path, isPublic: isPublic, region: false)
            }
            if let municipalities, gemeenten.map({ $0["code"] ?? "" }) != municipalities {
                problems.append(
                    "monitor: gemeente codes \(gemeenten.map { $0["code"] ?? "" }) should be \(municipalities)")
            }
            if let noodknop = one(root, "noodknop", "monitor") {
                need(noodknop, "status", .oneOf(["agenderen", "geen-aanleiding"]), "noodknop")
                for regel in noodknop.children("regel") {
                    need(
                        regel, "code", .oneOf(["signaalwaarde-reeks", "regio-onder-minimum", "wachtenden-groei"]),
                        "noodknop/regel")
                }
            }
            evaluation(root, municipalities: gemeenten.compactMap { $0["code"] })
            if let leveringen = one(root, "leveringen", "monitor") {
                let soorten: Form = .oneOf(["verhuringen", "urgentie", "voorraad", "zoekers"])
                for levering in leveringen.children("levering") {
                    let path =
                        "levering[\(levering["soort"] ?? "?")/\(levering["bron"] ?? "?")/\(levering["periode"] ?? "?")]"
                    need(levering, "soort", soorten, path)
                    need(levering, "bron", .text, path)
                    if let periode = need(levering, "periode", .text, path), !XMLContract.isPeriod(periode) {
                        problems.append("\(path): @periode=\"\(periode)\" is not JJJJ-H1 or JJJJ-H2")
                    }
                    need(levering, "versie", .integer, path)
                    if let sha = need(levering, "sha256", .text, path), !XMLContract.isSHA256(sha) {
                        problems.append("\(path): @sha256 is not 64 lowercase hex digits")
                    }
                    need(levering, "regels", .integer, path)
                    need(levering, "afgewezen", .integer, path)
                    need(levering, "status", .oneOf(["gebruikt", "vervangen"]), path)
                }
                for ontbreekt in leveringen.children("ontbreekt") {
                    need(ontbreekt, "soort", soorten, "ontbreekt")
                    need(ontbreekt, "bron", .text, "ontbreekt")
                }
            }
        }

        /// The children every unit has: the three blocks of nine categories, mutaties, toewijzingspercentage,
        /// verdeling, passend, wachtend, when delivered voorraad, then regulier, capaciteit and slaagkans.
        mutating func unit(_ node: Node, _ path: String, isPublic: Bool, region: Bool) {
            for name in ["aanvragen", "beschikkingen", "gehuisvest"] {
                guard let block = one(node, name, path) else { continue }
                let at = "\(path)/\(name)"
                need(block, "totaal", .integer, at)
                if name == "beschikkingen" { need(block, "afgewezen", .integer, at) }
                categories(block, at, isPublic: isPublic)
            }
            if let mutaties = one(node, "mutaties", path) { need(mutaties, "aantal", .integer, "\(path)/mutaties") }
            if let percentage = one(node, "toewijzingspercentage", path) {
                let at = "\(path)/toewijzingspercentage"
                let signaal = need(
                    percentage, "signaal", .oneOf(["binnen", "onder-minimum", "boven-signaalwaarde", "geen-mutaties"]),
                    at)
                if signaal == "geen-mutaties" {
                    if percentage["waarde"] != nil { problems.append("\(at): @waarde present without mutaties") }
                } else if signaal != nil {
                    need(percentage, "waarde", .decimal(places: 2), at)
                }
            }
            if let verdeling = one(node, "verdeling", path) {
                let at = "\(path)/verdeling"
                if region {
                    may(verdeling, "afwijking", .decimal(places: 2), at)
                } else {
                    need(verdeling, "aandeelHuishoudens", .decimal(places: 4), at)
                    need(verdeling, "evenredigAandeel", .decimal(places: 2), at)
                    need(verdeling, "perDuizendHuishoudens", .decimal(places: 2), at)
                    may(verdeling, "index", .decimal(places: 2), at)
                }
            }
            if let passend = one(node, "passend", path) {
                // SPEC section 6: in public output a class may be left out, and is then named in @onderdrukt.
                let at = "\(path)/passend"
                let classes = ["herkomst", "uitzondering", "mantelzorg", "elders", "onbekend"]
                let hidden = (passend.attributes["onderdrukt"] ?? "").split(separator: " ").map(String.init)
                if !isPublic && passend.attributes["onderdrukt"] != nil {
                    problems.append("\(at): @onderdrukt in vertrouwelijk output")
                }
                for name in hidden where !classes.contains(name) {
                    problems.append("\(at): @onderdrukt names '\(name)', not a passend class")
                }
                for name in classes {
                    if hidden.contains(name) {
                        if passend.attributes[name] != nil {
                            problems.append("\(at): @\(name) is hidden but has a value")
                        }
                    } else {
                        need(passend, name, .integer, at)
                    }
                }
            }
            if let wachtend = one(node, "wachtend", path) { need(wachtend, "aantal", .integer, "\(path)/wachtend") }
            let voorraad = node.children("voorraad")
            if voorraad.count > 1 {
                problems.append("\(path): expected at most one <voorraad>, found \(voorraad.count)")
            }
            for element in voorraad {
                for name in ["toegevoegd", "onttrokken", "netto"] { need(element, name, .integer, "\(path)/voorraad") }
            }
            // SPEC.md section 9: regulier, capaciteit and (when zoekers were delivered) slaagkans, after voorraad.
            if let regulier = one(node, "regulier", path) {
                need(regulier, "aantal", .integer, "\(path)/regulier")
                may(regulier, "aandeel", .decimal(places: 2), "\(path)/regulier")
            }
            if let capaciteit = one(node, "capaciteit", path) {
                let at = "\(path)/capaciteit"
                need(capaciteit, "vraag", .integer, at)
                need(capaciteit, "bijMinimum", .decimal(places: 2), at)
                need(capaciteit, "tekort", .decimal(places: 2), at)
                may(capaciteit, "nodigPercentage", .decimal(places: 2), at)
            }
            let slaagkans = node.children("slaagkans")
            if slaagkans.count > 1 {
                problems.append("\(path): expected at most one <slaagkans>, found \(slaagkans.count)")
            }
            for element in slaagkans {
                let at = "\(path)/slaagkans"
                need(element, "actief", .integer, at)
                need(element, "geslaagd", .integer, at)
                may(element, "percentage", .decimal(places: 2), at)
                if element["actief"] == "0", element["percentage"] != nil {
                    problems.append("\(at): @percentage present with actief 0")
                }
            }
            let names = (node.element.children ?? []).compactMap { ($0 as? XMLElement).map(Node.init)?.name }
            let tail = Array(names.drop { $0 != "wachttijd" }.dropFirst().filter { $0 != "voorraad" })
            let expected = ["regulier", "capaciteit"] + (slaagkans.isEmpty ? [] : ["slaagkans"])
            if tail != expected {
                problems.append("\(path): after wachttijd (and voorraad) expected \(expected), found \(tail)")
            }
        }

        /// `evaluatie` (SPEC.md section 9): right after `noodknop`, its window, the region and every municipality in
        /// config order.
        mutating func evaluation(_ root: Node, municipalities: [String]) {
            guard let evaluatie = one(root, "evaluatie", "monitor") else { return }
            let names = (root.element.children ?? []).compactMap { ($0 as? XMLElement).map(Node.init)?.name }
            if let noodknop = names.firstIndex(of: "noodknop"), names.firstIndex(of: "evaluatie") != noodknop + 1 {
                problems.append("monitor: <evaluatie> is not right after <noodknop>")
            }
            for name in ["van", "tot"] {
                if let value = need(evaluatie, name, .text, "evaluatie"), !XMLContract.isPeriod(value) {
                    problems.append("evaluatie: @\(name)=\"\(value)\" is not JJJJ-H1 or JJJJ-H2")
                }
            }
            if let count = need(evaluatie, "perioden", .integer, "evaluatie"), !(1...6).contains(Int(count) ?? 0) {
                problems.append("evaluatie: @perioden=\"\(count)\" is not 1 to 6")
            }
            if let regio = one(evaluatie, "regio", "evaluatie") {
                for name in ["gehuisvest", "mutaties", "voorraadNetto"] {
                    need(regio, name, .integer, "evaluatie/regio")
                }
                for name in ["toewijzingspercentage", "afwijking", "spreidingBegin", "spreidingEind"] {
                    may(regio, name, .decimal(places: 2), "evaluatie/regio")
                }
                if let direction = regio["ingroeipadB"] {
                    check(direction, "ingroeipadB", .oneOf(["dichterbij", "verder", "gelijk"]), "evaluatie/regio")
                }
                if (regio["spreidingBegin"] == nil || regio["spreidingEind"] == nil) != (regio["ingroeipadB"] == nil) {
                    problems.append("evaluatie/regio: @ingroeipadB must be present exactly when both spreads are")
                }
            }
            let gemeenten = evaluatie.children("gemeente")
            if gemeenten.map({ $0["code"] ?? "" }) != municipalities {
                problems.append("evaluatie: gemeente codes should be \(municipalities)")
            }
            for gemeente in gemeenten {
                let at = "evaluatie/gemeente[\(gemeente["code"] ?? "?")]"
                for name in ["gehuisvest", "mutaties", "voorraadNetto"] { need(gemeente, name, .integer, at) }
                may(gemeente, "toewijzingspercentage", .decimal(places: 2), at)
                may(gemeente, "index", .decimal(places: 2), at)
            }
        }

        /// Exactly the nine categories in the fixed order, each with either @aantal or @onderdrukt="true".
        mutating func categories(_ block: Node, _ path: String, isPublic: Bool) {
            let cells = block.children("categorie")
            let codes = cells.map { $0["code"] ?? "?" }
            if codes != XMLContract.categories {
                problems.append("\(path): categorie codes \(codes) should be \(XMLContract.categories) in that order")
            }
            for cell in cells {
                let at = "\(path)/categorie[\(cell["code"] ?? "?")]"
                switch (cell["aantal"], cell["onderdrukt"]) {
                case (let aantal?, nil):
                    check(aantal, "aantal", .integer, at)
                case (nil, "true"?):
                    if !isPublic { problems.append("\(at): suppressed in vertrouwelijk output") }
                case (nil, let other?):
                    problems.append("\(at): @onderdrukt=\"\(other)\" should be \"true\"")
                case (_?, _?):
                    problems.append("\(at): both @aantal and @onderdrukt")
                case (nil, nil):
                    problems.append("\(at): neither @aantal nor @onderdrukt")
                }
            }
        }
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isInteger(_ text: String) -> Bool {
        isDigits(text.hasPrefix("-") ? text.dropFirst() : Substring(text))
    }

    static func isDecimal(_ text: String, places: Int) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && isInteger(String(parts[0])) && isDigits(parts[1]) && parts[1].count == places
    }

    /// `JJJJ-H1` or `JJJJ-H2`.
    static func isPeriod(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 4 && isDigits(parts[0]) && ["H1", "H2"].contains(parts[1])
    }

    /// `GM` and four digits.
    static func isCBSCode(_ text: String) -> Bool {
        text.count == 6 && text.hasPrefix("GM") && isDigits(text.dropFirst(2))
    }

    static func isSHA256(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy { $0.isASCII && ($0.isNumber || ("a"..."f").contains($0)) }
    }
}
