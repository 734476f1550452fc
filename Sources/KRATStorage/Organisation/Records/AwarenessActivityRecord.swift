import GRDB
import KRATCore

/// A row of `awareness_activity`: one ``AwarenessActivity`` of the calendar; its target
/// groups, notices and report are rows of `awareness_target_group`, `activity_notice` and
/// `activity_report` (with `report_participants` and `report_photo` under the report).
struct AwarenessActivityRecord: OrganisationRecord {
    static let databaseTableName = "awareness_activity"
    static var ordering: [any SQLOrderingTerm] { [Columns.date, Columns.id] }
    static let childKey = "activity_id"
    static let childTables = ["awareness_target_group", "activity_notice", "activity_report"]

    /// The columns of `awareness_activity`.
    enum Columns: String, ColumnExpression {
        case id, county, title, theme, date, municipality, place, organiserID = "organiser_id"
        case nationalCalendar = "national_calendar", cancelled
    }

    var value: AwarenessActivity

    init(_ value: AwarenessActivity) { self.value = value }

    init(row: Row) throws {
        value = AwarenessActivity(
            id: row[Columns.id], county: try Self.code(row, .county), title: row[Columns.title],
            theme: row[Columns.theme], date: try Self.day(row, .date),
            municipalityCode: row[Columns.municipality], place: row[Columns.place], organiserID: row[Columns.organiserID],
            nationalCalendar: row[Columns.nationalCalendar], cancelled: row[Columns.cancelled])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .county: value.county.code, .title: value.title, .theme: value.theme,
                     .date: value.date.description, .municipality: value.municipalityCode, .place: value.place,
                     .organiserID: value.organiserID, .nationalCalendar: value.nationalCalendar,
                     .cancelled: value.cancelled], to: &container)
    }

    func insertChildren(_ db: Database, id: Int64) throws {
        let group = try db.cachedStatement(sql: "INSERT INTO awareness_target_group VALUES (?, ?, ?)")
        for (position, target) in value.targetGroups.enumerated() {
            try group.execute(arguments: [id, position, target.code])
        }
        let notice = try db.cachedStatement(sql: "INSERT INTO activity_notice VALUES (?, ?, ?, ?)")
        for (position, sent) in value.notices.enumerated() {
            try notice.execute(arguments: [id, position, sent.sentOn.description, sent.forDate.description])
        }
        guard let report = value.report else { return }
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

    mutating func fetchChildren(_ db: Database) throws {
        guard let id = value.id else { return }
        let what = Self.what(id)
        value.targetGroups = try Row.fetchAll(db, sql: """
            SELECT target_group FROM awareness_target_group WHERE activity_id = ? ORDER BY position
            """, arguments: [id]).map { row throws(StorageError) -> TargetGroup in
                try OrganisationRows.code(row, "target_group", what)
            }
        value.notices = try Row.fetchAll(db, sql: "SELECT * FROM activity_notice WHERE activity_id = ? ORDER BY position",
                                         arguments: [id]).map { row throws(StorageError) in
            ActivityNotice(sentOn: try OrganisationRows.day(row, "sent_on", what),
                           forDate: try OrganisationRows.day(row, "for_date", what))
        }
        value.report = try Self.report(db, id: id, what)
    }

    /// The report of activity `id`, or nil when none was sent.
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
