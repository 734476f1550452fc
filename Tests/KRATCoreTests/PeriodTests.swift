import Foundation
import Testing
@testable import KRATCore

@Suite("Period")
struct PeriodTests {
    private func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

    // MARK: - Parsing

    @Test("the written forms parse to their first and last days and kind", arguments: [
        ("2023", "2023-01-01", "2023-12-31", Period.Kind.year),
        ("2023-Q4", "2023-10-01", "2023-12-31", .quarter),
        ("2023-q4", "2023-10-01", "2023-12-31", .quarter),
        ("2023-Q1", "2023-01-01", "2023-03-31", .quarter),
        ("2024-Q1", "2024-01-01", "2024-03-31", .quarter),
        ("2023-10", "2023-10-01", "2023-10-31", .month),
        ("2024-02", "2024-02-01", "2024-02-29", .month),
        ("2023-02", "2023-02-01", "2023-02-28", .month),
        ("2023-10-05", "2023-10-05", "2023-10-05", .day),
        ("2023-01-01..2023-10-31", "2023-01-01", "2023-10-31", .range),
        ("2023-Q1..2023-Q2", "2023-01-01", "2023-06-30", .range),
        ("2022..2023", "2022-01-01", "2023-12-31", .range),
        ("2023-03..2023-10-18", "2023-03-01", "2023-10-18", .range),
        ("  2023-Q4  ", "2023-10-01", "2023-12-31", .quarter),
    ])
    func parses(text: String, start: String, end: String, kind: Period.Kind) throws {
        let period = try Period(parsing: text)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
        #expect(period.kind == kind)
    }

