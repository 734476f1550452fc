import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing meetings (case worker)

    /// Stores a new meeting with its attendees, agenda and decisions, all or nothing.
    /// Returns it with its new id.
    @discardableResult
    public func insert(_ meeting: Meeting) throws(StorageError) -> Meeting {
        let what = "meeting of \(meeting.date)"
        try OrganisationRows.require(meeting.validate(), what)
        return try write("storing \(what)") { db in
            try db.execute(sql: "INSERT INTO meeting (committee_id, kind, date, place, chair) VALUES (?, ?, ?, ?, ?)",
                           arguments: Self.meetingArguments(meeting))
            var stored = meeting
            stored.id = db.lastInsertedRowID
            try Self.insertMeetingChildren(db, id: db.lastInsertedRowID, meeting)
            return stored
        }
    }

    /// Replaces a stored meeting, its attendees, agenda and decisions in one transaction.
    @discardableResult
    public func update(_ meeting: Meeting) throws(StorageError) -> Meeting {
        let id = try OrganisationRows.storedID(meeting.id, "meeting of \(meeting.date)")
        let what = "meeting \(id)"
        try OrganisationRows.require(meeting.validate(), what)
        return try write("updating \(what)") { db in
            try db.execute(sql: "UPDATE meeting SET committee_id = ?, kind = ?, date = ?, place = ?, chair = ? WHERE id = ?",
                           arguments: Self.meetingArguments(meeting) + [id])
            try OrganisationRows.requireChange(db, what)
            for table in ["meeting_attendee", "agenda_item", "decision"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE meeting_id = ?", arguments: [id])
            }
            try Self.insertMeetingChildren(db, id: id, meeting)
            return meeting
        }
    }

    /// Deletes a meeting with its attendees, agenda and decisions.
    public func deleteMeeting(id: Int64) throws(StorageError) {
        try write("deleting meeting \(id)") { db in
            try db.execute(sql: "DELETE FROM meeting WHERE id = ?", arguments: [id])
            try OrganisationRows.requireChange(db, "meeting \(id)")
        }
    }

    // MARK: - Reading meetings

    /// The meeting with this id, with attendees, agenda and decisions; or nil.
    /// For the public role, agenda and decision texts are withheld (``withheldText``).
    public func meeting(id: Int64) throws(StorageError) -> Meeting? {
        try read("reading meeting \(id)") { db in try Self.meetings(db, where: "id = ?", [id]).first }.map(publishable)
    }

    /// The meetings held in `period`, optionally of one committee, by date, with their
    /// attendees, agenda and decisions. For the public role, agenda and decision texts are
    /// withheld (``withheldText``).
    public func meetings(in period: Period, committeeID: Int64? = nil) throws(StorageError) -> [Meeting] {
        try read("listing the meetings of \(period)") { db in
            try Self.meetings(db, where: "date BETWEEN ? AND ? AND (? IS NULL OR committee_id = ?)",
                              [period.start.description, period.end.description, committeeID, committeeID])
        }.map(publishable)
    }

    /// The decisions still open on `day` (see ``Decision/isOpen(on:)``) of meetings held
    /// on or before it, by meeting date and position. For the public role, their texts are
    /// withheld (``withheldText``).
    public func openDecisions(on day: Day, committeeID: Int64? = nil) throws(StorageError) -> [MeetingDecision] {
        try read("listing the decisions open on \(day)") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT d.*, m.committee_id, m.date AS meeting_date FROM decision d JOIN meeting m ON m.id = d.meeting_id
                WHERE m.date <= ?1 AND (d.status = 'open' OR d.closed_on > ?1) AND (?2 IS NULL OR m.committee_id = ?2)
                ORDER BY m.date, m.id, d.position
                """, arguments: [day.description, committeeID])
            return try rows.map { row throws(StorageError) in
                let what = "meeting \(row["meeting_id"] as Int64)"
                return MeetingDecision(meetingID: row["meeting_id"], committeeID: row["committee_id"],
                                       meetingDate: try OrganisationRows.day(row, "meeting_date", what),
                                       index: row["position"], decision: publishable(try Self.decision(row, what)))
            }
        }
    }

    // MARK: - The public's view

    /// What the public reads instead of an agenda item's or a decision's text. The committee
    /// types them freely, and a decision about a case ("shelter for A.H., 15") could name a
    /// person, so they are never published; the public still sees each decision's owner, due
    /// day and status.
    public static let withheldText = "[nuk publikohet / not published]"

    private func publishable(_ meeting: Meeting) -> Meeting {
        guard role == .public else { return meeting }
        var meeting = meeting
        meeting.agenda = meeting.agenda.map { _ in Self.withheldText }
        meeting.decisions = meeting.decisions.map(publishable)
        return meeting
    }

    private func publishable(_ decision: Decision) -> Decision {
        guard role == .public else { return decision }
        var decision = decision
        decision.text = Self.withheldText
        return decision
    }

    // MARK: - Helpers

    static func meetingArguments(_ meeting: Meeting) -> StatementArguments {
        [meeting.committeeID, meeting.kind.code, meeting.date.description, meeting.place, meeting.chair]
    }

    static func insertMeetingChildren(_ db: Database, id: Int64, _ meeting: Meeting) throws {
        let attendee = try db.cachedStatement(sql: "INSERT INTO meeting_attendee VALUES (?, ?, ?, ?, ?)")
        for (position, person) in meeting.attendees.enumerated() {
            try attendee.execute(arguments: [id, position, person.institutionID, person.person, person.function])
        }
        let item = try db.cachedStatement(sql: "INSERT INTO agenda_item VALUES (?, ?, ?)")
        for (position, text) in meeting.agenda.enumerated() {
            try item.execute(arguments: [id, position, text])
        }
        let decision = try db.cachedStatement(sql: """
            INSERT INTO decision (meeting_id, position, text, owner_institution_id, due, status, closed_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, taken) in meeting.decisions.enumerated() {
            try decision.execute(arguments: [id, position, taken.text, taken.ownerInstitutionID,
                                             OrganisationRows.iso(taken.due), taken.status.code,
                                             OrganisationRows.iso(taken.closedOn)])
        }
    }

    static func decision(_ row: Row, _ what: String) throws(StorageError) -> Decision {
        Decision(text: row["text"], ownerInstitutionID: row["owner_institution_id"],
                 due: try OrganisationRows.optionalDay(row, "due", what),
                 status: try OrganisationRows.code(row, "status", what),
                 closedOn: try OrganisationRows.optionalDay(row, "closed_on", what))
    }

    static func meetings(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Meeting] {
        try Row.fetchAll(db, sql: "SELECT * FROM meeting WHERE \(condition) ORDER BY date, id", arguments: arguments)
            .map { row in
                let id: Int64 = row["id"]
                let what = "meeting \(id)"
                let attendees = try Row.fetchAll(db, sql: "SELECT * FROM meeting_attendee WHERE meeting_id = ? ORDER BY position",
                                                 arguments: [id])
                    .map { Attendee(institutionID: $0["institution_id"], person: $0["person"], function: $0["function"]) }
                let agenda = try String.fetchAll(db, sql: "SELECT text FROM agenda_item WHERE meeting_id = ? ORDER BY position",
                                                 arguments: [id])
                let decisions = try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE meeting_id = ? ORDER BY position",
                                                 arguments: [id]).map { row throws(StorageError) in try decision(row, what) }
                return Meeting(id: id, committeeID: row["committee_id"], kind: try OrganisationRows.code(row, "kind", what),
                               date: try OrganisationRows.day(row, "date", what), place: row["place"], chair: row["chair"],
                               attendees: attendees, agenda: agenda, decisions: decisions)
            }
    }
}
