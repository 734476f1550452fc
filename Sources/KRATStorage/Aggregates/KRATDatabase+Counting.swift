import GRDB
import KRATCore

extension KRATDatabase {
    /// Counts cases identified in a period, filtered, grouped by some dimensions.
    ///
    /// The answer comes from the day aggregate (`case_day_cube`), which triggers keep exact
    /// in the same transaction as every change to a case. It is held in memory in columnar
    /// form and read again only when the data has changed. A question whose filter and
    /// grouping touch at most two dimensions is answered from prefix sums by day (two binary
    /// searches and one subtraction per combination of values); any other is one pass over
    /// the cells of its period. The result always equals a plain `COUNT(*)` over the cases.
    ///
    /// Exact counts: the public role is refused (it reads suppressed publication tables
    /// through `CaseStatistics`).
    public func countCases(in period: Period, filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> CaseCounts {
        try countCases(in: [period], filter: filter, by: dimensions)[0]
    }

    /// Counts for several periods at once, from one consistent view of the data
    /// (a trend, or a period and the same period a year earlier). The public role is refused.
    public func countCases(in periods: [Period], filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> [CaseCounts] {
        try refuseExactCountsToPublic("exact case counts")
        try requireMonths(periods, "counting cases")
        return try exactCounts(in: periods, filter: filter, by: dimensions)
    }

    /// Refuses a role that sees months only (``MonthRule``) a period finer than a month.
    package func requireMonths(_ periods: [Period], _ what: String) throws(StorageError) {
        guard !MonthRule.seesDays(role) else { return }
        let today = self.today
        if let refused = periods.first(where: { !MonthRule.allows($0, today: today) }) {
            throw .invalid(what: "\(what) for \(refused)", issues: [ValidationIssue(field: "period", message: MonthRule.refusal(refused))])
        }
    }

    /// Refuses the public role a read of exact numbers about cases.
    func refuseExactCountsToPublic(_ what: String) throws(StorageError) {
        guard role != .public else {
            throw .notPublished(request: what, rule: "exact numbers about cases are not published; small counts would single people out")
        }
    }

    /// ``countCases(in:filter:by:)-([Period],_,_)`` for every role: for the modules of this
    /// package that publish the counts with suppression.
    package func exactCounts(in periods: [Period], filter: CaseFilter = CaseFilter(),
                             by dimensions: [CaseDimension] = []) throws(StorageError) -> [CaseCounts] {
        try checkFilter(filter)
        let query = CubeQuery(filter: filter, dimensions: dimensions, bands: settings.ageBands)
        let snapshot = try read("counting cases") { db in try currentSnapshot(db) }
        // A question touching at most two columns is answered from a rollup (prefix sums by
        // day); any other scans the cells of the period.
        let columns = query.touchedColumns
        let rollup = columns.count <= 2 ? snapshot.rollup(columns) : nil
        return periods.map { period in
            var result = CaseCounts(dimensions: dimensions)
            if let rollup {
                query.accumulate(rollup, block: snapshot.block,
                                 days: snapshot.days.positions(from: period.start.ordinal, through: period.end.ordinal),
                                 into: &result)
            } else {
                query.accumulate(snapshot.block, range: snapshot.block.cellRange(period), into: &result)
            }
            return result
        }
    }

    /// The in-memory cube, read again when the data's generation has moved on.
    private func currentSnapshot(_ db: Database) throws -> CubeSnapshot {
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM cube_state")) ?? 0
        if let snapshot = cube.withLock({ $0 }), snapshot.generation == generation { return snapshot }
        let fresh = try CubeSnapshot.load(db, generation: generation)
        cube.withLock { $0 = fresh }
        return fresh
    }
}
