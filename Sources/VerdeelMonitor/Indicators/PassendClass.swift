/// The one class a letting to a wettelijk urgent falls in, checked in the contract's order.
enum PassendClass: String, Sendable, Hashable {
    case mantelzorg, uitzondering, onbekend, herkomst, elders

    /// Classifies `letting` (in gehuisvest of its municipality) with its linked register row, if any.
    init(letting: Letting, linked row: UrgencyRecord?) {
        if letting.urgency == .mz {
            self = .mantelzorg
            return
        }
        if row?.exception == true {
            self = .uitzondering
            return
        }
        guard let origin = row?.origin ?? letting.origin else {
            self = .onbekend
            return
        }
        self = origin == letting.municipality ? .herkomst : .elders
    }

    /// The form a `reden` is tallied in: lower case, white space collapsed, control characters removed; empty
    /// becomes a word.
    static func knelpunt(_ reden: String) -> String {
        if reden.isEmpty { return "geen reden opgegeven" }
        // Control characters go, except the white space among them (a quoted line break is white space); an
        // ASCII text without any (the common case, checked per byte) needs no filtering.
        let isPrintableASCII = reden.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F || ($0 >= 0x09 && $0 <= 0x0D) }
        let printable =
            isPrintableASCII
            ? reden
            : String(
                String.UnicodeScalarView(
                    reden.unicodeScalars.filter {
                        $0.properties.generalCategory != .control || $0.properties.isWhitespace
                    }))
        let normal = printable.comparable
        return normal.isEmpty ? "geen reden opgegeven" : normal
    }
}

extension Passend {
    mutating func add(_ letting: Letting, linked row: UrgencyRecord?) {
        switch PassendClass(letting: letting, linked: row) {
        case .mantelzorg: mantelzorg += 1
        case .uitzondering: uitzondering += 1
        case .onbekend: onbekend += 1
        case .herkomst: herkomst += 1
        case .elders:
            elders += 1
            knelpunten[PassendClass.knelpunt(row?.reden ?? ""), default: 0] += 1
        }
    }
}