    @Test("refused texts name the field 'period' and say what to write", arguments: [
        "2023-Q5", "2023-Q0", "2023-Q", "2023-13", "2023-00", "2023-1", "2023-02-30",
        "2023-10-31..2023-01-01", "2024..2023",
        "", "garbage", "23", "2023-", "2023-10-05-01", "Q4-2023", "2023-01-01..", "..2023",
    ])
    func refuses(text: String) {
        do {
            let period = try Period(parsing: text)
            Issue.record("'\(text)' parsed as \(period)")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues.first?.field == "period")
            #expect(error.description.contains("write"), "message should say what to write: \(error.description)")
        }
    }

    @Test func impossibleDayMessageSaysTheFormat() {
        #expect(throws: ValidationError.self) { try Period(parsing: "2023-02-30") }
        do { _ = try Period(parsing: "2023-02-30") } catch {
            #expect(error.description.contains("YYYY-MM-DD"))
        }
        do { _ = try Period(parsing: "2023-Q5") } catch {
            #expect(error.description.contains("2023-Q4"))
        }
    }

    @Test func rangeFromDaysRefusesReversedEnds() throws {
        #expect(throws: ValidationError.self) {
            try Period(from: try day("2023-10-31"), through: try day("2023-01-01"))
        }
        let single = try Period(from: try day("2023-10-05"), through: try day("2023-10-05"))
        #expect(single.kind == .day)
        #expect(single == Period.day(try day("2023-10-05")))
    }

    // MARK: - Description

    @Test("description is the written form, and parses back to the same period", arguments: [
        "2023", "2023-Q4", "2024-Q1", "2023-10", "2024-02", "2023-10-05", "2024-02-29",
        "2023-01-01..2023-10-31", "2023-12-31..2024-01-01",
    ])
    func descriptionRoundTrip(text: String) throws {
        let period = try Period(parsing: text)
        #expect(period.description == text)
        #expect(try Period(parsing: period.description) == period)
    }

    @Test func constructedDescriptions() throws {
        #expect(Period.year(2023).description == "2023")
        #expect(Period.quarter(4, of: 2023).description == "2023-Q4")
        #expect(Period.month(3, of: 2024).description == "2024-03")
        #expect(Period.day(try day("2024-02-29")).description == "2024-02-29")
        #expect(Period.yearToDate(try day("2023-10-18")).description == "2023-01-01..2023-10-18")
        #expect(try Period(parsing: "2023-Q1..2023-Q2").description == "2023-01-01..2023-06-30")
    }

    // MARK: - Same period previous year

    @Test("same period in the previous year", arguments: [
        ("2023", "2022"),
        ("2024", "2023"),
        ("2023-Q4", "2022-Q4"),
        ("2024-Q1", "2023-Q1"),
        ("2023-10", "2022-10"),
        ("2024-02", "2023-02"),
        ("2024-02-29", "2023-02-28"),
        ("2023-10-18", "2022-10-18"),
        ("2024-01-01..2024-02-29", "2023-01-01..2023-02-28"),
        ("2025-01-01..2025-02-28", "2024-01-01..2024-02-29"),
        ("2023-01-01..2023-10-31", "2022-01-01..2022-10-31"),
        ("2024-02-29..2024-03-15", "2023-02-28..2023-03-15"),
        ("2024-02-01..2024-02-28", "2023-02-01..2023-02-28"),
    ])
    func previousYear(text: String, expected: String) throws {
        let period = try Period(parsing: text)
        #expect(period.samePeriodPreviousYear.description == expected)
    }

    @Test func previousYearKeepsKind() throws {
        #expect(Period.year(2023).samePeriodPreviousYear == .year(2022))
        #expect(Period.quarter(1, of: 2024).samePeriodPreviousYear == .quarter(1, of: 2023))
        #expect(Period.month(2, of: 2024).samePeriodPreviousYear.end.description == "2023-02-28")
        #expect(Period.month(2, of: 2025).samePeriodPreviousYear.end.description == "2024-02-29")
        #expect(Period.yearToDate(try day("2024-02-29")).samePeriodPreviousYear.description == "2023-01-01..2023-02-28")
        #expect(Period.year(2023).shifted(years: 2).description == "2025")
    }

    // MARK: - Edges and counts

    @Test("quarter edges", arguments: [
        (1, "01-01", "03-31"), (2, "04-01", "06-30"), (3, "07-01", "09-30"), (4, "10-01", "12-31"),
    ])
    func quarterEdges(quarter: Int, start: String, end: String) {
        let period = Period.quarter(quarter, of: 2023)
        #expect(period.start.description == "2023-" + start)
        #expect(period.end.description == "2023-" + end)
    }

    @Test("day counts", arguments: [
        ("2024", 366), ("2023", 365), ("2000", 366), ("1900", 365),
        ("2024-Q1", 91), ("2023-Q1", 90), ("2023-Q2", 91), ("2023-Q3", 92), ("2023-Q4", 92),
        ("2024-02", 29), ("2023-02", 28), ("2023-10", 31), ("2023-10-05", 1),
        ("2023-01-01..2023-01-31", 31), ("2023-12-31..2024-01-01", 2),
    ])
    func dayCounts(text: String, count: Int) throws {
        #expect(try Period(parsing: text).dayCount == count)
    }

    @Test func contains() throws {
        let q4 = Period.quarter(4, of: 2023)
        #expect(q4.contains(try day("2023-10-01")))
        #expect(q4.contains(try day("2023-12-31")))
        #expect(!q4.contains(try day("2023-09-30")))
        #expect(!q4.contains(try day("2024-01-01")))
    }

    @Test func yearToDate() throws {
        let ytd = Period.yearToDate(try day("2023-10-18"))
        #expect(ytd.start.description == "2023-01-01")
        #expect(ytd.end.description == "2023-10-18")
        #expect(ytd.dayCount == 291)
        let leap = Period.yearToDate(try day("2024-03-01"))
        #expect(leap.dayCount == 61)
    }

    // MARK: - Splitting

    @Test func splitYearIntoQuartersAndMonths() throws {
        #expect(Period.year(2023).split(by: .quarter).map(\.description) ==
                ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"])
        #expect(Period.year(2024).split(by: .month).map(\.description) ==
                ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
                 "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"])
        #expect(Period.year(2024).split(by: .year).map(\.description) == ["2024"])
        #expect(Period.quarter(4, of: 2023).split(by: .month).map(\.kind) == [.month, .month, .month])
    }

    @Test func splitRangeWithPartialEdges() throws {
        let range = try Period(parsing: "2023-02-15..2023-11-10")
        #expect(range.split(by: .quarter).map(\.description) ==
                ["2023-02-15..2023-03-31", "2023-Q2", "2023-Q3", "2023-10-01..2023-11-10"])
        #expect(range.split(by: .month).map(\.description) ==
                ["2023-02-15..2023-02-28", "2023-03", "2023-04", "2023-05", "2023-06",
                 "2023-07", "2023-08", "2023-09", "2023-10", "2023-11-01..2023-11-10"])
        #expect(range.split(by: .year).map(\.description) == ["2023-02-15..2023-11-10"])

        let acrossYears = try Period(parsing: "2022-12-01..2024-01-31")
        #expect(acrossYears.split(by: .year).map(\.description) ==
                ["2022-12-01..2022-12-31", "2023", "2024-01-01..2024-01-31"])
    }

    @Test("split pieces cover the period exactly, without gaps or overlaps")
    func splitCoversExactly() throws {
        let range = try Period(parsing: "2022-11-20..2024-02-29")
        for unit in TrendUnit.allCases {
            let pieces = range.split(by: unit)
            #expect(pieces.first?.start.description == "2022-11-20")
            #expect(pieces.last?.end.description == "2024-02-29")
            #expect(pieces.map(\.dayCount).reduce(0, +) == 467)
            for (a, b) in zip(pieces, pieces.dropFirst()) {
                #expect(a.end.adding(days: 1) == b.start)
            }
        }
    }

    @Test("a one-day partial edge is written as a day and reads back the same")
    func oneDayEdge() throws {
        let range = try Period(parsing: "2023-03-31..2023-04-30")
        let pieces = range.split(by: .month)
        #expect(pieces.map(\.description) == ["2023-03-31", "2023-04"])
        for piece in pieces {
            #expect(try Period(parsing: piece.description) == piece)
        }
        let newYearsDay = Period.yearToDate(try day("2024-01-01"))
        #expect(try Period(parsing: newYearsDay.description) == newYearsDay)
    }

    // MARK: - Codable

    @Test func encodesAsWrittenForm() throws {
        let data = try JSONEncoder().encode([Period.quarter(4, of: 2023), .year(2023),
                                             try Period(parsing: "2023-01-01..2023-10-31")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2023-Q4","2023","2023-01-01..2023-10-31"]"#)
        let back = try JSONDecoder().decode([Period].self, from: data)
        #expect(back == [Period.quarter(4, of: 2023), .year(2023), try Period(parsing: "2023-01-01..2023-10-31")])
    }

    @Test func decodingGarbageFails() {
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode([Period].self, from: Data(#"["2023-Q5"]"#.utf8))
        }
    }
}
