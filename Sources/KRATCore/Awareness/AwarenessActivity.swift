import Foundation

/// An activity of the county's calendar of awareness activities
/// (*kalendari i aktiviteteve ndërgjegjësuese*), part of the national calendar.
///
/// The texts set two rules: the activity is announced one day before it happens,
/// also when its date changes; and after it happens a report with purpose, theme,
/// participants and photos is sent. ``compliance(asOf:)`` says whether both were kept.
public struct AwarenessActivity: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the activity is stored.
    public var id: Int64?
    /// The county whose calendar holds it.
    public var county: County
    /// The activity's title.
    public var title: String
    /// Its theme ("Trafikimi i fëmijëve në situatë rruge").
    public var theme: String
    /// The day it takes place (the current date, after any change).
    public var date: Day
    /// The municipality where it takes place, if recorded.
    public var municipalityCode: String?
    /// Where it takes place (a school, a square).
    public var place: String
    /// The groups it addresses.
    public var targetGroups: [TargetGroup]
    /// The institution that organises it.
    public var organiserID: Int64
    /// Whether it is part of the national calendar set by the National Coordinator.
    public var nationalCalendar: Bool
    /// The notices sent, each for the date it announced.
    public var notices: [ActivityNotice]
    /// The report sent after the activity, if any.
    public var report: ActivityReport?
    /// Whether the activity was cancelled; a cancelled activity needs neither notice nor report.
    public var cancelled: Bool

    /// Creates an awareness activity.
    public init(id: Int64? = nil, county: County, title: String, theme: String, date: Day,
                municipalityCode: String? = nil, place: String = "", targetGroups: [TargetGroup] = [],
                organiserID: Int64, nationalCalendar: Bool = true, notices: [ActivityNotice] = [],
                report: ActivityReport? = nil, cancelled: Bool = false) {
        self.id = id
        self.county = county
        self.title = title
        self.theme = theme
        self.date = date
        self.municipalityCode = municipalityCode
        self.place = place
        self.targetGroups = targetGroups
        self.organiserID = organiserID
        self.nationalCalendar = nationalCalendar
        self.notices = notices
        self.report = report
        self.cancelled = cancelled
    }

    // MARK: - Changes

    /// Moves the activity to another day. The notices stay as they were, so the
    /// compliance check flags the change until a notice for the new date is added.
    public mutating func reschedule(to newDate: Day) {
        date = newDate
    }

    /// Records a notice sent on `sentOn` for the activity's current date.
    public mutating func addNotice(sentOn: Day) {
        notices.append(ActivityNotice(sentOn: sentOn, forDate: date))
    }

    // MARK: - Deadlines

    /// The last day on which the notice is on time: the day before the activity.
    public var noticeDueDay: Day { date.adding(days: -1) }

    /// The last day on which the report is on time: the day after the activity.
    public var reportDueDay: Day { date.adding(days: 1) }

    /// The national observances the activity's date falls in.
    public var observances: [NationalObservance] { NationalObservance.observances(on: date) }

    // MARK: - Validation

    /// Every problem: blank title or theme, notices sent after the date they announce,
    /// a report sent before the activity, and the report's own problems.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(title, "title")
        check.requireText(theme, "theme")
        for (index, notice) in notices.enumerated() {
            check.merge(notice.validate(), prefix: "notices[\(index)]")
        }
        if let report {
            check.require(report.sentOn >= date, "report.sent_on",
                          "sent (\(report.sentOn)) before the activity took place (\(date))")
            check.merge(report.validate(), prefix: "report")
        }
        return check.issues
    }
}
