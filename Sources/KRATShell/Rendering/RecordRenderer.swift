import KRATCore

/// Writes a table one record per block, as psql's expanded display (`\x`): a heading line
/// numbering the record, then one `Label | value` line per column, long labels and values wrapped.
///
/// ```
/// -[ 1 / 3 ]---------
/// Status     | VT
/// Count      | 12
/// ```
public struct RecordRenderer: Sendable {
    /// The border style (`-` and `|`, or `─` and `│`).
    public var style: GridRenderer.Style
    /// How cells become text.
    public var formatter: CellFormatter
    /// The widest a line may be, or nil for no limit.
    public var width: Int?

    /// Creates a renderer.
    public init(style: GridRenderer.Style, formatter: CellFormatter, width: Int? = nil) {
        self.style = style
        self.formatter = formatter
        self.width = width
    }

    /// The table as lines ending in `\n`.
    public func render(_ table: ResultTable) -> String {
        let language = formatter.language
        var lines = [table.title.text(language)].filter { !$0.isEmpty }
        let (rule, bar) = style == .ascii ? ("-", "|") : ("─", "│")
        let labels = formatter.headings(table, forPeople: true).map(TextWidth.singleLine)
        var labelWidth = labels.map(TextWidth.columns).max() ?? 0
        if let width { labelWidth = min(labelWidth, max(1, width / 3)) }
        let valueWidth = width.map { max(1, $0 - labelWidth - 3) }
        let texts = table.rows.map { $0.map { TextWidth.singleLine(formatter.display($0)) } }
        let longest = texts.flatMap { $0 }.map(TextWidth.columns).max() ?? 0
        let ruleWidth = labelWidth + 3 + min(longest, valueWidth ?? longest)
        for (number, row) in texts.enumerated() {
            let head = rule + "[ \(number + 1) / \(texts.count) ]"
            lines.append(head + String(repeating: rule, count: max(0, ruleWidth - TextWidth.columns(head))))
            for (index, label) in labels.enumerated() {
                let value = index < row.count ? row[index] : ""
                let parts = valueWidth.map { TextWidth.wrap(value, width: $0) } ?? [value]
                let names = TextWidth.columns(label) > labelWidth ? TextWidth.wrap(label, width: labelWidth) : [label]
                for line in 0..<max(parts.count, names.count) {
                    lines.append(TextWidth.pad(line < names.count ? names[line] : "", to: labelWidth) + " \(bar) "
                                 + (line < parts.count ? parts[line] : ""))
                }
            }
        }
        if table.rows.isEmpty { lines.append(language == .sq ? "(0 rreshta)" : "(0 rows)") }
        lines += table.notes.map { $0.text(language) }
        if CellFormatter.hasSuppressed(table) { lines.append(formatter.suppression.note(language)) }
        return GridRenderer.fitted(lines, width: width)
    }
}
