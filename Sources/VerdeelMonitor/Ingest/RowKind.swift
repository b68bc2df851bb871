import Foundation

/// What a row under the header is (SPEC.md section 10): a record, an empty row (every required column empty,
/// such as a remark "Bron: ..." under the data) or a total row (its first non-empty cell starts with a total
/// label, and its key column is empty or starts with one too). Empty and total rows are no records: they are
/// counted in no figure and in no row account.
enum RowKind: Equatable {
    case record
    /// `hasText`: some cell outside the required columns holds text (the row is noted; a row of only
    /// delimiters or blank cells is not).
    case empty(hasText: Bool)
    case total

    /// The words a total row starts with, lower-cased; a label is followed by the end, a `:` or a space.
    static let totalLabels = ["totaal", "totalen", "eindtotaal", "subtotaal", "total", "grand total", "som"]

    /// Whether `text` (trimmed) starts with a total label.
    static func startsWithTotalLabel(_ text: String) -> Bool {
        let lower = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return totalLabels.contains { label in
            guard lower.hasPrefix(label) else { return false }
            let rest = lower.dropFirst(label.count)
            return rest.first.map { $0 == ":" || $0 == " " } ?? true
        }
    }

    /// Sorts the rows of one delivery by the positions of its columns.
    struct Classifier {
        let required: [Int]
        let key: Int?

        init(_ columns: Columns) {
            required = Columns.required(columns.soort).compactMap(columns.position(of:))
            key = columns.position(of: Self.keyColumn(columns.soort))
        }

        /// The column that identifies a row: verhuring_id, urgentienummer; gemeente for voorraad and zoekers.
        static func keyColumn(_ soort: Soort) -> String {
            switch soort {
            case .verhuringen: "verhuring_id"
            case .urgentie: "urgentienummer"
            case .voorraad, .zoekers: "gemeente"
            }
        }

        func kind(of fields: Fields) -> RowKind {
            if let first = (0..<fields.count).first(where: { !Self.isBlank(fields, $0) }),
                Self.mayBeTotal(fields[first]), RowKind.startsWithTotalLabel(fields.string(first))
            {
                guard let key, !Self.isBlank(fields, key), key != first else { return .total }
                if Self.mayBeTotal(fields[key]) && RowKind.startsWithTotalLabel(fields.string(key)) { return .total }
            }
            guard required.allSatisfy({ Self.isBlank(fields, $0) }) else { return .record }
            return .empty(hasText: (0..<fields.count).contains { !Self.isBlank(fields, $0) })
        }

        /// Whether field `index` is absent, empty or only white space.
        private static func isBlank(_ fields: Fields, _ index: Int) -> Bool {
            guard index < fields.count else { return true }
            let bytes = fields[index]
            guard let first = bytes.first else { return true }
            if first > 0x20 && first < 0x7F { return false }
            return fields.string(index).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }

        /// Whether a field may start with a total label: by its first two bytes (`to`, `ei`, `su`, `so`, `gr`,
        /// in any case), or it does not start with visible ASCII.
        private static func mayBeTotal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= 3 else { return false }
            let (first, second) = (bytes[0], bytes[1] | 0x20)
            guard first > 0x20 && first < 0x7F else { return true }
            switch first | 0x20 {
            case UInt8(ascii: "t"): return second == UInt8(ascii: "o")
            case UInt8(ascii: "e"): return second == UInt8(ascii: "i")
            case UInt8(ascii: "s"): return second == UInt8(ascii: "u") || second == UInt8(ascii: "o")
            case UInt8(ascii: "g"): return second == UInt8(ascii: "r")
            default: return false
            }
        }
    }
}
