/// Aggregate cells in columnar, dictionary-encoded form: for each cube column the distinct
/// raw values once, and per cell a small index into them, plus the cell's count.
///
/// The month cube is held in memory as one block sorted by month; the partial months at
/// a period's edges are read from the day index into a small block of the same shape, so
/// one aggregation engine (``CubeQuery``) answers both.
struct CellBlock: Sendable {
    /// The cube columns, in ``CaseSchema/dimensionColumns`` order.
    static let columnCount = CaseSchema.dimensionColumns.count

    /// Per column, its distinct raw values as text (`""` unknown, `"-1"`/`"0"`/`"1"` for flags).
    var dictionaries: [[String]]
    /// Per column, per cell, the index of the cell's value in ``dictionaries``, column after
    /// column: cell `i` of column `c` is at `c * count + i`.
    var values: [UInt16]
    /// Per cell, the number of cases.
    var counts: [Int32]
    /// Per cell, the month index (`year * 12 + month - 1`); ascending. Empty for edge blocks.
    var months: [Int32]

    /// The number of cells.
    var count: Int { counts.count }

    /// The cells whose month lies in `first...last`, by binary search.
    func cellRange(months first: Int, _ last: Int) -> Range<Int> {
        lowerBound(Int32(first))..<lowerBound(Int32(last) + 1)
    }

    private func lowerBound(_ month: Int32) -> Int {
        var low = 0, high = months.count
        while low < high {
            let mid = (low + high) / 2
            if months[mid] < month { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// Builds a ``CellBlock`` one cell at a time, dictionary-encoding the raw values.
struct CellBlockBuilder {
    private var lookup: [[String: UInt16]] = Array(repeating: [:], count: CellBlock.columnCount)
    private var dictionaries: [[String]] = Array(repeating: [], count: CellBlock.columnCount)
    private var columns: [[UInt16]] = Array(repeating: [], count: CellBlock.columnCount)
    private var counts: [Int32] = []
    private var months: [Int32] = []

    init(capacity: Int = 0) {
        for column in 0..<CellBlock.columnCount { columns[column].reserveCapacity(capacity) }
        counts.reserveCapacity(capacity)
    }

    /// The finished block.
    var block: CellBlock {
        CellBlock(dictionaries: dictionaries, values: Array(columns.joined()), counts: counts, months: months)
    }

    /// Adds a cell; `raw` holds one text per cube column.
    mutating func append(raw: [String], month: Int32?, count: Int32) {
        for column in 0..<CellBlock.columnCount {
            let value = raw[column]
            if let index = lookup[column][value] {
                columns[column].append(index)
            } else {
                let index = UInt16(dictionaries[column].count)
                lookup[column][value] = index
                dictionaries[column].append(value)
                columns[column].append(index)
            }
        }
        counts.append(count)
        if let month { months.append(month) }
    }
}
