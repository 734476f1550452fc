import KRATCore

/// Aggregate cells in columnar, dictionary-encoded form: for each cube column the distinct
/// raw values once, and per cell a small index into them, plus the cell's count.
///
/// The day cube is held in memory as one block sorted by day, so any period is a
/// contiguous run of cells found by binary search, and one aggregation engine
/// (``CubeQuery``) answers every question from it.
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
    /// Per cell, the day (``Day/ordinal``); ascending.
    var days: [Int32]

    /// The number of cells.
    var count: Int { counts.count }

    /// The cells of the days of `period`, by binary search.
    func cellRange(_ period: Period) -> Range<Int> {
        lowerBound(period.start.ordinal)..<lowerBound(period.end.ordinal + 1)
    }

    private func lowerBound(_ day: Int32) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid] < day { low = mid + 1 } else { high = mid }
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
    private var days: [Int32] = []

    init(capacity: Int = 0) {
        for column in 0..<CellBlock.columnCount { columns[column].reserveCapacity(capacity) }
        counts.reserveCapacity(capacity)
    }

    /// The finished block.
    var block: CellBlock {
        CellBlock(dictionaries: dictionaries, values: Array(columns.joined()), counts: counts, days: days)
    }

    /// Adds a cell; `raw` holds one text per cube column.
    mutating func append(raw: [String], day: Int32, count: Int32) {
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
        days.append(day)
    }
}
