extension String {
    /// Lower-cased with runs of white space collapsed to one space and the ends trimmed: the form in which
    /// municipality names, aliases and knelpunt redenen are compared and tallied.
    var comparable: String {
        asciiComparable ?? lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `comparable` of an all-ASCII text, byte by byte (the names and redenen of most exports; a row's municipality
    /// name goes through here): A-Z lowered, the ASCII white space (tab, line feed, vertical tab, form feed,
    /// carriage return, space) collapsed and trimmed, the same as `Character.isWhitespace` does for ASCII. Nil for
    /// any other text.
    private var asciiComparable: String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
