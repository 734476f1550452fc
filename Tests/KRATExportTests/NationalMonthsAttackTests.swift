import Foundation
import KRATCore
import KRATSampleData
import KRATStorage
import KRATExport
import KRATTestSupport
import Testing

/// The national file holds months, not days: read raw with the `sqlite3` tool, apart from the
/// code, no column of a merged national file holds a day other than the first of a month, and
/// no offset between two of its dates is finer than the months themselves.
@Suite("National file: months, not days")
struct NationalMonthsAttackTests {
    /// Runs `sqlite3 -list` on a file and returns its lines.
    static func sqlite(_ path: String, _ sql: String) throws -> [String] {
        let outcome = try KratProcess.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), ["-list", path, sql])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return outcome.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test func aMergedNationalFileHoldsNoDayFinerThanAMonth() throws {
        let dir = TemporaryDirectory()
        let asOf = Day(year: 2025, month: 6, day: 30)!
        let county = dir.path("kukes.sqlite")
        let source = try KRATDatabase.create(at: county, scope: .county(.kukes))
        try source.importCases(CaseGenerator(counties: [.kukes], years: 2020...2024, count: 300, seed: 7, asOf: asOf), asOf: asOf)
        // The county file itself has days other than the first, or this test would prove nothing.
        let countyDays = try Self.sqlite(county, "SELECT count(*) FROM case_record WHERE strftime('%d', identified_on * 86400, 'unixepoch') <> '01'")
        #expect((Int(countyDays.first ?? "") ?? 0) > 100)

        let nationalPath = dir.path("national.sqlite")
        let national = try KRATDatabase.create(at: nationalPath, scope: .national)
        _ = try NationalMerge.merge(into: national, from: [county], asOf: asOf)

        // Every column of every table: integers that read as a day between 1990 and 2100, and
        // text that reads as an ISO date, must fall on the first of a month.
        let tables = try Self.sqlite(nationalPath, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        var checkedDayColumns: [String] = []
        for table in tables {
            let columns = try Self.sqlite(nationalPath, "SELECT name FROM pragma_table_info('\(table)')")
            for column in columns where table != "krat_meta" {
                let isDay = column == "day" || column.hasSuffix("_on")
                if isDay {
                    checkedDayColumns.append("\(table).\(column)")
                    let finer = try Self.sqlite(nationalPath, """
                        SELECT count(*) FROM "\(table)" WHERE "\(column)" IS NOT NULL AND (typeof("\(column)") <> 'integer'
                            OR strftime('%d', "\(column)" * 86400, 'unixepoch') <> '01')
                        """)
                    #expect(finer == ["0"], "\(table).\(column) holds a day finer than a month")
                }
                let isoDays = try Self.sqlite(nationalPath, """
                    SELECT count(*) FROM "\(table)" WHERE typeof("\(column)") = 'text'
                        AND "\(column)" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' AND substr("\(column)", 9, 2) <> '01'
                    """)
                #expect(isoDays == ["0"], "\(table).\(column) holds an ISO day finer than a month")
            }
        }
        #expect(checkedDayColumns.contains("case_record.identified_on") && checkedDayColumns.contains("case_day_cube.day"))
        // The steps' days inside their JSON column.
        let stepDays = try Self.sqlite(nationalPath, """
            SELECT count(*) FROM case_record, json_each(case_record.steps) s
            WHERE strftime('%d', json_extract(s.value, '$.day') * 86400, 'unixepoch') <> '01'
            """)
        let steps = try Self.sqlite(nationalPath, "SELECT count(*) FROM case_record, json_each(case_record.steps)")
        #expect(stepDays == ["0"] && (Int(steps.first ?? "") ?? 0) > 300)
        // Nothing was lost but the days: the same cases, the same months.
        let byMonth = "SELECT identified_month, count(*) FROM case_record GROUP BY 1 ORDER BY 1"
        #expect(try Self.sqlite(nationalPath, byMonth) == Self.sqlite(county, byMonth))
    }
}
