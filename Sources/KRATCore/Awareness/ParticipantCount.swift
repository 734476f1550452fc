import Foundation

/// How many people of one group took part in an activity.
public struct ParticipantCount: Sendable, Hashable, Codable, Validatable {
    /// The group.
    public var group: TargetGroup
    /// How many took part.
    public var count: Int

    /// Creates a participant count.
    public init(group: TargetGroup, count: Int) {
        self.group = group
        self.count = count
    }

    /// Every problem: a negative count.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(count >= 0, "count", "must be zero or more, not \(count)")
        return check.issues
    }
}
