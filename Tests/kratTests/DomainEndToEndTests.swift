import Foundation
import KRATTestSupport
import Testing

/// The built `krat` binary on its generated demo database.
@Suite struct DomainEndToEndTests {
    @Test func demoComparisonAndTrendWithAChart() throws {
        let year = TestDay.today.year - 1   // krat runs on the fixed test day
        let outcome = try KratProcess.run(["--demo", "--lang", "en", "-c", "stats compare \(year)-01-01..\(year)-09-30",
                                           "-c", "stats trend by=year"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("against the same period of the previous year"))
        #expect(outcome.standardOutput.contains("█"))
    }

    @Test func demoJSONIsOneArrayPerCommand() throws {
        let outcome = try KratProcess.run(["--demo", "--mode", "json", "-c", "stats compare 2025-Q3"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == ["status", "current", "previous", "change", "change_pct"] })
    }
}
