import Foundation
import KRATCore

/// Writes a table as a GitHub-flavoured Markdown table, with labels as headings.
///
/// Markdown tables need a heading row, so it is always written. The title comes first
/// in bold, the notes after the table.
public struct MarkdownRenderer: Sendable {
    /// How cells become text.
    public var formatter: CellFormatter

    /// Creates a renderer.
    public init(formatter: CellFormatter) { self.formatter = formatter }

    /// The table as Markdown lines ending in `\n`.
    public func render(_ table: ResultTable) -> String {
        let language = formatter.language
        let headings = formatter.headings(table, forPeople: true).map(Self.escape)
        let cells = table.rows.map { $0.map { Self.escape(formatter.display($0)) } }
        var widths = headings.map { max(3, TextWidth.columns($0)) }
        for row in cells {
            for (index, text) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextWidth.columns(text))
            }
        }
        let right = table.columns.map { $0.role == .measure }
        var lines: [String] = []
        let title = table.title.text(language)
        if !title.isEmpty { lines += ["**\(Self.escape(title))**", ""] }
        lines.append(line(headings, widths: widths, right: right))
        lines.append("| " + widths.indices.map { index in
            right[index] ? String(repeating: "-", count: widths[index] - 1) + ":"
                         : String(repeating: "-", count: widths[index])
        }.joined(separator: " | ") + " |")
        lines += cells.map { line($0, widths: widths, right: right) }
        var notes = table.notes.map { $0.text(language) }
        if CellFormatter.hasSuppressed(table) { notes.append(formatter.suppression.note(language)) }
        if !notes.isEmpty { lines += [""] + notes.map(Self.escape) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `text` safe inside a table cell: `|` escaped, line breaks as spaces, `*` escaped.
    public static func escape(_ text: String) -> String {
        TextWidth.singleLine(text).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "*", with: "\\*")
    }

    private func line(_ texts: [String], widths: [Int], right: [Bool]) -> String {
        "| " + widths.indices.map { index in
            TextWidth.pad(index < texts.count ? texts[index] : "", to: widths[index], rightAligned: right[index])
        }.joined(separator: " | ") + " |"
    }
}
