import Foundation
import KRATCore

/// Writes a table as RFC 4180 CSV: keys as headings, codes for coded values, CRLF line ends.
///
/// Fields are encoded as ``CSVWriter`` writes them (``CSVField``): numbers plainly, text guarded
/// against spreadsheet formulas with a leading `'`, quoted where needed.
public struct CSVRenderer: Sendable {
    /// How cells become text.
    public var formatter: CellFormatter
    /// Whether the first record holds the column keys.
    public var showsHeaders: Bool

    /// Creates a renderer.
    public init(formatter: CellFormatter, showsHeaders: Bool = true) {
        self.formatter = formatter
        self.showsHeaders = showsHeaders
    }

    /// The table as CSV records, each ending in `\r\n`.
    public func render(_ table: ResultTable) -> String {
        var records: [[CSVField]] = []
        if showsHeaders { records.append(table.columns.map { .text($0.key) }) }
        let suppressed = formatter.suppression.text
        records += table.rows.map { row in row.map { CSVField($0, suppressedText: suppressed) } }
        return records.map { $0.map(\.encoded).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One text field: guarded against formulas, quoted when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String { CSVField.text(text).encoded }
}
