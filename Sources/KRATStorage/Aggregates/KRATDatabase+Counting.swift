import GRDB
import KRATCore

extension KRATDatabase {
    /// Counts cases identified in a period, filtered, grouped by some dimensions.
    ///
    /// The answer comes from the day aggregate (`case_day_cube`), which triggers keep exact
    /// in the same transaction as every change to a case. It is held in memory in columnar
    /// form and read again only when the data has changed, so a period of any length is a
    /// binary search and one pass over its cells. The result always equals a plain
    /// `COUNT(*)` over the cases.
    public func countCases(in period: Period, filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> CaseCounts {
        try countCases(in: [period], filter: filter, by: dimensions)[0]
    }

    /// Counts for several periods at once, from one consistent view of the data
    /// (a trend, or a period and the same period a year earlier).
    public func countCases(in periods: [Period], filter: CaseFilter = CaseFilter(),
                           by dimensions: [CaseDimension] = []) throws(StorageError) -> [CaseCounts] {
        let query = CubeQuery(filter: filter, dimensions: dimensions, bands: settings.ageBands)
        let snapshot = try read("counting cases") { db in try currentSnapshot(db) }
        return periods.map { period in
            var result = CaseCounts(dimensions: dimensions)
            query.accumulate(snapshot.block, range: snapshot.block.cellRange(period), into: &result)
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
