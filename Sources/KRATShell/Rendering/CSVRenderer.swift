import Foundation
import KRATCore

/// Writes a table as RFC 4180 CSV: keys as headings, codes for coded values, CRLF line ends.
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
        var records: [[String]] = []
        if showsHeaders { records.append(table.columns.map(\.key)) }
        records += table.rows.map { $0.map(formatter.machine) }
        return records.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it holds a comma, a quote or a line break (quotes doubled).
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
