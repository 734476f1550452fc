import Foundation
import KRATCore
import KRATSampleData
@testable import KRATStorage
import Testing

/// Everything the organisational stores hold, read through the public API.
struct OrganisationSnapshot: Equatable {
    var institutions: [Institution] = []
    var committees: [Committee] = []
    var memberships: [Membership] = []
    var meetings: [Meeting] = []
    var strategies: [Strategy] = []
    var plans: [ActionPlanDetail] = []
    var measurements: [IndicatorMeasurement] = []
    var awareness: [AwarenessActivity] = []

    init(_ db: KRATDatabase, years: ClosedRange<Int>) throws {
        let all = try Period(from: Period.year(years.lowerBound).start, through: Period.year(years.upperBound).end)
        institutions = try db.institutions()
        committees = try db.committees()
        memberships = try committees.flatMap { try db.memberships(committeeID: $0.id!) }
        meetings = try db.meetings(in: all)
        strategies = try db.strategies()
        plans = try years.compactMap { try db.actionPlan(year: $0) }
        measurements = try plans.flatMap(\.indicators).flatMap { try db.measurements(indicatorID: $0.id!) }
        awareness = try db.awarenessActivities(in: all)
    }
}

@Suite("Organisation sample data")
struct OrganisationGeneratorTests {
    static let asOf = Day(iso: "2023-11-15")!
    static let years = 2019...2024

    static func generated(_ county: County, seed: UInt64 = 7) throws -> (KRATDatabase, OrganisationSummary) {
        let db = try KRATDatabase.inMemory(scope: .county(county), sampleData: true)
        let summary = try OrganisationGenerator(county: county, years: years, asOf: asOf, seed: seed).fill(db)
        return (db, summary)
    }

    @Test func sameSeedSameData() throws {
        let (first, a) = try Self.generated(.durres)
        let (second, b) = try Self.generated(.durres)
        let (third, _) = try Self.generated(.durres, seed: 8)
        #expect(a == b)
        let snapshot = try OrganisationSnapshot(first, years: Self.years)
        #expect(snapshot == (try OrganisationSnapshot(second, years: Self.years)))
        #expect(snapshot != (try OrganisationSnapshot(third, years: Self.years)))
    }

