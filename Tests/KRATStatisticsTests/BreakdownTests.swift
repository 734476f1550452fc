import KRATTestSupport
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

    @Test func publicRoleGetsOneDimensionAtATimeEachProtectedByItsTotal() throws {
        // Sex × status with counts near a threshold of 3.
        var records: [CaseRecord] = []
        let plan: [(Sex, CaseStatus, Int)] = [(.female, .potentialVictim, 5), (.female, .victim, 1), (.female, .notVictim, 4),
                                              (.male, .potentialVictim, 6), (.male, .victim, 7), (.male, .notVictim, 0),
                                              (.unknown, .potentialVictim, 2), (.unknown, .victim, 0)]
        for (sex, status, n) in plan {
            for i in 0..<n {
                records.append(Fixtures.record("\(sex.code)\(status.code)\(i)", "2024-03-0\(i + 1)", status: status == .victim ? .victim : .potentialVictim,
                                               sex: sex, changedTo: status == .notVictim ? .notVictim : nil))
            }
        }
        let directory = TemporaryDirectory()
        let database = try Fixtures.database(records, role: .public, in: directory, threshold: 3)
        let statistics = CaseStatistics(database, today: Fixtures.day("2025-01-02"))
        // A two-way table beside the one-way tables would be a second, differently suppressed
        // view of the same cells: the public is refused it.
        #expect(throws: StorageError.self) { try statistics.breakdown(by: [.sex, .status], period: .year(2024)) }
        // By sex: F 10, M 13, U 2 (total 25). The 2 is below 3, and F (the smaller) hides with it.
        let bySex = try statistics.breakdown(by: [.sex], period: .year(2024))
        #expect(bySex.rows.map { $0[1] } == [.suppressed, .integer(13), .suppressed, .integer(25)])
        #expect(bySex.notes.contains { $0.en.contains("under 3") })
        // Two hidden counts in one line: their sum (12) is known, neither of them is.
        // By status: VMT 13, VT 8, not_victim 4 (total 25): nothing below 3, all shown.
        let byStatus = try statistics.breakdown(by: [.status], period: .year(2024))
        #expect(byStatus.rows.map { $0[1] } == [.integer(13), .integer(8), .integer(4), .integer(25)])
    }
}
