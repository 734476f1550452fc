import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing meetings (case worker)

    /// Stores a new meeting with its attendees, agenda and decisions, all or nothing.
    /// Returns it with its new id.
    @discardableResult
    public func insert(_ meeting: Meeting) throws(StorageError) -> Meeting {
        try insertRecord(MeetingRecord.self, meeting, "meeting of \(meeting.date)", issues: meeting.validate())
    }

    /// Replaces a stored meeting, its attendees, agenda and decisions in one transaction.
    @discardableResult
    public func update(_ meeting: Meeting) throws(StorageError) -> Meeting {
        try updateRecord(MeetingRecord.self, meeting, unsaved: "meeting of \(meeting.date)", issues: meeting.validate())
    }

    /// Deletes a meeting with its attendees, agenda and decisions.
    public func deleteMeeting(id: Int64) throws(StorageError) {
        try deleteRecord(MeetingRecord.self, id: id)
    }

    // MARK: - Reading meetings

    /// The meeting with this id, with attendees, agenda and decisions; or nil.
    /// For the analyst and the public, agenda and decision texts are withheld (``withheldText``).
    public func meeting(id: Int64) throws(StorageError) -> Meeting? {
        try read("reading meeting \(id)") { db in try Self.value(MeetingRecord.self, db, id: id) }.map(publishable)
    }

    /// The meetings held in `period`, optionally of one committee, by date, with their
    /// attendees, agenda and decisions. For the analyst and the public, agenda and decision
    /// texts are withheld (``withheldText``).
    public func meetings(in period: Period, committeeID: Int64? = nil) throws(StorageError) -> [Meeting] {
        try read("listing the meetings of \(period)") { db in
            let days = period.start.description...period.end.description
            var meetings = MeetingRecord.filter { days.contains($0.date) }
            if let committeeID { meetings = meetings.filter { $0.committeeID == committeeID } }
            return try Self.values(db, meetings)
        }.map(publishable)
    }

    /// The decisions still open on `day` (see ``Decision/isOpen(on:)``) of meetings held
    /// on or before it, by meeting date and position. For the analyst and the public, their
    /// texts are withheld (``withheldText``).
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
                                       index: row["position"], decision: publishable(try MeetingRecord.decision(row, what)))
            }
        }
    }

    // MARK: - The view of those who do not write them

    /// What the analyst and the public read instead of an agenda item's or a decision's text.
    /// The committee types them freely, and a decision about a case ("shelter for A.H., 15")
    /// could name a person, so only the roles that write them read them
    /// (``Role/mayReadCommitteeTexts``); the others still see that each text exists, and each
    /// decision's owner, due day and status.
    public static let withheldText = "[nuk publikohet / not published]"

    private func publishable(_ meeting: Meeting) -> Meeting {
        guard !role.mayReadCommitteeTexts else { return meeting }
        var meeting = meeting
        meeting.agenda = meeting.agenda.map { _ in Self.withheldText }
        meeting.decisions = meeting.decisions.map(publishable)
        return meeting
    }

    private func publishable(_ decision: Decision) -> Decision {
        guard !role.mayReadCommitteeTexts else { return decision }
        var decision = decision
        decision.text = Self.withheldText
        return decision
    }
}
