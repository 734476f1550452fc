import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing awareness activities (case worker)

    /// Stores a new awareness activity with its target groups, notices and report, all or
    /// nothing. Returns it with its new id.
    @discardableResult
    public func insert(_ activity: AwarenessActivity) throws(StorageError) -> AwarenessActivity {
        try insertRecord(AwarenessActivityRecord.self, activity, "awareness activity '\(activity.title)' of \(activity.date)",
                         issues: activity.validate() + OrganisationRows.countyIssues(activity.county, scope: scope))
    }

    /// Replaces a stored activity, its target groups, notices and report in one transaction.
    @discardableResult
    public func update(_ activity: AwarenessActivity) throws(StorageError) -> AwarenessActivity {
        try updateRecord(AwarenessActivityRecord.self, activity, unsaved: "awareness activity '\(activity.title)'",
                         issues: activity.validate() + OrganisationRows.countyIssues(activity.county, scope: scope))
    }

    /// Deletes an awareness activity with its notices and report.
    public func deleteAwarenessActivity(id: Int64) throws(StorageError) {
        try deleteRecord(AwarenessActivityRecord.self, id: id)
    }

    // MARK: - Reading awareness activities

    /// The awareness activity with this id, with target groups, notices and report; or nil.
    public func awarenessActivity(id: Int64) throws(StorageError) -> AwarenessActivity? {
        try read("reading awareness activity \(id)") { db in try Self.value(AwarenessActivityRecord.self, db, id: id) }
    }

    /// The calendar's activities whose (current) date falls in `period`, by date, with their
    /// target groups, notices and report; optionally only those of the national calendar.
    public func awarenessActivities(in period: Period, nationalCalendarOnly: Bool = false) throws(StorageError)
        -> [AwarenessActivity] {
        try read("listing the awareness activities of \(period)") { db in
            let days = period.start.description...period.end.description
            var activities = AwarenessActivityRecord.filter { days.contains($0.date) }
            if nationalCalendarOnly { activities = activities.filter { $0.nationalCalendar == true } }
            return try Self.values(db, activities)
        }
    }
}
