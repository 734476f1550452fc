import KRATTestSupport
import Testing
import GRDB
import KRATCore
import KRATStatistics
@testable import KRATStorage

@Suite struct CompareTests {
    /// Exactly 2 VMT so far this year (to 15 June 2024) and 6 in the same dates of 2023.
    static let records: [CaseRecord] = [
        Fixtures.record("A1", "2024-02-10"), Fixtures.record("A2", "2024-06-15"),
        Fixtures.record("A3", "2024-06-16"),                        // after the period
        Fixtures.record("A4", "2024-03-01", status: .victim),
        Fixtures.record("A5", "2024-05-05", changedTo: .notVictim, changedOn: "2024-05-20"),
        Fixtures.record("B1", "2023-01-01"), Fixtures.record("B2", "2023-01-20"), Fixtures.record("B3", "2023-02-14"),
        Fixtures.record("B4", "2023-03-03"), Fixtures.record("B5", "2023-04-30"), Fixtures.record("B6", "2023-06-15"),
        Fixtures.record("B7", "2023-06-16"),                        // after the same period
        Fixtures.record("B8", "2023-05-01", status: .victim),
        Fixtures.record("B9", "2023-12-31", status: .victim),
        Fixtures.record("C1", "2022-06-01"),
    ]
    static let period = Period.yearToDate(Fixtures.day("2024-06-15"))

    @Test func theHeadlineFigure() throws {
        let database = try Fixtures.database(Self.records)
        let table = try CaseStatistics(database).compare(period: Self.period)
        #expect(table.columns.map(\.key) == ["status", "current", "previous", "change", "change_pct"])
        #expect(table.rows.count == 4)
        #expect(table.row(where: "status", is: "VMT") == [.coded(CaseStatus.potentialVictim), .integer(2), .integer(6),
                                                         .integer(-4), .decimal(-66.7)])
        #expect(table.row(where: "status", is: "VT") == [.coded(CaseStatus.victim), .integer(1), .integer(1),
                                                        .integer(0), .decimal(0)])
        // 1 against 0: "new", never a number or an empty cell.
        #expect(table.value("change_pct", at: ["not_victim"]) == .coded(code: "new", label: Label(sq: "i ri", en: "new")))
        #expect(table.value("current", at: ["not_victim"]) == .integer(1))
        #expect(table.row(where: "status", is: "total")?.dropFirst() == [.integer(4), .integer(7), .integer(-3), .decimal(-42.9)])
        #expect(table.title.en.contains("2024-01-01..2024-06-15") && table.title.en.contains("2023-01-01..2023-06-15"))
        #expect(table.notes.map(\.en) == ["\"new\": the earlier period had no case, so a change in percent is not defined."])
        #expect(table.notes.first?.sq.contains("i ri") == true)
    }

    @Test func aChangeFromZeroIsNewAndZeroAgainstZeroIsNoCases() {
        #expect(CaseStatistics.changePercentCell(current: 4, previous: 0) == CaseStatistics.newCell)
        #expect(CaseStatistics.changePercentCell(current: 0, previous: 0) == CaseStatistics.noCasesCell)
        #expect(CaseStatistics.changePercentCell(current: 0, previous: 4) == .decimal(-100))
        #expect(CaseStatistics.changePercentCell(current: 3, previous: 2) == .decimal(50))
        #expect(CaseStatistics.newCell.code == "new" && CaseStatistics.noCasesCell.code == "no_cases")
    }

    @Test func aPeriodThatStartsAfterTheDataDayIsRefused() throws {
        let database = try Fixtures.database(Self.records)
        let statistics = CaseStatistics(database, today: Fixtures.day("2024-06-15"))
        do {
            _ = try statistics.compare(period: .year(2025))
            Issue.record("2025 compared on 2024-06-15")
        } catch {
            guard case .invalid(_, let issues) = error else { Issue.record("\(error)"); return }
            #expect(issues.map(\.field) == ["period"])
            #expect(issues.first?.message.contains("starts after 2024-06-15") == true)
        }
        // A period starting on the data day itself is still counted.
        #expect(try statistics.compare(period: Period(from: Fixtures.day("2024-06-15"), through: Fixtures.day("2024-06-15"))).rows.count == 4)
    }

    @Test func aPeriodRunningPastTheDataDayIsMarkedPartial() throws {
        let database = try Fixtures.database(Self.records)
        let statistics = CaseStatistics(database, today: Fixtures.day("2024-06-15"))
        let table = try statistics.compare(period: .year(2024))
        #expect(table.title.en == "2024 (partial, to 2024-06-15) against the same period of the previous year (2023)")
        #expect(table.title.sq.hasPrefix("2024 (e pjesshme, deri më 2024-06-15)"))
        #expect(table.notes.contains { $0.en.hasPrefix("(partial): the period is not over; its cases are counted up to 2024-06-15") })
        // 2024: VMT A1, A2, A3; VT A4; not_victim A5 (5). 2023: VMT B1–B7; VT B8, B9 (9).
        #expect(table.row(where: "status", is: "total")?.dropFirst() == [.integer(5), .integer(9), .integer(-4), .decimal(-44.4)])
        // A whole year that has ended is not partial.
        let ended = try CaseStatistics(database, today: Fixtures.day("2025-01-02")).compare(period: .year(2024))
        #expect(ended.title.en == "2024 against the same period of the previous year (2023)")
        #expect(!ended.notes.contains { $0.en.contains("partial") })
    }

    @Test func agreesWithPlainSQL() throws {
        let database = try Fixtures.database(Self.records)
        let table = try CaseStatistics(database).compare(period: Self.period)
        for (column, period) in [("current", Self.period), ("previous", Self.period.samePeriodPreviousYear)] {
            let expected = try Fixtures.sql(database) { db in
                try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM case_record WHERE identified_on BETWEEN ? AND ? GROUP BY status",
                                 arguments: [Int(period.start.ordinal), Int(period.end.ordinal)])
                    .map { ($0["status"] as String, $0["n"] as Int) }
            }
            for (status, n) in expected { #expect(table.value(column, at: [status]) == .integer(n)) }
        }
    }

    @Test func publicRoleComparesWholeYearsAndSuppressesSmallCountsAndTheirComplements() throws {
        let directory = TemporaryDirectory()
        let database = try Fixtures.database(Self.records, role: .public, in: directory, threshold: 3)
        let statistics = CaseStatistics(database, today: Fixtures.day("2025-01-02"))
        // A part of a year is not published: nested periods would single out one day's cases.
        #expect(throws: StorageError.self) { try statistics.compare(period: Self.period) }
        let table = try statistics.compare(period: .year(2024))
        // 2024: VMT 3 (A1, A2, A3), VT 1, not_victim 1 (total 5): the two 1s are below 3.
        // 2023: VMT 7 (B1–B7), VT 2, not_victim 0 (total 9): the 2 is below 3 and the 7 goes
        // with it, else 9 - 0 - 7 gives it back.
        #expect(table.row(where: "status", is: "VMT")?.dropFirst() == [.integer(3), .suppressed, .suppressed, .suppressed])
        #expect(table.row(where: "status", is: "VT")?.dropFirst() == [.suppressed, .suppressed, .suppressed, .suppressed])
        #expect(table.row(where: "status", is: "not_victim")?.dropFirst() == [.suppressed, .integer(0), .suppressed, .suppressed])
        #expect(table.row(where: "status", is: "total")?.dropFirst() == [.integer(5), .integer(9), .integer(-4), .decimal(-44.4)])
        #expect(table.notes.contains { $0.en.contains("under 3") })
    }
}
