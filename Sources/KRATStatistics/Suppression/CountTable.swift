/// A two-way table of counts with its row, column and grand totals: what
/// ``SmallCountSuppression`` protects.
///
/// The totals are given, not computed, because with a multi-valued dimension
/// (exploitation) a case counts under each of its values and the totals count distinct
/// cases. Suppression treats every total as if it were the sum of its line, which is the
/// cautious assumption.
public struct CountTable: Sendable, Hashable {
    /// The interior counts, `cells[row][column]`.
    public var cells: [[Int]]
    /// One total per row.
    public var rowTotals: [Int]
    /// One total per column.
    public var columnTotals: [Int]
    /// The total of the whole table.
    public var grandTotal: Int

    /// Creates a table from its counts and totals; `rowTotals` has one entry per row of
    /// `cells`, `columnTotals` one per column.
    public init(cells: [[Int]], rowTotals: [Int], columnTotals: [Int], grandTotal: Int) {
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
    }

    /// Creates a table whose totals are the sums of its lines.
    public init(cells: [[Int]]) {
        let width = cells.map(\.count).max() ?? 0
        let rowTotals = cells.map { $0.reduce(0, +) }
        let columnTotals = (0..<width).map { column in
            cells.reduce(0) { $0 + (column < $1.count ? $1[column] : 0) }
        }
        self.init(cells: cells, rowTotals: rowTotals, columnTotals: columnTotals,
                  grandTotal: rowTotals.reduce(0, +))
    }

    /// The number of interior rows.
    public var rowCount: Int { cells.count }

    /// The number of interior columns.
    public var columnCount: Int { columnTotals.count }

    /// The table with its totals as one grid of `rowCount + 1` rows and `columnCount + 1`
    /// columns: the last column holds the row totals, the last row the column totals and,
    /// in its last place, the grand total.
    var grid: [[Int]] {
        var grid: [[Int]] = cells.enumerated().map { index, row in
            (0..<columnCount).map { $0 < row.count ? row[$0] : 0 }
                + [index < rowTotals.count ? rowTotals[index] : 0]
        }
        grid.append(columnTotals + [grandTotal])
        return grid
    }
}

/// Which cells of a ``CountTable`` are hidden, in the table's shape.
public struct SuppressionPattern: Sendable, Hashable {
    /// Hidden interior cells, `cells[row][column]`.
    public var cells: [[Bool]]
    /// Hidden row totals.
    public var rowTotals: [Bool]
    /// Hidden column totals.
    public var columnTotals: [Bool]
    /// Whether the grand total is hidden.
    public var grandTotal: Bool
    /// How many cells (totals included) were hidden because they are below the threshold.
    public var primaryCount: Int

    /// Builds the pattern from a grid in ``CountTable/grid`` layout.
    init(grid: [[Bool]], primaryCount: Int) {
        let rows = grid.dropLast()
        let last = grid.last ?? []
        cells = rows.map { Array($0.dropLast()) }
        rowTotals = rows.map { $0.last ?? false }
        columnTotals = Array(last.dropLast())
        grandTotal = last.last ?? false
        self.primaryCount = primaryCount
    }

    /// Whether the interior cell at `row`, `column` is hidden.
    public func isHidden(row: Int, column: Int) -> Bool { cells[row][column] }

    /// The number of hidden cells, totals included.
    public var hiddenCount: Int {
        cells.joined().filter { $0 }.count + rowTotals.filter { $0 }.count
            + columnTotals.filter { $0 }.count + (grandTotal ? 1 : 0)
    }
}

/// Which counts of a one-way table (a list of counts and their total) are hidden.
public struct LineSuppression: Sendable, Hashable {
    /// Hidden counts, in the order given.
    public var counts: [Bool]
    /// Whether the total is hidden.
    public var total: Bool

    /// Creates a pattern.
    public init(counts: [Bool], total: Bool) {
        self.counts = counts
        self.total = total
    }
}
