import Foundation

/// A county's Regional Action Plan (*Plani Rajonal i Veprimit*) for one year.
public struct ActionPlan: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the plan is stored.
    public var id: Int64?
    /// The county whose KRAT drafted the plan.
    public var county: County
    /// The year the plan is for.
    public var year: Int
    /// The national strategy it implements, if recorded.
    public var strategyID: Int64?
    /// The day the KRAT approved it (often at the annual analysis); nil while a draft.
    public var approvedOn: Day?
    /// The plan's title ("Plani i Veprimit 2019").
    public var title: String

    /// Creates an action plan.
    public init(id: Int64? = nil, county: County, year: Int, strategyID: Int64? = nil,
                approvedOn: Day? = nil, title: String) {
        self.id = id
        self.county = county
        self.year = year
        self.strategyID = strategyID
        self.approvedOn = approvedOn
        self.title = title
    }

    // MARK: - Questions

    /// Whether the plan has been approved.
    public var isApproved: Bool { approvedOn != nil }

    /// The calendar year the plan covers.
    public var period: Period { .year(year) }

    /// The day progress is measured from: the approval day when it falls in the plan's
    /// year, otherwise 1 January of that year.
    public var startDay: Day {
        let first = Period.year(year).start
        guard let approvedOn, approvedOn.year == year else { return first }
        return approvedOn
    }

    // MARK: - Validation

    /// Every problem: a blank title.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(title, "title")
        return check.issues
    }

    /// The problems of this plan against the strategy it names: a year the strategy does not cover.
    public func issues(against strategy: Strategy) -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(strategy.covers(year: year), "year",
                      "the strategy covers \(strategy.firstYear)–\(strategy.lastYear), not \(year)")
        return check.issues
    }
}
