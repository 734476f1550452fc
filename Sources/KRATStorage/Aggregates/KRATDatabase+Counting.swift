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
        let edgeQuery = CubeQuery(filter: CaseFilter(), dimensions: dimensions, bands: settings.ageBands)
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
                    // The edge query filters and groups in SQL; what comes back is already
                    // filtered, so only the grouping is applied to it.
                    try edgeQuery.accumulate(Self.edgeBlock(db, edge, query: query), range: 0..<Int.max, into: &result)
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

    /// The cases identified on the days of `range` that match the query's filter, grouped
    /// in SQL by the cube columns its dimensions need (the others are left empty).
    private static func edgeBlock(_ db: Database, _ range: ClosedRange<Day>, query: CubeQuery) throws -> CellBlock {
        let needed = Set(query.dimensions.map(CubeQuery.column(of:))).sorted()
        let names = needed.map { "c." + CaseSchema.dimensionColumns[$0] }
        let (conditions, filterArguments) = query.filter.sqlConditions(bands: query.bands)
        let whereSQL = (["c.identified_on BETWEEN ? AND ?"] + conditions).joined(separator: " AND ")
        let groupSQL = names.isEmpty ? "" : "GROUP BY " + names.joined(separator: ", ")
        let selectSQL = (names + ["count(*)"]).joined(separator: ", ")
        let arguments = StatementArguments([Int(range.lowerBound.ordinal), Int(range.upperBound.ordinal)] as [Int])
            + StatementArguments(filterArguments)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(selectSQL) FROM case_record c WHERE \(whereSQL) \(groupSQL)"),
                                       arguments: arguments)
        var builder = CellBlockBuilder()
        var raw = [String](repeating: "", count: CellBlock.columnCount)
        while let row = try rows.next() {
            for (index, column) in needed.enumerated() { raw[column] = CubeSnapshot.rawText(row, index) }
            let count = row[needed.count] as Int
            if count > 0 { builder.append(raw: raw, month: nil, count: Int32(count)) }
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
