import KRATCore

/// Draws a table with borders: ASCII `+---+` (table mode) or Unicode box drawing (box mode).
///
/// Headings are the column labels in the current language; measure columns are
/// right-aligned, dimension columns left-aligned. The title goes above, the notes
/// (and the meaning of a suppressed cell) below. Given a ``width``, no line is wider:
/// the table is laid out as ``GridLayout`` chooses (long cells wrapped in their column,
/// middle columns left out, or one record per block through ``RecordRenderer``).
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
    /// The widest a line may be, or nil for the table's full width (scripts and pipes).
    public var width: Int?
    /// When the table is shown one record per block.
    public var expanded: ExpandedMode

    /// Creates a renderer.
    public init(style: Style, formatter: CellFormatter, showsHeaders: Bool = true,
                width: Int? = nil, expanded: ExpandedMode = .auto) {
        self.style = style
        self.formatter = formatter
        self.showsHeaders = showsHeaders
        self.width = width
        self.expanded = expanded
    }

    // MARK: - Rendering

    /// The table as lines ending in `\n`.
    public func render(_ table: ResultTable) -> String {
        let language = formatter.language
        let headings = formatter.headings(table, forPeople: true).map(TextWidth.singleLine)
        let cells = table.rows.map { $0.map { TextWidth.singleLine(formatter.display($0)) } }
        var natural = table.columns.indices.map { showsHeaders ? TextWidth.columns(headings[$0]) : 0 }
        for row in cells {
            for (index, text) in row.enumerated() where index < natural.count {
                natural[index] = max(natural[index], TextWidth.columns(text))
            }
        }
        let layout = GridLayout.choose(natural: natural, width: width, expanded: expanded)
        guard case .columns(let shown, let widths) = layout else {
            return RecordRenderer(style: style, formatter: formatter, width: width).render(table)
        }
        var lines = [table.title.text(language)].filter { !$0.isEmpty }
        let right = shown.map { $0.map { table.columns[$0].role == .measure } ?? false }
        let chars = Characters(style)
        let pick: ([String]) -> [String] = { texts in shown.map { $0.map { $0 < texts.count ? texts[$0] : "" } ?? "…" } }

        if !widths.isEmpty {
            lines.append(border(widths, chars.top))
            if showsHeaders {
                lines += row(pick(headings), widths: widths, right: right, bar: chars.vertical)
                lines.append(border(widths, chars.middle))
            }
            for cellRow in cells {
                lines += row(pick(cellRow), widths: widths, right: right, bar: chars.vertical, indent: 2)
            }
            lines.append(border(widths, chars.bottom))
        }
        if table.rows.isEmpty { lines.append(language == .sq ? "(0 rreshta)" : "(0 rows)") }
        let shownCount = shown.compactMap { $0 }.count
        if shownCount < table.columns.count {
            lines.append(Self.elisionNote(shown: shownCount, of: table.columns.count).text(language))
        }
        lines += table.notes.map { $0.text(language) }
        if CellFormatter.hasSuppressed(table) { lines.append(formatter.suppression.note(language)) }
        return Self.fitted(lines, width: width)
    }

    /// The note under a table that lost columns to the width.
    public static func elisionNote(shown: Int, of total: Int) -> Label {
        Label(sq: "Shfaqen \(shown) nga \(total) kolona (… në vend të të tjerave); .expanded on i tregon të gjitha.",
              en: "\(shown) of \(total) columns shown (… for the others); .expanded on shows them all.")
    }

    /// `lines` joined with `\n` after each, those wider than `width` wrapped at spaces.
    static func fitted(_ lines: [String], width: Int?) -> String {
        let wrapped = width.map { width in
            lines.flatMap { TextWidth.columns($0) > width ? TextWidth.wrap($0, width: width) : [$0] }
        } ?? lines
        return wrapped.map { $0 + "\n" }.joined()
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

    /// One row of cells: one line, or several when a cell is wider than its column.
    ///
    /// Left-aligned cells go on under themselves indented by `indent`, so that a wrapped cell
    /// reads apart from the next row.
    private func row(_ texts: [String], widths: [Int], right: [Bool], bar: String, indent: Int = 0) -> [String] {
        let wrapped = widths.indices.map { index in
            TextWidth.wrap(index < texts.count ? texts[index] : "", width: widths[index], indent: right[index] ? 0 : indent)
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            let padded = widths.indices.map { index in
                TextWidth.pad(line < wrapped[index].count ? wrapped[index][line] : "", to: widths[index],
                              rightAligned: right[index])
            }
            return bar + " " + padded.joined(separator: " \(bar) ") + " " + bar
        }
    }
}
