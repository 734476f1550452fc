import Foundation

/// A decision taken at a meeting, with the institution that must carry it out.
public struct Decision: Sendable, Hashable, Codable, Validatable {
    /// What was decided.
    public var text: String
    /// The institution responsible for carrying it out.
    public var ownerInstitutionID: Int64
    /// The deadline, if one was set.
    public var due: Day?
    /// Where it stands.
    public var status: DecisionStatus
    /// The day it was done or dropped; only for closed decisions.
    public var closedOn: Day?

    /// Creates a decision.
    public init(text: String, ownerInstitutionID: Int64, due: Day? = nil,
                status: DecisionStatus = .open, closedOn: Day? = nil) {
        self.text = text
        self.ownerInstitutionID = ownerInstitutionID
        self.due = due
        self.status = status
        self.closedOn = closedOn
    }

    // MARK: - Questions

    /// Whether it was done by its deadline: nil unless it is done, with a closing day and a deadline.
    public var closedOnTime: Bool? {
        guard status == .done, let closedOn, let due else { return nil }
        return closedOn <= due
    }

    /// Whether the decision was still open on `day`.
    ///
    /// An open decision is open on every day; a closed one is open before its closing
    /// day, and counts as closed throughout when its closing day is unknown.
    public func isOpen(on day: Day) -> Bool {
        if status == .open { return true }
        guard let closedOn else { return false }
        return day < closedOn
    }

    /// Whether it is open after its deadline on `day`.
    public func isOverdue(on day: Day) -> Bool {
        guard let due else { return false }
        return isOpen(on: day) && day > due
    }

    // MARK: - Validation

    /// Every problem that does not depend on the meeting: a blank text, or a closing day
    /// on an open decision. ``Meeting/validate()`` adds the checks against the meeting date.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(text, "text")
        check.require(closedOn == nil || status.isClosed, "closed_on",
                      "an open decision has no closing day; set the status to done or dropped, or remove the day")
        return check.issues
    }
}
