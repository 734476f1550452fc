import Foundation

/// An institution's seat on a committee over a span of days.
///
/// Members change over time (a Resilience Center joined the Technical Table in
/// October 2023), so a membership has the day it began and, once over, the day it ended.
public struct Membership: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the membership is stored.
    public var id: Int64?
    /// The committee.
    public var committeeID: Int64
    /// The member institution.
    public var institutionID: Int64
    /// The role held.
    public var role: CommitteeRole
    /// The first day of membership.
    public var joined: Day
    /// The first day on which the institution is no longer a member (exclusive end);
    /// nil while the membership lasts. A chair who leaves on the day a successor
    /// joins does not overlap with them.
    public var left: Day?
    /// The person who represents the institution, if recorded.
    public var representative: String?

    /// Creates a membership.
    public init(id: Int64? = nil, committeeID: Int64, institutionID: Int64, role: CommitteeRole = .member,
                joined: Day, left: Day? = nil, representative: String? = nil) {
        self.id = id
        self.committeeID = committeeID
        self.institutionID = institutionID
        self.role = role
        self.joined = joined
        self.left = left
        self.representative = representative
    }

    // MARK: - Questions

    /// Whether the membership holds on `day`: from `joined`, up to but not including `left`.
    public func isActive(on day: Day) -> Bool {
        guard joined <= day else { return false }
        guard let left else { return true }
        return day < left
    }

    /// Whether this membership and `other` hold on at least one common day.
    public func overlaps(_ other: Membership) -> Bool {
        let endsAfterOtherStarts = left.map { other.joined < $0 } ?? true
        let otherEndsAfterThisStarts = other.left.map { joined < $0 } ?? true
        return endsAfterOtherStarts && otherEndsAfterThisStarts
    }

    // MARK: - Validation

    /// Every problem: a membership that ends before it begins, or a blank representative.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        if let left {
            check.require(left >= joined, "left", "ends (\(left)) before it begins (\(joined))")
        }
        if let representative {
            check.requireText(representative, "representative")
        }
        return check.issues
    }
}
