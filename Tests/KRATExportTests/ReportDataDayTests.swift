import Foundation
import KRATCore
import KRATExport
@testable import KRATStorage
import Testing

/// The annual report shows nothing after its last data day, although the database holds later cases.
@Suite("Report data day")
struct ReportDataDayTests {
    /// Cases by hand: 2 in 2023, 3 in 2024, 4 in 2025, 1 in 2026.
    static let days = ["2023-03-01", "2023-09-10", "2024-01-05", "2024-06-30", "2024-12-31",
                       "2025-01-01", "2025-02-11", "2025-07-07", "2025-11-30", "2026-02-02"]

    static func database() throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        for (index, text) in days.enumerated() {
            guard let day = Day(iso: text) else { throw ValidationError(field: "day", message: text) }
            let record = CaseRecord(id: "C\(index)", county: .kukes, municipality: nil, status: .potentialVictim,
                                    identifiedOn: day, identifiedBy: .statePolice, sex: .female,
                                    citizenship: .albania, exploitation: [.begging], ageAtIdentification: 16)
            _ = try database.insert(record, asOf: Day(year: 2026, month: 6, day: 30) ?? day)
        }
        return database
    }

    /// The chart's text elements: `<text …>LABEL</text>`.
    static func texts(_ markup: String) -> [String] {
        markup.components(separatedBy: "</text>").dropLast().compactMap { $0.components(separatedBy: ">").last }
    }

    @Test func casesByYearStopsAtTheReportsLastDay() throws {
        let database = try Self.database()
        let asOf = try #require(Day(iso: "2025-06-30"))
        let report = AnnualReport(database: database, year: 2024, language: .en, asOf: asOf,
                                  preparedOn: try #require(Day(iso: "2024-12-31")))
        let cases = try #require(try report.sections().first { $0.id == "cases" })
        let labels = Self.texts(cases.body)
        #expect(labels.contains("2023") && labels.contains("2024"))
        #expect(!labels.contains("2025") && !labels.contains("2026"))
        #expect(!cases.body.contains("2025") && !cases.body.contains("2026"))
        // The whole report: no day or year after 31 December 2024.
        #expect(!(try report.html()).contains("2025"))
    }

    @Test func aPartialYearIsMarkedAndNothingAfterItsDayIsCounted() throws {
        let database = try Self.database()
        let report = AnnualReport(database: database, year: 2025, language: .en,
                                  asOf: try #require(Day(iso: "2025-07-07")),
                                  preparedOn: try #require(Day(iso: "2025-07-08")))
        let cases = try #require(try report.sections().first { $0.id == "cases" })
        let labels = Self.texts(cases.body)
        #expect(labels.contains("2025 (partial)"))
        #expect(!labels.contains("2026"))
        // Each bar's value is written just before its label; 2025 up to 7 July: 1 January, 11 February, 7 July.
        let bar = try #require(labels.firstIndex(of: "2025 (partial)"))
        #expect(labels[bar - 1] == "3")
    }
}
