import Testing
import GRDB
import KRATCore
import KRATStatistics
@testable import KRATStorage

@Suite struct BreakdownTests {
    let year2020 = "identified_on BETWEEN \(Period.year(2020).start.ordinal) AND \(Period.year(2020).end.ordinal)"

    func sqlCounts(_ database: KRATDatabase, _ sql: String) throws -> [String: Int] {
        try Fixtures.sql(database) { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql) { result[row["g"] as String] = row["n"] as Int }
            return result
        }
    }

    @Test func twoWayAgreesWithGroupBy() throws {
        let database = try GeneratedData.database()
        let table = try CaseStatistics(database).breakdown(by: [.sex, .ageBand], period: .year(2020))
        #expect(table.columns.map(\.key) == ["sex", "age_band", "count"])
        var cells: [String: Int] = [:]
        for row in table.rows {
            guard let a = row[0].code, let b = row[1].code, let n = row[2].integer, n > 0 else { continue }
            cells["\(a)|\(b)"] = n
        }
        let expected = try sqlCounts(database, "SELECT sex || '|' || age_band AS g, count(*) AS n FROM case_record WHERE \(year2020) GROUP BY g")
        let rowTotals = try sqlCounts(database, "SELECT sex || '|total' AS g, count(*) AS n FROM case_record WHERE \(year2020) GROUP BY g")
        let columnTotals = try sqlCounts(database, "SELECT 'total|' || age_band AS g, count(*) AS n FROM case_record WHERE \(year2020) GROUP BY g")
        let grand = try sqlCounts(database, "SELECT 'total|total' AS g, count(*) AS n FROM case_record WHERE \(year2020)")
        #expect(cells == expected.merging(rowTotals) { $1 }.merging(columnTotals) { $1 }.merging(grand) { $1 })
        #expect(table.value("count", at: ["F", "0-5"])?.integer != nil)
        #expect(table.value("count", at: ["F", "0-5"])?.integer == expected["F|0-5"] ?? 0)
    }

    @Test func exploitationCountsACaseUnderEachTypeAndSaysSo() throws {
        let database = try GeneratedData.database()
        let table = try CaseStatistics(database).breakdown(by: [.exploitation], period: .year(2020))
        let expected = try sqlCounts(database, """
            SELECT e.code AS g, count(*) AS n FROM case_record c JOIN exploitation_type e ON (c.exploitation & e.bit) != 0
            WHERE \(year2020) GROUP BY e.code
            """)
        let total = try sqlCounts(database, "SELECT 'total' AS g, count(*) AS n FROM case_record WHERE \(year2020)")["total"] ?? 0
        for (code, n) in expected { #expect(table.value("count", at: [code]) == .integer(n)) }
        #expect(table.value("count", at: ["total"]) == .integer(total))
        #expect(expected.values.reduce(0, +) > total, "the fixture should hold cases with several types")
        #expect(table.notes.contains { $0.en.contains("counts under each") })
        #expect(table.value("count", at: ["begging"])?.integer != nil)
        let labels = table.rows.compactMap { row -> String? in if case .coded(_, let label) = row[0] { label.en } else { nil } }
        #expect(labels.contains("Forced begging"))
    }

    @Test func labelsForMunicipalitiesAndUnknown() throws {
        let records = [Fixtures.record("M1", "2024-01-05", municipality: "has"),
                       Fixtures.record("M2", "2024-01-06", municipality: nil, citizenship: nil)]
        let statistics = CaseStatistics(try Fixtures.database(records))
        let municipalities = try statistics.breakdown(by: [.municipality], period: .year(2024))
        #expect(municipalities.column("municipality").compactMap(\.code) == ["has", "kukes", "tropoje", "", "total"])
        #expect(municipalities.rows[0][0] == .coded(code: "has", label: Label(sq: "Bashkia Has", en: "Has Municipality")))
        #expect(municipalities.rows[3] == [.coded(code: "", label: Label(sq: "E panjohur", en: "Unknown")), .integer(1)])
        let citizenship = try statistics.breakdown(by: [.citizenship], period: .year(2024))
        #expect(citizenship.rows[0] == [.coded(code: "AL", label: Label(sq: "Shqiptare", en: "Albanian")), .integer(1)])
        #expect(throws: StorageError.self) { try statistics.breakdown(by: [.sex, .sex]) }
    }

    @Test func publicTwoWayTableHidesSmallCountsAndNoneCanBeRecovered() throws {
        // Sex × status with counts near a threshold of 3.
        var records: [CaseRecord] = []
        let plan: [(Sex, CaseStatus, Int)] = [(.female, .potentialVictim, 5), (.female, .victim, 1), (.female, .notVictim, 4),
                                              (.male, .potentialVictim, 6), (.male, .victim, 7), (.male, .notVictim, 0),
                                              (.unknown, .potentialVictim, 2), (.unknown, .victim, 3)]
        for (sex, status, n) in plan {
            for i in 0..<n {
                records.append(Fixtures.record("\(sex.code)\(status.code)\(i)", "2024-03-0\(i + 1)", status: status == .victim ? .victim : .potentialVictim,
                                               sex: sex, changedTo: status == .notVictim ? .notVictim : nil))
            }
        }
        let directory = TemporaryDirectory()
        let database = try Fixtures.database(records, role: .public, in: directory, threshold: 3)
        let table = try CaseStatistics(database).breakdown(by: [.sex, .status], period: .year(2024))
        #expect(table.notes.contains { $0.en.contains("under 3") })
        // Rebuild the published grid (sex F, M, U × status VMT, VT, not_victim, with totals).
        let sexes = ["F", "M", "U", "total"], statuses = ["VMT", "VT", "not_victim", "total"]
        let published: [[Int?]] = sexes.map { sex in statuses.map { table.value("count", at: [sex, $0])?.integer } }
        let truth: [[Int]] = [[5, 1, 4, 10], [6, 7, 0, 13], [2, 3, 0, 5], [13, 11, 4, 28]]
        for r in 0..<4 {
            for c in 0..<4 {
                if let shown = published[r][c] { #expect(shown == truth[r][c]) }
                if truth[r][c] > 0 && truth[r][c] < 3 { #expect(published[r][c] == nil, "cell \(r),\(c) must be hidden") }
            }
        }
        #expect(DisclosureChecker.bySubtraction(published).isEmpty)
        #expect(DisclosureChecker.byLinearAlgebra(published).isEmpty)
    }
}
