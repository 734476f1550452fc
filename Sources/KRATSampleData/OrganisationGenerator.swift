import Foundation
import KRATCore
import KRATStorage

/// Fills a county database with a deterministic, realistic picture of the committee's
/// work: institutions, the KRAT and its Technical Table with their members over the
/// years, meetings with decisions, a strategy, yearly action plans with indicators and
/// measurements, and the awareness calendar with notices and reports.
///
/// Nothing is hard-wired to one county: names come from ``County/name`` and its
/// ``County/municipalities``. Nothing lies after ``asOf``: meetings, closings, reports and
/// measurements that would fall later are left out or left open. The same seed always
/// gives the same data.
///
/// ```swift
/// let db = try KRATDatabase.inMemory(scope: .county(.kukes), sampleData: true)
/// let summary = try OrganisationGenerator(county: .kukes, years: 2019...2023,
///                                         asOf: Day(year: 2023, month: 12, day: 31)!).fill(db)
/// ```
public struct OrganisationGenerator: Sendable {
    /// The county whose database is filled.
    public var county: County
    /// The calendar years to generate.
    public var years: ClosedRange<Int>
    /// The last day anything may happen on.
    public var asOf: Day
    /// The seed; the same seed gives the same data.
    public var seed: UInt64

    /// Creates a generator.
    public init(county: County, years: ClosedRange<Int>, asOf: Day, seed: UInt64 = 18_10) {
        self.county = county
        self.years = years
        self.asOf = asOf
        self.seed = seed
    }

    /// The years that have begun by ``asOf``.
    var startedYears: [Int] { years.filter { Period.year($0).start <= asOf } }

    /// Fills `database`, a county database of ``county`` created for sample data
    /// (``KRATDatabase/holdsSampleData``), opened as a case worker, that holds only its seeded
    /// institutions. Returns how many of each entity were stored. A database of real records is
    /// refused before anything is written.
    @discardableResult
    public func fill(_ database: KRATDatabase) throws(StorageError) -> OrganisationSummary {
        try SampleDataGuard.require(database)
        guard database.scope == .county(county) else {
            throw .invalid(what: "sample data for \(county.name)", issues: [ValidationIssue(field: "county",
                message: "the database belongs to \(database.scope), not \(county.label.en); create one for \(county.name)")])
        }
        var summary = OrganisationSummary()
        let roster = try addInstitutions(database, summary: &summary)
        let committees = try addCommittees(database, roster: roster, summary: &summary)
        let annualAnalyses = try addMeetings(database, roster: roster, committees: committees, summary: &summary)
        try addPlans(database, roster: roster, approvals: annualAnalyses, summary: &summary)
        try addAwarenessCalendar(database, roster: roster, summary: &summary)
        return summary
    }

    /// The first day of `year` that is not after ``asOf`` for a given month and day, or nil
    /// when that day is still to come.
    func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day? {
        guard let day = Day(year: year, month: month, day: dayOfMonth), day <= asOf else { return nil }
        return day
    }
}

/// How many of each entity ``OrganisationGenerator/fill(_:)`` stored.
public struct OrganisationSummary: Sendable, Hashable, Codable {
    /// Institutions added (besides those seeded with the database).
    public var institutions = 0
    /// Committees.
    public var committees = 0
    /// Memberships.
    public var memberships = 0
    /// Meetings.
    public var meetings = 0
    /// Decisions taken at those meetings.
    public var decisions = 0
    /// Strategies.
    public var strategies = 0
    /// Action plans.
    public var actionPlans = 0
    /// Objectives.
    public var objectives = 0
    /// Planned activities.
    public var plannedActivities = 0
    /// Indicators.
    public var indicators = 0
    /// Indicator measurements.
    public var measurements = 0
    /// Awareness activities.
    public var awarenessActivities = 0

    /// An empty summary.
    public init() {}
}

/// The stored ids of the institutions the generator works with.
struct Roster: Sendable {
    var prefecture: Int64 = 0
    var police: Int64 = 0
    var socialService: Int64 = 0
    var borderPolice: Int64 = 0
    var intelligence: Int64 = 0
    var prosecution: Int64 = 0
    var health: Int64 = 0
    var education: Int64 = 0
    var employment: Int64 = 0
    var undp: Int64 = 0
    var shelter: Int64 = 0
    var resilienceCentre: Int64 = 0
    var municipalities: [(municipality: Municipality, id: Int64)] = []
    var childProtection: [(municipality: Municipality, id: Int64)] = []
    var ngos: [Int64] = []

    /// Institutions that organise awareness activities.
    var organisers: [Int64] {
        [prefecture, police, socialService, education, health] + childProtection.map(\.id) + ngos
    }
}
