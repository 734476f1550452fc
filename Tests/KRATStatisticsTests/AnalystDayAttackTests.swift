import Foundation
import KRATCore
import KRATSampleData
import KRATStatistics
@testable import KRATStorage
import KRATTestSupport
import Testing

/// A privacy officer's attack on an analyst's statistics, written apart from the code it
/// attacks: for sampled cases, try to find the day each was identified with the questions an
/// analyst may ask (every day of its month as a period, every range from the month's first day
/// to each day, the same through comparisons, trends, flows and open-case counts, with the
/// case's own profile as filters). A question that is answered and differs between two
/// consecutive days would tell the day; every one must be refused or tell nothing.
@Suite struct AnalystDayAttackTests {
    static let today = Day(year: 2025, month: 10, day: 21)!

    @Test func noIdentificationDayFinerThanAMonthCanBeRecovered() throws {
        let folder = TemporaryDirectory("krat-day-attack")
        let path = folder.path("shijak.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(.durres), clock: .fixed(Self.today))
        let cases = Array(CaseGenerator(counties: [.durres], years: 2015...2025, count: 1_500, seed: 21, asOf: Self.today,
                                        withPersonalData: false))
        try writer.importCases(cases, asOf: Self.today)
        let analyst = try KRATDatabase.open(at: path, role: .analyst, clock: .fixed(Self.today))
        let statistics = CaseStatistics(analyst)
        var recovered = 0, answered = 0
        for record in cases.filter({ $0.identifiedOn.year < 2025 }).prefix(12) {
            var filter = CaseFilter()
            filter.statuses = [record.status]
            filter.sexes = [record.sex]
            if let municipality = record.municipality { filter.municipalities = [municipality.code] }
            let month = Period.month(record.identifiedOn.month, of: record.identifiedOn.year)
            var previous: Int?
            for offset in 0..<month.start.distance(to: month.end) + 1 {
                let day = month.start.adding(days: offset)
                guard let single = try? Period(from: day, through: day),
                      let upTo = try? Period(from: month.start, through: day) else { continue }
                // Each way an analyst might ask for a day's cases; a refusal answers nothing.
                let asked: [() throws -> Int] = [
                    { try analyst.countCases(in: single, filter: filter).total },
                    { try analyst.countCases(in: upTo, filter: filter).total },
                    { try Self.total(statistics.breakdown(by: [.sex], period: single, filter: filter)) },
                    { try Self.total(statistics.compare(period: upTo, filter: filter)) },
                    { try analyst.caseFlow(in: upTo, filter: filter).identified },
                ]
                var answer: Int?
                for question in asked {
                    if let value = try? question() { answer = value; answered += 1 }
                }
                if let answer, let previous, answer != previous { recovered += 1 }
                if answer != nil { previous = answer }
            }
            // Whole months are still answered: the month's count equals what the cases say.
            let expected = cases.filter { month.contains($0.identifiedOn) && $0.status == record.status && $0.sex == record.sex
                && (record.municipality == nil || $0.municipality == record.municipality) }.count
            #expect(try analyst.countCases(in: month, filter: filter).total == expected)
        }
        #expect(recovered == 0, "days recovered: \(recovered)")
        // Only end-of-month ranges are answered (a month whose last day is asked as a range).
        #expect(answered <= 12 * 3)
    }

    @Test func theOrderOfAListingCarriesNoDay() throws {
        let cases = Array(CaseGenerator(counties: [.durres], years: 2024...2024, count: 600, seed: 5, asOf: Self.today,
                                        withPersonalData: false))
        let folder = TemporaryDirectory("krat-order-attack")
        let path = folder.path("durres.sqlite")
        try KRATDatabase.create(at: path, scope: .county(.durres), clock: .fixed(Self.today)).importCases(cases, asOf: Self.today)
        let analyst = try KRATDatabase.open(at: path, role: .analyst, clock: .fixed(Self.today))
        let days = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0.identifiedOn) })
        var agreeing = 0, pairs = 0
        for order in [CaseQuery.Order.newestFirst, .oldestFirst] {
            var listed: [String] = []
            try analyst.forEachCase(CaseQuery(period: .year(2024), order: order, limit: 10_000)) { listed.append($0.id) }
            #expect(listed.count == 600)
            for (first, second) in zip(listed, listed.dropFirst()) {
                guard let a = days[first], let b = days[second], a.monthIndex == b.monthIndex, a != b else { continue }
                pairs += 1
                if (order == .newestFirst) == (a > b) { agreeing += 1 }
            }
        }
        // In true-day order, every pair would agree; an order that carries nothing agrees about half the time.
        let share = Double(agreeing) / Double(max(pairs, 1))
        #expect(pairs > 400)
        #expect(share > 0.3 && share < 0.7, "\(agreeing) of \(pairs) neighbours in the order of their days")
    }

    /// The total of a table's rows whose first column is `total`, or the sum of its counts.
    static func total(_ table: ResultTable) -> Int {
        table.rows.compactMap { row -> Int? in
            guard case .coded(let code, _) = row.first, code == "total" else { return nil }
            if case .integer(let n) = row.last { return n }
            return nil
        }.first ?? 0
    }
}
