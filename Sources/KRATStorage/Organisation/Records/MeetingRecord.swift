import GRDB
import KRATCore

/// A row of `meeting`: one ``Meeting``; its attendees, agenda and decisions are rows of
/// `meeting_attendee`, `agenda_item` and `decision`, by position.
struct MeetingRecord: OrganisationRecord {
    static let databaseTableName = "meeting"
    static var ordering: [any SQLOrderingTerm] { [Columns.date, Columns.id] }
    static let childKey = "meeting_id"
    static let childTables = ["meeting_attendee", "agenda_item", "decision"]

    /// The columns of `meeting`.
    enum Columns: String, ColumnExpression { case id, committeeID = "committee_id", kind, date, place, chair }

    var value: Meeting

    init(_ value: Meeting) { self.value = value }

    init(row: Row) throws {
        value = Meeting(id: row[Columns.id], committeeID: row[Columns.committeeID], kind: try Self.code(row, .kind),
                        date: try Self.day(row, .date), place: row[Columns.place], chair: row[Columns.chair])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .committeeID: value.committeeID, .kind: value.kind.code, .date: value.date.description,
                     .place: value.place, .chair: value.chair], to: &container)
    }

    func insertChildren(_ db: Database, id: Int64) throws {
        let attendee = try db.cachedStatement(sql: "INSERT INTO meeting_attendee VALUES (?, ?, ?, ?, ?)")
        for (position, person) in value.attendees.enumerated() {
            try attendee.execute(arguments: [id, position, person.institutionID, person.person, person.function])
        }
        let item = try db.cachedStatement(sql: "INSERT INTO agenda_item VALUES (?, ?, ?)")
        for (position, text) in value.agenda.enumerated() {
            try item.execute(arguments: [id, position, text])
        }
        let decision = try db.cachedStatement(sql: """
            INSERT INTO decision (meeting_id, position, text, owner_institution_id, due, status, closed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, taken) in value.decisions.enumerated() {
            try decision.execute(arguments: [id, position, taken.text, taken.ownerInstitutionID,
                                             OrganisationRows.iso(taken.due), taken.status.code,
                                             OrganisationRows.iso(taken.closedOn)])
        }
    }

    mutating func fetchChildren(_ db: Database) throws {
        guard let id = value.id else { return }
        let what = Self.what(id)
        value.attendees = try Row.fetchAll(db, sql: "SELECT * FROM meeting_attendee WHERE meeting_id = ? ORDER BY position",
                                           arguments: [id])
            .map { Attendee(institutionID: $0["institution_id"], person: $0["person"], function: $0["function"]) }
        value.agenda = try String.fetchAll(db, sql: "SELECT text FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                                           arguments: [id])
        value.decisions = try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE meeting_id = ? ORDER BY position",
                                           arguments: [id]).map { row throws(StorageError) in try Self.decision(row, what) }
    }

    /// A decision from a row of `decision`, of the meeting `what`.
    static func decision(_ row: Row, _ what: String) throws(StorageError) -> Decision {
        Decision(text: row["text"], ownerInstitutionID: row["owner_institution_id"],
                 due: try OrganisationRows.optionalDay(row, "due", what),
                 status: try OrganisationRows.code(row, "status", what),
                 closedOn: try OrganisationRows.optionalDay(row, "closed_on", what))
    }
}
