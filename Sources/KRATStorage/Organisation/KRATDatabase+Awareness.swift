import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing awareness activities (case worker)

    /// Stores a new awareness activity with its target groups, notices and report, all or
    /// nothing. Returns it with its new id.
    @discardableResult
    public func insert(_ activity: AwarenessActivity) throws(StorageError) -> AwarenessActivity {
        let what = "awareness activity '\(activity.title)' of \(activity.date)"
        try OrganisationRows.require(activity.validate() + OrganisationRows.countyIssues(activity.county, scope: scope), what)
        return try write("storing \(what)") { db in
            try db.execute(sql: """
                INSERT INTO awareness_activity (county, title, theme, date, municipality, place, organiser_id,
                national_calendar, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: Self.awarenessArguments(activity))
            var stored = activity
            stored.id = db.lastInsertedRowID
            try Self.insertAwarenessChildren(db, id: db.lastInsertedRowID, activity)
            return stored
        }
    }

    /// Replaces a stored activity, its target groups, notices and report in one transaction.
    @discardableResult
    public func update(_ activity: AwarenessActivity) throws(StorageError) -> AwarenessActivity {
        let id = try OrganisationRows.storedID(activity.id, "awareness activity '\(activity.title)'")
        let what = "awareness activity \(id)"
        try OrganisationRows.require(activity.validate() + OrganisationRows.countyIssues(activity.county, scope: scope), what)
        return try write("updating \(what)") { db in
            try db.execute(sql: """
                UPDATE awareness_activity SET county = ?, title = ?, theme = ?, date = ?, municipality = ?, place = ?,
                organiser_id = ?, national_calendar = ?, cancelled = ? WHERE id = ?
                """, arguments: Self.awarenessArguments(activity) + [id])
            try OrganisationRows.requireChange(db, what)
            for table in ["awareness_target_group", "activity_notice", "activity_report"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE activity_id = ?", arguments: [id])
            }
            try Self.insertAwarenessChildren(db, id: id, activity)
            return activity
        }
    }

    /// Deletes an awareness activity with its notices and report.
    public func deleteAwarenessActivity(id: Int64) throws(StorageError) {
        try deleteRow("awareness_activity", id, "awareness activity \(id)")
    }

    // MARK: - Reading awareness activities

    /// The awareness activity with this id, with target groups, notices and report; or nil.
    public func awarenessActivity(id: Int64) throws(StorageError) -> AwarenessActivity? {
        try read("reading awareness activity \(id)") { db in try Self.awarenessActivities(db, where: "id = ?", [id]).first }
    }

    /// The calendar's activities whose (current) date falls in `period`, by date, with their
    /// target groups, notices and report; optionally only those of the national calendar.
    public func awarenessActivities(in period: Period, nationalCalendarOnly: Bool = false) throws(StorageError)
        -> [AwarenessActivity] {
        try read("listing the awareness activities of \(period)") { db in
            try Self.awarenessActivities(db, where: "date BETWEEN ? AND ? AND (national_calendar = 1 OR ? = 0)",
                                         [period.start.description, period.end.description, nationalCalendarOnly])
        }
    }

    // MARK: - Helpers

    static func awarenessArguments(_ activity: AwarenessActivity) -> StatementArguments {
        [activity.county.code, activity.title, activity.theme, activity.date.description, activity.municipalityCode,
         activity.place, activity.organiserID, activity.nationalCalendar, activity.cancelled]
    }

    static func insertAwarenessChildren(_ db: Database, id: Int64, _ activity: AwarenessActivity) throws {
        let group = try db.cachedStatement(sql: "INSERT INTO awareness_target_group VALUES (?, ?, ?)")
        for (position, target) in activity.targetGroups.enumerated() {
            try group.execute(arguments: [id, position, target.code])
        }
        let notice = try db.cachedStatement(sql: "INSERT INTO activity_notice VALUES (?, ?, ?, ?)")
        for (position, sent) in activity.notices.enumerated() {
            try notice.execute(arguments: [id, position, sent.sentOn.description, sent.forDate.description])
        }
        guard let report = activity.report else { return }
        try db.execute(sql: "INSERT INTO activity_report VALUES (?, ?, ?, ?)",
                       arguments: [id, report.sentOn.description, report.purpose, report.theme])
        let participants = try db.cachedStatement(sql: "INSERT INTO report_participants VALUES (?, ?, ?, ?)")
        for (position, count) in report.participants.enumerated() {
            try participants.execute(arguments: [id, position, count.group.code, count.count])
        }
        let photo = try db.cachedStatement(sql: "INSERT INTO report_photo VALUES (?, ?, ?, ?)")
        for (position, reference) in report.photos.enumerated() {
            try photo.execute(arguments: [id, position, reference.fileName, reference.sha256])
        }
    }

    static func awarenessActivities(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [AwarenessActivity] {
        try Row.fetchAll(db, sql: "SELECT * FROM awareness_activity WHERE \(condition) ORDER BY date, id", arguments: arguments)
            .map { row in
                let id: Int64 = row["id"]
                let what = "awareness activity \(id)"
                let groups = try Row.fetchAll(db, sql: """
                    SELECT target_group FROM awareness_target_group WHERE activity_id = ? ORDER BY position
                    """, arguments: [id]).map { row throws(StorageError) -> TargetGroup in
                        try OrganisationRows.code(row, "target_group", what)
                    }
                let notices = try Row.fetchAll(db, sql: "SELECT * FROM activity_notice WHERE activity_id = ? ORDER BY position",
                                               arguments: [id]).map { row throws(StorageError) in
                    ActivityNotice(sentOn: try OrganisationRows.day(row, "sent_on", what),
                                   forDate: try OrganisationRows.day(row, "for_date", what))
                }
                return AwarenessActivity(
                    id: id, county: try OrganisationRows.code(row, "county", what), title: row["title"], theme: row["theme"],
                    date: try OrganisationRows.day(row, "date", what), municipalityCode: row["municipality"],
                    place: row["place"], targetGroups: groups, organiserID: row["organiser_id"],
                    nationalCalendar: row["national_calendar"], notices: notices,
                    report: try report(db, id: id, what), cancelled: row["cancelled"])
            }
    }

    static func report(_ db: Database, id: Int64, _ what: String) throws -> ActivityReport? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM activity_report WHERE activity_id = ?", arguments: [id]) else {
            return nil
        }
        let participants = try Row.fetchAll(db, sql: "SELECT * FROM report_participants WHERE activity_id = ? ORDER BY position",
                                            arguments: [id]).map { row throws(StorageError) in
            ParticipantCount(group: try OrganisationRows.code(row, "target_group", what), count: row["count"])
        }
        let photos = try Row.fetchAll(db, sql: "SELECT * FROM report_photo WHERE activity_id = ? ORDER BY position",
                                      arguments: [id]).map { PhotoReference(fileName: $0["file_name"], sha256: $0["sha256"]) }
        return ActivityReport(sentOn: try OrganisationRows.day(row, "sent_on", what), purpose: row["purpose"],
                              theme: row["theme"], participants: participants, photos: photos)
    }
}
