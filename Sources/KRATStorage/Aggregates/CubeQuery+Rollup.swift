extension CubeQuery {
    /// The cube columns the question touches: those its filter constrains and those it groups by.
    var touchedColumns: [Int] {
        let constrained = (0..<CellBlock.columnCount).filter(constrains(column:))
        return Array(Set(constrained + dimensions.map(Self.column(of:)))).sorted()
    }

    /// Adds the counts of the distinct days `positions` from a rollup over ``touchedColumns``.
    ///
    /// The same meaning as scanning the cells (``allows(column:raw:)`` and
    /// ``codes(of:raw:)`` decide), applied once per combination of values instead of once per cell.
    func accumulate(_ rollup: DayRollup, block: CellBlock, days positions: Range<Int>, into result: inout CaseCounts) {
        guard !positions.isEmpty else { return }
        let lower = positions.lowerBound * rollup.keyCount, upper = positions.upperBound * rollup.keyCount
        let allowed: [[Bool]?] = rollup.columns.map { column in
            constrains(column: column) ? block.dictionaries[column].map { allows(column: column, raw: $0) } : nil
        }
        let groups: [(position: Int, codes: [[String]])] = dimensions.compactMap { dimension in
            let column = Self.column(of: dimension)
            guard let position = rollup.columns.firstIndex(of: column) else { return nil }
            return (position, block.dictionaries[column].map { codes(of: dimension, raw: $0) })
        }
        var total = 0
        rollup.prefix.withUnsafeBufferPointer { prefix in
            combination: for key in 0..<rollup.keyCount {
                let n = Int(prefix[upper + key] - prefix[lower + key])
                if n == 0 { continue }
                for (position, table) in allowed.enumerated() {
                    if let table, !table[rollup.value(of: position, in: key)] { continue combination }
                }
                total += n
                var keys: [[String]] = [[]]
                for group in groups {
                    let codes = group.codes[rollup.value(of: group.position, in: key)]
                    keys = keys.flatMap { prefix in codes.map { prefix + [$0] } }
                }
                for key in keys { result.add(key: key, count: n) }
            }
        }
        result.addTotal(total)
    }
}
