import Testing
import GRDB
import KRATCore
import KRATStatistics
@testable import KRATStorage

@Suite struct TrendTests {
    /// `identified_month` is year * 12 + month - 1 in the raw table.
    func sqlCounts(_ database: KRATDatabase, group: String, where condition: String = "1") throws -> [String: Int] {
        try Fixtures.sql(database) { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT \(group) AS g, count(*) AS n FROM case_record WHERE \(condition) GROUP BY g") {
                result[row["g"] as String] = row["n"] as Int
            }
            return result
        }
    }

    func tableCounts(_ table: ResultTable) -> [String: Int] {
        var result: [String: Int] = [:]
        for row in table.rows {
            guard let period = row[0].code, let count = row[row.count - 1].integer, count > 0 else { continue }
            let key = table.columns.count == 3 ? "\(period)|\(row[1].code ?? "")" : period
            result[key] = count
        }
        return result
    }

    @Test func byYearQuarterAndMonthAgreeWithGroupBy() throws {
        let database = try GeneratedData.database()
        let statistics = CaseStatistics(database)
        let byYear = try statistics.trend(unit: .year)
        #expect(byYear.columns.map(\.key) == ["period", "count"])
        #expect(byYear.rows.count == 10)
        #expect(tableCounts(byYear) == (try sqlCounts(database, group: "CAST(identified_month / 12 AS TEXT)")))
        let byQuarter = try statistics.trend(unit: .quarter)
        #expect(tableCounts(byQuarter) == (try sqlCounts(database,
            group: "printf('%d-Q%d', identified_month / 12, identified_month % 12 / 3 + 1)")))
        let byMonth = try statistics.trend(unit: .month)
        #expect(byMonth.rows.count == 120)
        #expect(tableCounts(byMonth) == (try sqlCounts(database,
            group: "printf('%04d-%02d', identified_month / 12, identified_month % 12 + 1)")))
    }

    @Test func filteredAndSplitInLongFormat() throws {
        let database = try GeneratedData.database()
        var filter = CaseFilter()
        filter.statuses = [.victim]
        let table = try CaseStatistics(database).trend(unit: .year, filter: filter, split: .sex)
        #expect(table.columns.map(\.key) == ["period", "sex", "count"])
        #expect(table.notes.isEmpty)
        var counts = tableCounts(table)
        let totals = counts.filter { $0.key.hasSuffix("|total") }
        counts = counts.filter { !$0.key.hasSuffix("|total") }
        #expect(counts == (try sqlCounts(database, group: "(identified_month / 12) || '|' || sex", where: "status = 'VT'")))
        #expect(totals == (try sqlCounts(database, group: "(identified_month / 12) || '|total'", where: "status = 'VT'")))
    }

    @Test func withinAGivenPeriodClippedAtTheEdges() throws {
        let database = try GeneratedData.database()
        let period = try Period(from: Fixtures.day("2020-02-15"), through: Fixtures.day("2020-05-10"))
        let table = try CaseStatistics(database).trend(unit: .month, period: period)
        #expect(table.column("period").compactMap(\.code) == ["2020-02-15..2020-02-29", "2020-03", "2020-04", "2020-05-01..2020-05-10"])
        let first = try Fixtures.sql(database) { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record WHERE identified_on BETWEEN ? AND ?",
                             arguments: [Int(Fixtures.day("2020-02-15").ordinal), Int(Fixtures.day("2020-02-29").ordinal)])
        }
        #expect(table.rows[0][1] == .integer(first ?? -1))
    }
}
