import Foundation

/// The checks of a committee record against the records already kept: rules that one value
/// cannot check on its own (``Validatable/validate()`` does that), such as a decision owner
/// that is not a member, a measurement outside its plan's year, or a record entered twice.
///
/// Each check returns issues naming the field at fault and what to do; an empty list means
/// the record may be stored. The caller reads the other records and passes them in, so the
/// rules stay free of storage.
public enum RecordChecks {
    // MARK: - Meetings and decisions

    /// A decision's owner must be a member of the meeting's committee on the meeting day.
    public static func decisionOwner(_ ownerID: Int64, committeeID: Int64, meetingDay: Day,
                                     memberships: [Membership], field: String = "owner") -> [ValidationIssue] {
        let members = Membership.active(memberships, on: meetingDay, committeeID: committeeID)
        guard !members.contains(where: { $0.institutionID == ownerID }) else { return [] }
        return [ValidationIssue(field: field, message:
            "institution \(ownerID) is not a member of committee \(committeeID) on \(meetingDay); "
            + "give a member institution as owner, or record its membership first (member join)")]
    }

    /// A decision may be closed only while it is open, and not before its meeting.
    public static func closing(_ decision: Decision, on day: Day, meetingDay: Day, field: String) -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(decision.status == .open, "\(field).status",
                      "the decision is already \(decision.status.code) (on \(decision.closedOn.map { "\($0)" } ?? "an unknown day")); "
                      + "a decision is closed once")
        check.require(day >= meetingDay, "\(field).closed_on",
                      "\(day) is before the meeting that took the decision (\(meetingDay)); give a later day")
        return check.issues
    }

    // MARK: - Memberships

    /// A membership must not repeat one that already holds for the same institution and
    /// committee over some of the same days.
    public static func membership(_ membership: Membership, existing: [Membership]) -> [ValidationIssue] {
        let same = existing.filter {
            $0.id != membership.id && $0.committeeID == membership.committeeID
                && $0.institutionID == membership.institutionID && $0.overlaps(membership)
        }
        guard let other = same.first else { return [] }
        return [ValidationIssue(field: "institution", message:
            "institution \(membership.institutionID) is already a member of committee \(membership.committeeID) "
            + "since \(other.joined) (membership \(other.id ?? 0)); end that membership first (member leave)")]
    }

    // MARK: - The action plan

    /// A plan's year is planned once per county.
    public static func plan(_ plan: ActionPlan, existing: [ActionPlan]) -> [ValidationIssue] {
        guard existing.contains(where: { $0.id != plan.id && $0.county == plan.county && $0.year == plan.year }) else {
            return []
        }
        return [ValidationIssue(field: "year", message:
            "there is already an action plan for \(plan.year); add objectives to it instead of a second plan")]
    }

    /// A measurement's period must lie within its plan's year, and be measured once.
    public static func measurement(_ measurement: IndicatorMeasurement, planYear: Int,
                                   existing: [IndicatorMeasurement]) -> [ValidationIssue] {
        var check = IssueCollector()
        let year = Period.year(planYear)
        check.require(year.start <= measurement.period.start && measurement.period.end <= year.end, "period",
                      "\(measurement.period) is outside the plan's year \(planYear); give a period within \(planYear)")
        check.require(!existing.contains { $0.id != measurement.id && $0.period == measurement.period }, "period",
                      "indicator \(measurement.indicatorID) already has a measurement for \(measurement.period); "
                      + "give another period")
        return check.issues
    }

    /// A planned activity is marked done once, and not before its plan's year begins.
    public static func completion(_ activity: PlannedActivity, on day: Day, planYear: Int) -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(activity.status != .done, "status",
                      "activity \(activity.id ?? 0) is already done (on \(activity.completedOn.map { "\($0)" } ?? "?"))")
        check.require(activity.status != .cancelled, "status", "activity \(activity.id ?? 0) is cancelled")
        check.require(day >= Period.year(planYear).start, "completed_on",
                      "\(day) is before the plan's year \(planYear) begins; give the day it was completed")
        return check.issues
    }

    // MARK: - Institutions and the calendar

    /// An institution's name is kept once (compared without case, accents or extra spaces).
    public static func institution(_ institution: Institution, existing: [Institution]) -> [ValidationIssue] {
        let key = NameKey.make(institution.name)
        guard let other = existing.first(where: { $0.id != institution.id && NameKey.make($0.name) == key }) else {
            return []
        }
        return [ValidationIssue(field: "name", message:
            "'\(institution.name)' is already institution \(other.id ?? 0); use it, or give another name")]
    }

    /// An activity of the calendar is entered once: the same title on the same day in the
    /// same municipality is the same activity.
    public static func activity(_ activity: AwarenessActivity, existing: [AwarenessActivity]) -> [ValidationIssue] {
        let key = NameKey.make(activity.title)
        guard let other = existing.first(where: {
            $0.id != activity.id && $0.date == activity.date && $0.municipalityCode == activity.municipalityCode
                && NameKey.make($0.title) == key
        }) else { return [] }
        return [ValidationIssue(field: "title", message:
            "'\(activity.title)' on \(activity.date) is already activity \(other.id ?? 0) of the calendar; "
            + "change that one (calendar move, calendar notice) instead")]
    }

    /// What may still be done to an activity: no notice, move or report once it is cancelled,
    /// one report only, and no notice once its day has passed.
    public static func change(of activity: AwarenessActivity, _ change: ActivityChange, on day: Day) -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(!activity.cancelled, change.field, "activity \(activity.id ?? 0) is cancelled; nothing more is due for it")
        switch change {
        case .notice:
            check.require(day <= activity.date, "notices.sent_on",
                          "\(day) is after the activity's day (\(activity.date)); a notice comes before the activity")
        case .report:
            check.require(activity.report == nil, "report",
                          "activity \(activity.id ?? 0) already has a report (sent \(activity.report.map { "\($0.sentOn)" } ?? ""))")
        case .move(let to):
            check.require(activity.report == nil, "date",
                          "activity \(activity.id ?? 0) is already reported; a held activity does not move")
            check.require(to != activity.date, "date", "the activity is already on \(to)")
        case .cancel:
            check.require(activity.report == nil, "cancelled",
                          "activity \(activity.id ?? 0) is already reported; a held activity is not cancelled")
        }
        return check.issues
    }
}
