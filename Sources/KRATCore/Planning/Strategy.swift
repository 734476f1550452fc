import Foundation

/// A National Strategy and Action Plan, covering several years (2014–2017, say).
public struct Strategy: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the strategy is stored.
    public var id: Int64?
    /// The strategy's title in both languages.
    public var title: Label
    /// The first year it covers.
    public var firstYear: Int
    /// The last year it covers, included.
    public var lastYear: Int

    /// Creates a strategy.
    public init(id: Int64? = nil, title: Label, firstYear: Int, lastYear: Int) {
        self.id = id
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    // MARK: - Questions

    /// Whether the strategy covers `year`.
    public func covers(year: Int) -> Bool { firstYear <= year && year <= lastYear }

    /// The years covered, as a period from 1 January of the first to 31 December of the last.
    public var period: Period {
        (try? Period(from: Period.year(firstYear).start, through: Period.year(lastYear).end)) ?? .year(firstYear)
    }

    // MARK: - Validation

    /// Every problem: a blank title in either language, or a last year before the first.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(title.sq, "title.sq")
        check.requireText(title.en, "title.en")
        check.require(lastYear >= firstYear, "last_year", "\(lastYear) is before the first year \(firstYear)")
        return check.issues
    }
}
