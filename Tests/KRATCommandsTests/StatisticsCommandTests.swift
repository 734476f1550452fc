import Foundation
import KRATCore
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// `stats compare|trend|breakdown|flow` over the fixture, each number checked against a
/// plain count of the matching cases.
@Suite struct StatisticsCommandTests {
    let year = DomainFixture.today.year - 1

    @Test func compareByStatusEqualsPlainCounts() throws {
        let (shell, database) = try DomainFixture.shell()
        let period = Period.quarter(3, of: year)
        let rows = try DomainFixture.rows(shell, "stats compare \(period)")
        #expect(rows.allSatisfy { Set($0.keys) == ["status", "current", "previous", "change", "change_pct"] })
        #expect(rows.last?.string("status") == "total")
        for row in rows {
            let code = try #require(row.string("status"))
            let filters = code == "total" ? [:] : ["status": code]
            let current = try DomainFixture.count(database, period, filters)
            let previous = try DomainFixture.count(database, period.samePeriodPreviousYear, filters)
            #expect(row.int("current") == current, "\(code)")
            #expect(row.int("previous") == previous, "\(code)")
            #expect(row.int("change") == current - previous, "\(code)")
            if previous == 0 { #expect(row["change_pct"] is NSNull) }
        }
        let table = DomainFixture.output(shell, "stats compare \(period)")
        #expect(table.contains("against the same period of the previous year"))
    }

    @Test func compareByDimensionWithFiltersAndDefaultPeriod() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "stats compare \(year) by=sex status=VT")
        #expect(rows.allSatisfy { Set($0.keys) == ["sex", "current", "previous", "change", "change_pct"] })
        for row in rows where row.string("sex") != "total" {
            let sex = try #require(row.string("sex"))
            #expect(row.int("current") == (try DomainFixture.count(database, .year(year), ["status": "VT", "sex": sex])))
        }
        let total = try #require(rows.last)
        #expect(total.int("current") == (try DomainFixture.count(database, .year(year), ["status": "VT"])))

        let toDate = try DomainFixture.rows(shell, "stats compare")
        #expect(toDate.last?.int("current") == (try DomainFixture.count(database, .yearToDate(DomainFixture.today))))
        let keyed = try DomainFixture.rows(shell, "stats compare period=\(year)-03")
        #expect(keyed.last?.int("current") == (try DomainFixture.count(database, .month(3, of: year))))
    }

    @Test func trendByYearSumsToAllCasesAndDrawsAChart() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "stats trend by=year")
        #expect(rows.allSatisfy { Set($0.keys) == ["period", "count"] })
        #expect(rows.map { $0.string("period") } == DomainFixture.years.map { String($0) })
        #expect(rows.compactMap { $0.int("count") }.reduce(0, +) == (try DomainFixture.count(database)))
        for row in rows {
            let period = try Period(parsing: try #require(row.string("period")))
            #expect(row.int("count") == (try DomainFixture.count(database, period)))
        }
        let table = DomainFixture.output(shell, "stats trend by=year")
        #expect(table.contains("█"))
        #expect(table.contains("│"))
    }

    @Test func trendByQuarterSplitBySex() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "stats trend by=quarter split=sex period=\(year) status=VMT")
        #expect(rows.allSatisfy { Set($0.keys) == ["period", "sex", "count"] })
        let totals = rows.filter { $0.string("sex") == "total" }
        #expect(totals.count == 4)
        #expect(totals.compactMap { $0.int("count") }.reduce(0, +)
                == (try DomainFixture.count(database, .year(year), ["status": "VMT"])))
        for row in rows where row.string("sex") != "total" {
            let quarter = try Period(parsing: try #require(row.string("period")))
            let sex = try #require(row.string("sex"))
            #expect(row.int("count") == (try DomainFixture.count(database, quarter, ["status": "VMT", "sex": sex])))
        }
        // The chart shows one bar per quarter: the period totals.
        let table = DomainFixture.output(shell, "stats trend by=quarter split=sex period=\(year)")
        let bars = table.split(separator: "\n").filter { $0.contains("│") && $0.hasPrefix("\(year)-Q") }
        #expect(bars.count == 4)
    }

    @Test func breakdownEqualsCountsPerFilter() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "stats breakdown by=age_band period=\(year)")
        #expect(rows.allSatisfy { Set($0.keys) == ["age_band", "count"] })
        let total = try DomainFixture.count(database, .year(year))
        var known = 0
        for row in rows {
            let band = try #require(row.string("age_band"))
            guard band != "total", band != "" else { continue }
            let expected = try DomainFixture.count(database, .year(year), ["age_band": band])
            #expect(row.int("count") == expected, "\(band)")
            known += expected
        }
        #expect(rows.last?.string("age_band") == "total" && rows.last?.int("count") == total)
        // The unknown band ("" in JSON) holds the rest.
        #expect((rows.first { $0.string("age_band") == "" }?.int("count") ?? 0) == total - known)
        let crossed = try DomainFixture.rows(shell, "stats breakdown by=sex,status")
        #expect(crossed.allSatisfy { Set($0.keys) == ["sex", "status", "count"] })
        for row in crossed {
            let sex = try #require(row.string("sex")), status = try #require(row.string("status"))
            var filters: [String: String] = [:]
            if sex != "total" { filters["sex"] = sex }
            if status != "total" { filters["status"] = status }
            #expect(row.int("count") == (try DomainFixture.count(database, nil, filters)), "\(sex) \(status)")
        }
        #expect(DomainFixture.output(shell, "stats breakdown by=exploitation").contains("count"))
    }

    @Test func flowCountsTheCasesOfThePeriod() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "stats flow \(year) status=VT")
        #expect(rows.allSatisfy { Set($0.keys) == ["measure", "value"] })
        let identified = try #require(rows.first { $0.string("measure") == "identified" })
        #expect(identified.int("value") == (try DomainFixture.count(database, .year(year), ["status": "VT"])))
        #expect(!DomainFixture.output(shell, "stats flow").isEmpty)
    }

    @Test func thePublicRoleGetsSuppressedTablesOfEndedYearsOnly() throws {
        let (shell, _) = try DomainFixture.shell(role: .public)
        let ended = year - 1
        let rows = try DomainFixture.rows(shell, "stats breakdown by=citizenship period=\(ended)")
        #expect(rows.contains { $0["count"] is NSNull })
        let table = DomainFixture.output(shell, "stats compare \(ended) by=municipality")
        #expect(table.contains("hidden") && table.contains("[c]"))
        for refused in ["stats breakdown by=municipality,sex period=\(ended)", "stats compare \(ended)-03",
                        "stats breakdown by=sex period=\(ended) status=VT", "stats flow", "stats trend by=month"] {
            #expect(DomainFixture.error(shell, refused).contains("The public sees fixed publication tables"), "\(refused)")
        }
        #expect(DomainFixture.output(shell, ".tables").contains("stats breakdown by=DIM period=YEAR"))
        let refusal = DomainFixture.error(shell, "backup \(NSTemporaryDirectory())/never-\(UUID().uuidString).sqlite")
        #expect(refusal.contains("backing up the database") && refusal.contains("not permitted to the public role"))
    }
}
