import KRATCore

/// Writes a ``ResultTable`` as an HTML table in the report's language.
///
/// Dimension columns are left-aligned, measures right-aligned; a `total` row is bold;
/// hidden counts are written `[c]` in a cell of class `suppressed`. The table's notes
/// follow it.
enum ReportTableHTML {
    /// Writes `table`, only the columns `keys` when given, with `headings` replacing labels.
    static func write(_ table: ResultTable, into document: inout HTMLDocument, format: ReportFormat,
                      keys: [String]? = nil, headings: [String: Label] = [:], notes: Bool = true) {
        let indices = keys.map { $0.compactMap(table.columnIndex) } ?? Array(table.columns.indices)
        document.element("table", ["class": "data"]) { html in
            html.element("thead") { head in
                head.element("tr") { row in
                    for index in indices {
                        let column = table.columns[index]
                        row.element("th", format(headings[column.key] ?? column.label),
                                    ["class": column.role == .measure ? "num" : "dim"])
                    }
                }
            }
            html.element("tbody") { body in
                for cells in table.rows {
                    let isTotal = cells.first?.code == "total"
                    body.element("tr", isTotal ? ["class": "total"] : [:]) { row in
                        for index in indices {
                            write(cells[index], role: table.columns[index].role, into: &row, format: format)
                        }
                    }
                }
            }
        }
        if notes { ReportSection.notes(&document, table.notes, format: format) }
    }

    /// Writes one cell.
    static func write(_ cell: ResultTable.Cell, role: ResultTable.Column.Role, into row: inout HTMLDocument,
                      format: ReportFormat) {
        var classes = role == .measure ? "num" : "dim"
        if cell == .suppressed { classes += " suppressed" }
        if case .coded(let code, _) = cell, role == .dimension, code == "on_track" || code == "off_track" {
            classes += " \(code)"
        }
        row.element("td", format.cell(cell), ["class": classes])
    }
}
