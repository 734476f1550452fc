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

    @Test func noStepAfterTheDataDayAndThePartialOneMarked() throws {
        let database = try Fixtures.database([
            Fixtures.record("A", "2024-01-15"), Fixtures.record("B", "2024-11-10"),
            Fixtures.record("C", "2024-11-20"), Fixtures.record("D", "2024-12-05"),
        ])
        let statistics = CaseStatistics(database)
        let byMonth = try statistics.trend(unit: .month, period: .year(2024), asOf: Fixtures.day("2024-11-15"))
        // January to November only; November counts B (10th), not C (20th); December is not listed.
        #expect(byMonth.rows.count == 11)
        let last = try #require(byMonth.rows.last)
        #expect(last[0] == .coded(code: "2024-11", label: Label(sq: "2024-11 (e pjesshme)", en: "2024-11 (partial)")))
        #expect(last[1] == .integer(1))
        #expect(byMonth.rows[0] == [.text("2024-01"), .integer(1)])
        #expect(byMonth.notes.contains { $0.en.contains("up to 2024-11-15") && $0.sq.contains("deri më 2024-11-15") })
        // By year, as of the same day: 2024 is partial with A and B.
        let byYear = try statistics.trend(unit: .year, asOf: Fixtures.day("2024-11-15"))
        #expect(byYear.rows == [[.coded(code: "2024", label: Label(sq: "2024 (e pjesshme)", en: "2024 (partial)")), .integer(2)]])
        // A finished period is neither cut nor marked.
        let whole = try statistics.trend(unit: .year, asOf: Fixtures.day("2025-01-01"))
        #expect(whole.rows == [[.text("2024"), .integer(4)]])
        #expect(whole.notes.isEmpty)
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
