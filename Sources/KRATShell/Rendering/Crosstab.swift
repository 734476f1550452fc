import KRATCore

/// A two-dimension table in long form, shown to people pivoted: the values of one dimension
/// down, of the other across, as the annual report and DHIS2's pivot tables show them.
///
/// The long ``table`` is what machines read (JSON, CSV, line mode: keys unchanged); table,
/// box and Markdown modes show ``pivoted(formatter:)``. Totals are not computed here: a
/// long table that carries `total` rows (a `total` code in either dimension) shows them as
/// its last row and column, so suppressed cells stay hidden.
public struct Crosstab: Sendable, Hashable {
    /// What each cell of the pivot shows.
    public enum CellForm: Sendable, Hashable {
        /// The value of one measure column.
        case value(String)
        /// Two measures and their change: `previous → current (change)`.
        case change(previous: String, current: String, change: String)
    }

    /// The table in long form: a row per pair of values of ``down`` and ``across``.
    public var table: ResultTable
    /// The key of the dimension whose values become rows.
    public var down: String
    /// The key of the dimension whose values become columns.
    public var across: String
    /// What a cell shows.
    public var cell: CellForm

    /// Creates a crosstab of `table`, `down` by `across`.
    public init(table: ResultTable, down: String, across: String, cell: CellForm) {
        self.table = table
        self.down = down
        self.across = across
        self.cell = cell
    }

    // MARK: - Pivoting

    /// The pivot for people: the first column the values of ``down``, then a column per value
    /// of ``across`` in the order they first appear; a pair not in the long table is empty.
    /// With ``CellForm/change(previous:current:change:)`` a note says how to read a cell.
    /// The long table itself when a key is missing.
    public func pivoted(formatter: CellFormatter) -> ResultTable {
        guard let downIndex = table.columnIndex(down), let acrossIndex = table.columnIndex(across),
              let measures = measureIndices() else {
            return table
        }
        var rowKeys: [ResultTable.Cell] = [], columnKeys: [ResultTable.Cell] = []
        var cells: [ResultTable.Cell: [ResultTable.Cell: ResultTable.Cell]] = [:]
        for row in table.rows {
            let (rowKey, columnKey) = (row[downIndex], row[acrossIndex])
            if cells[rowKey] == nil { rowKeys.append(rowKey) }
            if !columnKeys.contains(columnKey) { columnKeys.append(columnKey) }
            cells[rowKey, default: [:]][columnKey] = value(row, measures, formatter)
        }
        let columns = [table.columns[downIndex]] + columnKeys.map { key in
            ResultTable.Column(key: key.code ?? "", label: Self.label(of: key), role: .measure)
        }
        let rows = rowKeys.map { rowKey in [rowKey] + columnKeys.map { cells[rowKey]?[$0] ?? .none } }
        var notes = table.notes
        if measures.count == 3 {
            let labels = measures.map { table.columns[$0].label }
            notes.insert(Label(sq: "Çdo qelizë: \(labels[0].sq) → \(labels[1].sq) (\(labels[2].sq))",
                               en: "Each cell: \(labels[0].en) → \(labels[1].en) (\(labels[2].en))"), at: 0)
        }
        return ResultTable(title: table.title, columns: columns, rows: rows, notes: notes)
    }

    // MARK: - Private

    private func measureIndices() -> [Int]? {
        switch cell {
        case .value(let key): table.columnIndex(key).map { [$0] }
        case .change(let previous, let current, let change):
            [previous, current, change].compactMap(table.columnIndex).count == 3
                ? [previous, current, change].compactMap(table.columnIndex) : nil
        }
    }

    private func value(_ row: [ResultTable.Cell], _ measures: [Int], _ formatter: CellFormatter) -> ResultTable.Cell {
        guard measures.count == 3 else { return row[measures[0]] }
        let (before, after, change) = (row[measures[0]], row[measures[1]], row[measures[2]])
        if before == .none, after == .none { return .none }
        let side = { (cell: ResultTable.Cell) in cell == .none ? "–" : formatter.display(cell) }
        let text = side(before) + " → " + side(after)
        guard change != .none else { return .text(text) }
        let sign = (change.number ?? 0) > 0 ? "+" : ""
        return .text(text + " (" + sign + formatter.display(change) + ")")
    }

    private static func label(of cell: ResultTable.Cell) -> Label {
        switch cell {
        case .coded(_, let label): label
        default: Label(cell.code ?? "")
        }
    }
}
