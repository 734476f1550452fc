import Foundation
import KRATCore

/// Turns cells into text: labels for people, codes and plain numbers for machines.
public struct CellFormatter: Sendable {
    /// The language of labels.
    public var language: Language
    /// How suppressed counts are written.
    public var suppression: SuppressionMarker

    /// Creates a formatter.
    public init(language: Language, suppression: SuppressionMarker = SuppressionMarker()) {
        self.language = language
        self.suppression = suppression
    }

    /// The text people read: the label of a coded value, decimals to at most two places.
    public func display(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .coded(_, let label): label.text(language)
        case .text(let text): text
        case .integer(let n): String(n)
        case .decimal(let x): Self.shortDecimal(x)
        case .suppressed: suppression.text
        case .none: ""
        }
    }

    /// The text machines read: the code of a coded value, numbers in full.
    public func machine(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .coded(let code, _): code
        case .text(let text): text
        case .integer(let n): String(n)
        case .decimal(let x): x.isFinite ? String(x) : ""
        case .suppressed: suppression.text
        case .none: ""
        }
    }

    /// The column headings: labels for people, keys for machines.
    public func headings(_ table: ResultTable, forPeople: Bool) -> [String] {
        table.columns.map { forPeople ? $0.label.text(language) : $0.key }
    }

    /// Whether any cell of the table is suppressed (its note must be shown).
    public static func hasSuppressed(_ table: ResultTable) -> Bool {
        table.rows.contains { $0.contains(.suppressed) }
    }

    /// `x` rounded to two places with trailing zeros dropped, keeping one: `12.5`, `3.0`, `0.33`.
    public static func shortDecimal(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        var text = String(format: "%.2f", x)
        while text.hasSuffix("0"), !text.hasSuffix(".0") { text.removeLast() }
        return text == "-0.0" ? "0.0" : text
    }
}
