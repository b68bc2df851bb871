/// The main template cut at its top-level partials, so that the parts of a report render on all cores and join
/// into the same bytes as the whole template (`ReportTemplates.render`).
///
/// Mustache replaces a standalone partial tag (`{{> name}}` alone on its line, not indented) together with its
/// line end by the partial's output, rendered in the same context; outside every section that context is the view
/// itself. So the text before such a line, the partial and the text after it render to the same bytes apart as
/// together. A template with anything that could make that untrue (a changed delimiter, inheritance, a pragma, a
/// dynamic partial name, unbalanced sections) is not cut: it is one part.
enum TemplateParts {
    enum Part: Equatable {
        /// Template text between two cuts, rendered as a template of its own.
        case text(String)
        /// A partial by name.
        case partial(String)
    }

    /// The parts of `template`, in order; nil when it is not to be cut (then it renders whole).
    static func cut(_ template: String) -> [Part]? {
        let bytes = Array(template.utf8)
        var parts: [Part] = []
        var depth = 0
        var start = 0
        var position = 0
        while let open = find([0x7B, 0x7B], in: bytes, from: position) {
            let triple = open + 2 < bytes.count && bytes[open + 2] == 0x7B
            guard let close = find(triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D], in: bytes, from: open + 2) else {
                return nil
            }
            position = close + (triple ? 3 : 2)
            let sigil = triple ? 0x7B : (open + 2 < close ? bytes[open + 2] : 0x20)
            switch sigil {
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"): return nil
            case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
            case UInt8(ascii: "/"):
                depth -= 1
                if depth < 0 { return nil }
            case UInt8(ascii: ">"):
                guard depth == 0, open == 0 || bytes[open - 1] == 0x0A else { continue }
                let name = bytes[(open + 3)..<close].drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
                guard !name.isEmpty, name.allSatisfy(isNameByte) else { return nil }
                var end = position
                if end < bytes.count && bytes[end] == 0x0D { end += 1 }
                guard end == bytes.count || bytes[end] == 0x0A else { continue }
                if end < bytes.count { end += 1 }
                if open > start { parts.append(.text(String(decoding: bytes[start..<open], as: UTF8.self))) }
                parts.append(.partial(String(decoding: name, as: UTF8.self)))
                start = end
                position = end
            default: break
            }
        }
        guard depth == 0 else { return nil }
        if start < bytes.count { parts.append(.text(String(decoding: bytes[start...], as: UTF8.self))) }
        return parts
    }

    /// The first index at or after `from` where `needle` starts in `bytes`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// A byte of a plain partial name (a relative path): no dynamic name (`*`), no lambda syntax.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: "/"):
            true
        default: false
        }
    }
}
