import GRDB
import KRATCore

extension KRATDatabase {
    /// Counts cases identified in a period, filtered, grouped by some dimensions.
    ///
    /// Whole months are answered from the month aggregates (held in memory, refreshed when
    /// the data changes); days of a partial month at either edge are read from the day
    /// index. The result always equals a plain `COUNT(*)` over the cases.
    public func countCases(in period: Period, filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> CaseCounts {
        try countCases(in: [period], filter: filter, by: dimensions)[0]
    }

    /// Counts for several periods at once, from one consistent view of the data
    /// (a trend, or a period and the same period a year earlier).
    public func countCases(in periods: [Period], filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> [CaseCounts] {
        let query = CubeQuery(filter: filter, dimensions: dimensions, bands: settings.ageBands)
        return try read("counting cases") { db in
            let snapshot = try currentSnapshot(db)
            return try periods.map { period in
                var result = CaseCounts(dimensions: dimensions)
                let plan = CountPlan(period)
                if let months = plan.wholeMonths {
                    query.accumulate(snapshot.block, range: snapshot.block.cellRange(months: months.lowerBound, months.upperBound),
                                     into: &result)
                }
                for edge in plan.edgeDays {
                    query.accumulate(try Self.edgeBlock(db, edge), range: 0..<Int.max, into: &result)
                }
                return result
            }
        }
    }

    /// The in-memory cube, reloaded when the data's generation has moved on.
    private func currentSnapshot(_ db: Database) throws -> CubeSnapshot {
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM cube_state")) ?? 0
        if let snapshot = cube.withLock({ $0 }), snapshot.generation == generation { return snapshot }
        let fresh = try CubeSnapshot.load(db, generation: generation)
        cube.withLock { $0 = fresh }
        return fresh
    }

    /// The cases identified on the days of `range`, grouped by every cube column.
    private static func edgeBlock(_ db: Database, _ range: ClosedRange<Day>) throws -> CellBlock {
        let columns = CaseSchema.dimensionColumns.joined(separator: ", ")
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT \(columns), count(*) FROM case_record
            WHERE identified_on BETWEEN ? AND ? GROUP BY \(columns)
            """), arguments: [Int(range.lowerBound.ordinal), Int(range.upperBound.ordinal)])
        var builder = CellBlockBuilder()
        var raw = [String](repeating: "", count: CellBlock.columnCount)
        while let row = try rows.next() {
            for index in 0..<CellBlock.columnCount { raw[index] = CubeSnapshot.rawText(row, index) }
            builder.append(raw: raw, month: nil, count: Int32(row[CellBlock.columnCount] as Int))
        }
        return builder.block
    }
}

/// How a period splits into whole months (from the aggregates) and edge days (from the index).
struct CountPlan: Equatable {
    /// The whole months inside the period, as month indexes; nil when there is none.
    let wholeMonths: ClosedRange<Int>?
    /// Up to two runs of days at the edges that do not fill a month.
    let edgeDays: [ClosedRange<Day>]

    init(_ period: Period) {
        let start = period.start, end = period.end
        let firstWhole = start == start.startOfMonth ? start.monthIndex : start.monthIndex + 1
        let lastWhole = end == end.endOfMonth ? end.monthIndex : end.monthIndex - 1
        if firstWhole > lastWhole {
            wholeMonths = nil
            edgeDays = [start...end]
            return
        }
        wholeMonths = firstWhole...lastWhole
        var edges: [ClosedRange<Day>] = []
        let wholeStart = Day.firstOfMonth(index: firstWhole)
        let wholeEnd = Day.firstOfMonth(index: lastWhole).endOfMonth
        if start < wholeStart { edges.append(start...wholeStart.adding(days: -1)) }
        if end > wholeEnd { edges.append(wholeEnd.adding(days: 1)...end) }
        edgeDays = edges
    }
}
