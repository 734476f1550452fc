import KRATCore

/// Writes each row as `key = value` lines, a blank line between rows, like sqlite3's line mode.
///
/// Keys are right-aligned to the longest; values are the text people read (labels).
public struct LineRenderer: Sendable {
    /// How cells become text.
    public var formatter: CellFormatter

    /// Creates a renderer.
    public init(formatter: CellFormatter) { self.formatter = formatter }

    /// The rows as lines ending in `\n`.
    public func render(_ table: ResultTable) -> String {
        let keys = table.columns.map(\.key)
        let width = keys.map(TextWidth.columns).max() ?? 0
        return table.rows.map { row in
            zip(keys, row).map { key, cell in
                TextWidth.pad(key, to: width, rightAligned: true) + " = " + formatter.display(cell) + "\n"
            }.joined()
        }.joined(separator: "\n")
    }
}
