import Foundation

/// One field of a CSV record, typed so that the writer knows whether it holds a number.
///
/// Text is guarded against spreadsheet formulas (``CSVFormulaGuard``); numbers are written as
/// they are. A row of strings given to ``CSVWriter`` is written as text fields.
public enum CSVField: Sendable, Hashable {
    /// Text: a name, an id, a code, a date, a label.
    case text(String)
    /// A whole number, written plainly (`-3`).
    case integer(Int)
    /// A decimal number, written plainly (`-0.5`); one that is not finite is written empty (unknown).
    case decimal(Double)

    /// The field as it stands in a record: text guarded against formulas, then quoted when it
    /// holds a comma, a quote, a CR or an LF (an inner quote doubled, RFC 4180).
    public var encoded: String {
        let content: String
        switch self {
        case .text(let text): content = CSVFormulaGuard.guarded(text)
        case .integer(let number): return String(number)
        case .decimal(let number): return number.isFinite ? String(number) : ""
        }
        guard content.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return content }
        return "\"" + content.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
