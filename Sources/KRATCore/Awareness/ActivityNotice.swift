import Foundation

/// The notice that announces an awareness activity for a date.
///
/// Every activity is reported one day before it happens, also when its date changes
/// from the calendar: a change of date needs a new notice for the new date.
public struct ActivityNotice: Sendable, Hashable, Codable, Validatable {
    /// The day the notice was sent.
    public var sentOn: Day
    /// The date it announces the activity for.
    public var forDate: Day

    /// Creates a notice.
    public init(sentOn: Day, forDate: Day) {
        self.sentOn = sentOn
        self.forDate = forDate
    }

    /// Whether it was sent at least one day before the date it announces.
    public var isOnTime: Bool { sentOn < forDate }

    /// Every problem: a notice sent after the date it announces.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(sentOn <= forDate, "sent_on",
                      "sent (\(sentOn)) after the date it announces (\(forDate)); a notice comes before the activity")
        return check.issues
    }
}
