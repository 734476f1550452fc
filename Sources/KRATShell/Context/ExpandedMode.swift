/// When a table is shown one record per block instead of one row per line, chosen with
/// `.expanded` (psql's `\x`).
public enum ExpandedMode: String, Sendable, CaseIterable {
    /// Rows as lines while the table fits the width (long cells wrapped in their column);
    /// one record per block when it cannot, as psql's `\x auto`.
    case auto
    /// Always one record per block.
    case on
    /// Always rows as lines: when the table cannot fit, middle columns are left out with a
    /// marker and a note of how many are shown, as DuckDB does.
    case off
}