    @Test func seededGeneratorIsFixed() {
        var one = SeededGenerator(seed: 42), two = SeededGenerator(seed: 42)
        let drawn = (0..<5).map { _ in one.next() }
        #expect(drawn == (0..<5).map { _ in two.next() })
        // SplitMix64 from seed 0 starts with this well-known value.
        var zero = SeededGenerator(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func kukesHasEveryEntityAndNothingInTheFuture() throws {
        let (db, summary) = try Self.generated(.kukes)
        let s = try OrganisationSnapshot(db, years: Self.years)
        // Seeded: prefecture, police, SSS and 3 municipalities; added: 3 NJMF, 6 state bodies,
        // 3 NGOs, UNDP, the shelter and the Resilience Centre.
        #expect(s.institutions.count == 6 + 3 + 6 + 3 + 3)
        #expect(summary.institutions == 15)
        #expect(s.institutions.filter { $0.kind == .childProtectionUnit }.compactMap(\.municipalityCode).sorted()
                == County.kukes.municipalities.map(\.code).sorted())
        #expect(!s.institutions.contains { $0.name.contains("Durrës") })
        #expect(s.committees.map(\.kind) == [.krat, .technicalTable])

        // Memberships: a Resilience Centre joins in October; a partner leaves; one chair at a time.
        let resilience = try #require(s.institutions.first { $0.name.hasPrefix("Qendra e Rezilencës") }?.id)
        let joined = try #require(s.memberships.first { $0.institutionID == resilience }?.joined)
        #expect(joined.month == 10)
        #expect(s.memberships.contains { $0.left != nil && $0.role == .member })
        #expect(Membership.overlappingChairs(s.memberships).isEmpty)

        // Meetings: 6 a year from 2019 to 2022, and in 2023 up to 15 November (no December meeting).
        #expect(s.meetings.count == 4 * 6 + 5)
        #expect(s.meetings.allSatisfy { $0.date <= Self.asOf && !$0.attendees.isEmpty && !$0.decisions.isEmpty })
        #expect(s.meetings.filter { $0.kind == .annualAnalysis }.allSatisfy { $0.date.month == 2 })
        #expect(s.meetings.filter { $0.kind == .antiTraffickingMonthClosing }.allSatisfy { $0.date.month == 10 && $0.date.dayOfMonth >= 27 })
        let decisions = s.meetings.flatMap(\.decisions)
        #expect(decisions.contains { $0.closedOnTime == true })
        #expect(decisions.contains { $0.closedOnTime == false })
        #expect(decisions.contains { $0.isOverdue(on: Self.asOf) })
        #expect(decisions.allSatisfy { ($0.closedOn ?? Self.asOf) <= Self.asOf })
        #expect(summary.decisions == decisions.count)

        // Plans: one per begun year (2019–2023), every pillar, approved at the annual analysis.
        #expect(s.strategies.count == 1)
        #expect(s.plans.map(\.plan.year) == Array(2019...2023))
        for plan in s.plans {
            #expect(Set(plan.objectives.map(\.objective.pillar)) == Set(Pillar.allCases))
            #expect(s.meetings.contains { $0.kind == .annualAnalysis && $0.date == plan.plan.approvedOn })
        }
        let activities = s.plans.flatMap(\.activities)
        #expect(activities.contains { $0.doneOnTime == true } && activities.contains { $0.doneOnTime == false })
        #expect(activities.contains { $0.isOverdue(on: Self.asOf) })
        #expect(activities.allSatisfy { ($0.completedOn ?? Self.asOf) <= Self.asOf })
        let indicators = s.plans.flatMap(\.indicators)
        #expect(Set(indicators.map(\.direction)) == Set(IndicatorDirection.allCases))
        // Four quarters for 2019–2022, three for 2023 (Q4 ends after 15 November).
        #expect(s.measurements.count == indicators.count / 5 * (4 * 4 + 3))
        #expect(s.measurements.allSatisfy { $0.period.end <= Self.asOf })

        // The awareness calendar peaks in October, around 18 October and 30 July.
        let calendar = s.awareness
        #expect(calendar.allSatisfy { $0.date <= Self.asOf })
        let byMonth = Dictionary(grouping: calendar, by: \.date.month).mapValues(\.count)
        #expect(byMonth[10] == byMonth.values.max())
        for year in 2019...2023 {
            #expect(calendar.contains { $0.date == Day(year: year, month: 10, day: 18) })
            #expect(calendar.contains { $0.date == Day(year: year, month: 7, day: 30) })
        }
        let compliance = calendar.map { $0.compliance(asOf: Self.asOf) }
        #expect(compliance.filter { $0.noticeStatus == .onTime }.count > compliance.count / 2)
        #expect(compliance.contains { $0.noticeStatus == .late })
        #expect(compliance.contains { $0.changedWithoutNotice })
        #expect(compliance.filter { $0.reportStatus == .onTime }.count > compliance.count / 2)
        #expect(compliance.contains { $0.reportStatus == .late })
        #expect(compliance.contains { $0.reportStatus == .missing })
        let photos = calendar.compactMap(\.report).flatMap(\.photos)
        #expect(!photos.isEmpty && photos.allSatisfy { $0.validate().isEmpty && $0.fileName.hasPrefix("kukes-") })
        #expect(summary.awarenessActivities == calendar.count)
    }

    @Test func refusesAnotherCountysDatabase() throws {
        let db = try KRATDatabase.inMemory(scope: .county(.kukes), sampleData: true)
        #expect(throws: StorageError.self) {
            try OrganisationGenerator(county: .durres, years: 2020...2021, asOf: Self.asOf).fill(db)
        }
    }
}
