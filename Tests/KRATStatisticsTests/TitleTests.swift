import Testing
import KRATCore
import KRATStatistics

/// Table titles read as sentences: Albanian puts what follows *sipas* in the definite genitive.
@Suite struct TitleTests {
    static let records = [Fixtures.record("A", "2024-03-01"), Fixtures.record("B", "2024-05-01", status: .victim)]

    @Test func trendTitlesInBothLanguages() throws {
        let statistics = CaseStatistics(try Fixtures.database(Self.records))
        let byYear = try statistics.trend(unit: .year, asOf: Fixtures.day("2024-12-31"))
        #expect(byYear.title == Label(sq: "Rastet sipas vitit", en: "Cases by year"))
        let byMonth = try statistics.trend(unit: .month, split: .identifiedBy, period: .year(2024),
                                           asOf: Fixtures.day("2024-12-31"))
        #expect(byMonth.title == Label(sq: "Rastet sipas muajit dhe institucionit që i identifikoi",
                                       en: "Cases by month and identifying institution"))
    }

    @Test func breakdownTitlesInBothLanguages() throws {
        let statistics = CaseStatistics(try Fixtures.database(Self.records))
        let bySexAndAge = try statistics.breakdown(by: [.sex, .ageBand], period: .year(2024))
        #expect(bySexAndAge.title == Label(sq: "Rastet sipas gjinisë dhe grupmoshës (2024)",
                                           en: "Cases by sex and age band (2024)"))
        let byStatus = try statistics.breakdown(by: [.status, .municipality], period: .year(2024))
        #expect(byStatus.title == Label(sq: "Rastet sipas statusit dhe bashkisë (2024)",
                                        en: "Cases by status and municipality (2024)"))
    }
}
