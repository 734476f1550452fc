/// How the shell writes tables, chosen with `.mode`.
public enum OutputMode: String, Sendable, CaseIterable {
    /// ASCII borders `+---+`, like psql and duckdb.
    case table
    /// Unicode box drawing, like sqlite3's box mode.
    case box
    /// RFC 4180 comma-separated values.
    case csv
    /// One JSON array of objects per command.
    case json
    /// GitHub-flavoured Markdown tables.
    case markdown
    /// One `key = value` per line, a blank line between rows, like sqlite3's line mode.
    case line

    /// Whether the mode is meant for people (labels as headings, titles and notes shown).
    public var isForPeople: Bool {
        switch self {
        case .table, .box, .markdown: true
        case .csv, .json, .line: false
        }
    }
}
