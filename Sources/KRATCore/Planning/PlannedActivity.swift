import Foundation

/// An activity of an action plan's objective, with its deadline (*afat kohor*) and
/// the institution responsible for it.
public struct PlannedActivity: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the activity is stored.
    public var id: Int64?
    /// The objective it serves.
    public var objectiveID: Int64
    /// What is to be done.
    public var title: String
    /// The institution responsible.
    public var responsibleInstitutionID: Int64
    /// The deadline.
    public var deadline: Day
    /// Where it stands.
    public var status: ActivityStatus
    /// The day it was completed; only when done.
    public var completedOn: Day?

    /// Creates a planned activity.
    public init(id: Int64? = nil, objectiveID: Int64, title: String, responsibleInstitutionID: Int64,
                deadline: Day, status: ActivityStatus = .planned, completedOn: Day? = nil) {
        self.id = id
        self.objectiveID = objectiveID
        self.title = title
        self.responsibleInstitutionID = responsibleInstitutionID
        self.deadline = deadline
        self.status = status
        self.completedOn = completedOn
    }

    // MARK: - Questions

    /// Whether it was done by the deadline: nil unless it is done with a completion day.
    public var doneOnTime: Bool? {
        guard status == .done, let completedOn else { return nil }
        return completedOn <= deadline
    }

    /// Whether, on `day`, it is past its deadline and neither done nor cancelled.
    public func isOverdue(on day: Day) -> Bool {
        (status == .planned || status == .inProgress) && day > deadline
    }

    // MARK: - Validation

    /// Every problem: a blank title, a done activity without a completion day, or a
    /// completion day on an activity that is not done.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(title, "title")
        if status == .done {
            check.require(completedOn != nil, "completed_on", "a done activity needs the day it was completed")
        } else {
            check.require(completedOn == nil, "completed_on",
                          "only a done activity has a completion day; the status is '\(status.code)'")
        }
        return check.issues
    }
}
