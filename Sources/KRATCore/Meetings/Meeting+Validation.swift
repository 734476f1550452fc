import Foundation

extension Meeting {
    // MARK: - Validation

    /// Every problem: a blank chair, blank agenda items, an attendee listed twice for the
    /// same institution, and decisions that are due or closed before the meeting.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(chair, "chair")
        for (index, item) in agenda.enumerated() {
            check.requireText(item, "agenda[\(index)]")
        }
        var seen = Set<AttendeeKey>()
        for (index, attendee) in attendees.enumerated() {
            check.merge(attendee.validate(), prefix: "attendees[\(index)]")
            let key = AttendeeKey(attendee)
            check.require(seen.insert(key).inserted, "attendees[\(index)]",
                          "'\(attendee.person)' is already listed for institution \(attendee.institutionID)")
        }
        for (index, decision) in decisions.enumerated() {
            let prefix = "decisions[\(index)]"
            check.merge(decision.validate(), prefix: prefix)
            if let due = decision.due {
                check.require(due >= date, "\(prefix).due", "is due (\(due)) before the meeting (\(date))")
            }
            if let closedOn = decision.closedOn {
                check.require(closedOn >= date, "\(prefix).closed_on",
                              "closed (\(closedOn)) before the meeting that took it (\(date))")
            }
        }
        return check.issues
    }
}

/// An attendee's identity for duplicate checks: the institution and the person's name,
/// ignoring case and surrounding spaces.
private struct AttendeeKey: Hashable {
    let institutionID: Int64
    let person: String

    init(_ attendee: Attendee) {
        institutionID = attendee.institutionID
        person = attendee.person.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
