import Foundation
import Testing
@testable import KRATCore

@Suite("Day")
struct DayTests {
    // MARK: - Parsing

    @Test("valid ISO days parse to their components", arguments: [
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("1970-01-01", 1970, 1, 1),
        ("1999-12-31", 1999, 12, 31),
        ("2023-10-18", 2023, 10, 18),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func parsesValidDays(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(Day(iso: text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.dayOfMonth == day)
        #expect(parsed.description == text)
    }

    @Test("impossible and malformed days are refused", arguments: [
        "2023-02-29",   // 2023 is not a leap year
        "1900-02-29",   // divisible by 100, not by 400
        "2023-02-30",
        "2023-04-31",
        "2023-13-01",
        "2023-00-10",
        "2023-10-00",
        "0000-01-01",
        "2023-1-5",
        "2023/10/05",
        "20231005",
        "2023-10-05 ",
        " 2023-10-05",
        "2023-10-5x",
        "2023-1a-05",
        "23-10-05",
        "",
        "yesterday",
        "2023-10-05T00:00",
    ])
    func refusesInvalidDays(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapYearRule() {
        #expect(Day.isLeap(2024))
        #expect(Day.isLeap(2000))
        #expect(!Day.isLeap(1900))
        #expect(!Day.isLeap(2100))
        #expect(!Day.isLeap(2023))
        #expect(Day.daysIn(month: 2, year: 2024) == 29)
        #expect(Day.daysIn(month: 2, year: 2023) == 28)
        #expect(Day.daysIn(month: 4, year: 2023) == 30)
        #expect(Day.daysIn(month: 12, year: 2023) == 31)
    }

    @Test("components initialiser refuses days that do not exist", arguments: [
        (2023, 2, 29), (1900, 2, 29), (2023, 13, 1), (2023, 0, 1), (2023, 6, 31), (0, 1, 1), (10000, 1, 1),
    ])
    func componentsRefused(year: Int, month: Int, day: Int) {
        #expect(Day(year: year, month: month, day: day) == nil)
    }

    // MARK: - Ordinals

    @Test("known ordinals", arguments: [
        ("1970-01-01", Int32(0)),
        ("1970-01-02", Int32(1)),
        ("1969-12-31", Int32(-1)),
        ("2000-01-01", Int32(10_957)),
        ("2000-03-01", Int32(11_017)),
        ("1900-01-01", Int32(-25_567)),
        ("2100-12-31", Int32(47_846)),
    ])
    func knownOrdinals(text: String, ordinal: Int32) throws {
        let day = try #require(Day(iso: text))
        #expect(day.ordinal == ordinal)
        #expect(Day(ordinal: ordinal).description == text)
    }

    @Test("every day from 1900 to 2100 round-trips through its ordinal and follows the previous one")
    func ordinalRoundTripOverTwoCenturies() throws {
        var previous: Int32? = nil
        var count = 0
        for year in 1900...2100 {
            for month in 1...12 {
                for dayOfMonth in 1...Day.daysIn(month: month, year: year) {
                    let day = try #require(Day(year: year, month: month, day: dayOfMonth))
                    let back = Day(ordinal: day.ordinal).components
                    if back.year != year || back.month != month || back.day != dayOfMonth {
                        Issue.record("\(year)-\(month)-\(dayOfMonth) came back as \(back)")
                    }
                    if let previous, day.ordinal != previous + 1 {
                        Issue.record("\(year)-\(month)-\(dayOfMonth) does not follow the previous day")
                    }
                    previous = day.ordinal
                    count += 1
                }
            }
        }
        // 201 years, of which 49 leap years (1904...2096 every 4, without 1900 and 2100; 2000 is one).
        #expect(count == 201 * 365 + 49)
    }

    // MARK: - Arithmetic

    @Test("adding days across month and year ends", arguments: [
        ("2023-01-31", 1, "2023-02-01"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2024-02-28", 1, "2024-02-29"),
        ("2024-02-29", 1, "2024-03-01"),
        ("2023-12-31", 1, "2024-01-01"),
        ("2024-01-01", -1, "2023-12-31"),
        ("2023-03-01", -1, "2023-02-28"),
        ("2024-03-01", -1, "2024-02-29"),
        ("2023-01-01", 365, "2024-01-01"),
        ("2024-01-01", 366, "2025-01-01"),
        ("2023-10-18", 0, "2023-10-18"),
        ("1999-12-31", 1, "2000-01-01"),
        ("1970-01-01", -1, "1969-12-31"),
    ])
    func addingDays(start: String, days: Int, expected: String) throws {
        let day = try #require(Day(iso: start))
        #expect(day.adding(days: days).description == expected)
        #expect(day.advanced(by: days).description == expected)
        #expect(day.distance(to: day.adding(days: days)) == days)
    }

    @Test("adding years keeps the day of the month; 29 February becomes 28 February in a common year", arguments: [
        ("2024-02-29", 1, "2025-02-28"),
        ("2024-02-29", -1, "2023-02-28"),
        ("2024-02-29", 4, "2028-02-29"),
        ("2024-02-29", -4, "2020-02-29"),
        ("2000-02-29", 100, "2100-02-28"),
        ("2023-02-28", 1, "2024-02-28"),
        ("2023-10-18", 1, "2024-10-18"),
        ("2023-12-31", -1, "2022-12-31"),
    ])
    func addingYears(start: String, years: Int, expected: String) throws {
        let day = try #require(Day(iso: start))
        #expect(day.adding(years: years).description == expected)
    }

    @Test("age in whole years around a birthday", arguments: [
        ("2008-03-01", "2026-02-28", 17),
        ("2008-03-01", "2026-03-01", 18),
        ("2008-03-01", "2026-03-02", 18),
        ("2008-10-18", "2023-10-17", 14),
        ("2008-10-18", "2023-10-18", 15),
        ("2008-12-31", "2009-01-01", 0),
        ("2008-12-31", "2009-12-31", 1),
        ("2010-05-05", "2010-05-05", 0),
        ("2008-02-29", "2024-02-28", 15),
        ("2008-02-29", "2024-02-29", 16),
        ("2008-02-29", "2026-03-01", 18),
        ("1950-06-15", "2023-06-14", 72),
    ])
    func ages(birth: String, on: String, expected: Int) throws {
        let b = try #require(Day(iso: birth))
        let d = try #require(Day(iso: on))
        #expect(b.years(until: d) == expected)
    }

    @Test("start and end of month", arguments: [
        ("2024-02-10", "2024-02-01", "2024-02-29"),
        ("2023-02-28", "2023-02-01", "2023-02-28"),
        ("1900-02-14", "1900-02-01", "1900-02-28"),
        ("2023-04-30", "2023-04-01", "2023-04-30"),
        ("2023-12-01", "2023-12-01", "2023-12-31"),
        ("2023-01-15", "2023-01-01", "2023-01-31"),
    ])
    func monthEdges(text: String, start: String, end: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.startOfMonth.description == start)
        #expect(day.endOfMonth.description == end)
    }

    @Test func quarterAndMonthIndex() throws {
        let march31 = try #require(Day(iso: "2023-03-31"))
        let april1 = try #require(Day(iso: "2023-04-01"))
        let october1 = try #require(Day(iso: "2023-10-01"))
        #expect(march31.quarter == 1)
        #expect(april1.quarter == 2)
        #expect(october1.quarter == 4)
        #expect(october1.monthIndex == 2023 * 12 + 9)
        #expect(Day.firstOfMonth(index: 2023 * 12 + 9).description == "2023-10-01")
        #expect(Day.firstOfMonth(index: 2024 * 12 + 1).description == "2024-02-01")
    }

    @Test func ordering() throws {
        let a = try #require(Day(iso: "2023-12-31"))
        let b = try #require(Day(iso: "2024-01-01"))
        #expect(a < b)
        #expect(!(b < a))
        #expect(a == Day(year: 2023, month: 12, day: 31))
        #expect(Array(a...a.adding(days: 2)).map(\.description) == ["2023-12-31", "2024-01-01", "2024-01-02"])
    }

    // MARK: - Today

    @Test("an instant's day is taken in the time zone given (Albania's for the clock)")
    func todayInTirane() throws {
        let tirane = try #require(TimeZone(identifier: "Europe/Tirane"))
        // 2023-06-30 23:30 UTC is already 1 July 01:30 in Tirana (summer time, UTC+2).
        let lateJune = Date(timeIntervalSince1970: 1_688_167_800)
        #expect(Day(lateJune, in: tirane).description == "2023-07-01")
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(Day(lateJune, in: utc).description == "2023-06-30")
        // 1970-01-01 00:00 UTC.
        #expect(Day(Date(timeIntervalSince1970: 0), in: utc).description == "1970-01-01")
    }

    @Test("a fixed clock reads its day, whatever the date")
    func fixedClock() throws {
        let day = try #require(Day(iso: "2019-02-13"))
        #expect(DayClock.fixed(day).today == day)
        let counter = DayClock { Day(ordinal: 100) }
        #expect(counter.today == Day(ordinal: 100))
    }

    // MARK: - Codable

    @Test func encodesAsISOString() throws {
        let day = try #require(Day(iso: "2024-02-29"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        let back = try JSONDecoder().decode([Day].self, from: data)
        #expect(back == [day])
    }

    @Test("decoding an impossible or malformed day fails", arguments: [
        #"["2023-02-29"]"#, #"["2023-2-1"]"#, #"[19000]"#, #"["garbage"]"#,
    ])
    func decodingInvalid(json: String) {
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode([Day].self, from: Data(json.utf8))
        }
    }
}
