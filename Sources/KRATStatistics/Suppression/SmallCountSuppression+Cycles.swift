extension SmallCountSuppression {
    // MARK: - Hidden cells that several lines give back

    /// Finds a hidden cell that lies on no cycle of hidden cells and hides one more cell
    /// to close a cycle through it; true if anything changed.
    ///
    /// With each total written with the opposite sign, every line of the grid sums to
    /// zero, so the hidden values can move together only along a cycle of hidden cells
    /// that alternates between rows and columns. A hidden cell on no such cycle (a bridge
    /// of the graph whose nodes are rows and columns and whose edges are hidden cells)
    /// has a single possible value: it can be recovered.
    static func closeBridge(_ grid: [[Int]], _ hidden: inout [[Bool]]) -> Bool {
        let rows = grid.count, columns = grid.first?.count ?? 0
        let edges = (0..<rows).flatMap { row in
            (0..<columns).filter { hidden[row][$0] }.map { Position(row: row, column: $0) }
        }
        for edge in edges {
            let (_, reachedColumns) = reach(from: edge, hidden: hidden, rows: rows, columns: columns)
            if reachedColumns.contains(edge.column) { continue }
            // Rows on the column's side, columns on the row's side: hiding any visible cell
            // (a, b) with a on one side and b on the other closes a cycle through `edge`.
            let (columnSideRows, _) = reach(from: Position(row: -1, column: edge.column), hidden: hidden,
                                            rows: rows, columns: columns, skipping: edge)
            var best: Position?
            for row in columnSideRows {
                for column in reachedColumns where !hidden[row][column] {
                    let candidate = Position(row: row, column: column)
                    if let current = best, !isBetterComplement(candidate, than: current, grid) { continue }
                    best = candidate
                }
            }
            if let best {
                hidden[best.row][best.column] = true
                return true
            }
        }
        return false
    }

    /// Non-zero before zero, then smaller, then earlier.
    private static func isBetterComplement(_ a: Position, than b: Position, _ grid: [[Int]]) -> Bool {
        let va = grid[a.row][a.column], vb = grid[b.row][b.column]
        return ((va == 0 ? 1 : 0), va, a.row, a.column) < ((vb == 0 ? 1 : 0), vb, b.row, b.column)
    }

    /// The rows and columns reachable through hidden cells from `edge`'s row (or, when
    /// `edge.row` is -1, from its column), never crossing the cell `skipping` (or `edge`).
    private static func reach(from edge: Position, hidden: [[Bool]], rows: Int, columns: Int,
                              skipping: Position? = nil) -> (rows: Set<Int>, columns: Set<Int>) {
        let skipped = skipping ?? edge
        var seenRows = Set<Int>(), seenColumns = Set<Int>()
        var rowQueue: [Int] = [], columnQueue: [Int] = []
        if edge.row >= 0 { rowQueue.append(edge.row); seenRows.insert(edge.row) } else {
            columnQueue.append(edge.column); seenColumns.insert(edge.column)
        }
        while !rowQueue.isEmpty || !columnQueue.isEmpty {
            if let row = rowQueue.popLast() {
                for column in 0..<columns where hidden[row][column] && Position(row: row, column: column) != skipped
                    && seenColumns.insert(column).inserted {
                    columnQueue.append(column)
                }
            } else if let column = columnQueue.popLast() {
                for row in 0..<rows where hidden[row][column] && Position(row: row, column: column) != skipped
                    && seenRows.insert(row).inserted {
                    rowQueue.append(row)
                }
            }
        }
        return (seenRows, seenColumns)
    }
}
