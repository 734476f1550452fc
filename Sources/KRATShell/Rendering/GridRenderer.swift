import KRATCore

/// Draws a table with borders: ASCII `+---+` (table mode) or Unicode box drawing (box mode).
///
/// Headings are the column labels in the current language; measure columns are
/// right-aligned, dimension columns left-aligned. The title goes above, the notes
/// (and the meaning of a suppressed cell) below.
public struct GridRenderer: Sendable {
    /// The characters of the borders.
    public enum Style: Sendable {
        /// `+`, `-` and `|`.
        case ascii
        /// `┌─┬┐│├┼┤└┴┘`.
        case box
    }

    /// The border style.
    public var style: Style
    /// How cells become text.
    public var formatter: CellFormatter
    /// Whether the heading row is drawn.
    public var showsHeaders: Bool

    /// Creates a renderer.
    public init(style: Style, formatter: CellFormatter, showsHeaders: Bool = true) {
        self.style = style
        self.formatter = formatter
        self.showsHeaders = showsHeaders
    }

    // MARK: - Rendering

    /// The table as lines ending in `\n`.
    public func render(_ table: ResultTable) -> String {
        let language = formatter.language
        var lines = [table.title.text(language)].filter { !$0.isEmpty }
        let headings = formatter.headings(table, forPeople: true).map(TextWidth.singleLine)
        let cells = table.rows.map { $0.map { TextWidth.singleLine(formatter.display($0)) } }
        var widths = table.columns.indices.map { showsHeaders ? TextWidth.columns(headings[$0]) : 0 }
        for row in cells {
            for (index, text) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextWidth.columns(text))
            }
        }
        let right = table.columns.map { $0.role == .measure }
        let chars = Characters(style)

        if !widths.isEmpty {
            lines.append(border(widths, chars.top))
            if showsHeaders {
                lines.append(row(headings, widths: widths, right: right, bar: chars.vertical))
                lines.append(border(widths, chars.middle))
            }
            for cellRow in cells {
                lines.append(row(cellRow, widths: widths, right: right, bar: chars.vertical))
            }
            lines.append(border(widths, chars.bottom))
        }
        if table.rows.isEmpty { lines.append(language == .sq ? "(0 rreshta)" : "(0 rows)") }
        lines += table.notes.map { $0.text(language) }
        if CellFormatter.hasSuppressed(table) { lines.append(formatter.suppression.note(language)) }
        return lines.map { $0 + "\n" }.joined()
    }

    // MARK: - Private

    private struct Characters {
        let top: (String, String, String, String)
        let middle: (String, String, String, String)
        let bottom: (String, String, String, String)
        let vertical: String

        init(_ style: Style) {
            switch style {
            case .ascii:
                top = ("+", "-", "+", "+"); middle = top; bottom = top; vertical = "|"
            case .box:
                top = ("┌", "─", "┬", "┐"); middle = ("├", "─", "┼", "┤")
                bottom = ("└", "─", "┴", "┘"); vertical = "│"
            }
        }
    }

    private func border(_ widths: [Int], _ c: (String, String, String, String)) -> String {
        c.0 + widths.map { String(repeating: c.1, count: $0 + 2) }.joined(separator: c.2) + c.3
    }

    private func row(_ texts: [String], widths: [Int], right: [Bool], bar: String) -> String {
        let padded = widths.indices.map { index in
            TextWidth.pad(index < texts.count ? texts[index] : "", to: widths[index], rightAligned: right[index])
        }
        return bar + " " + padded.joined(separator: " \(bar) ") + " " + bar
    }
}
