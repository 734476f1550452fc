import Foundation

/// A meeting of a committee: who came, what was discussed, what was decided.
public struct Meeting: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the meeting is stored.
    public var id: Int64?
    /// The committee that met.
    public var committeeID: Int64
    /// What the meeting was for.
    public var kind: MeetingKind
    /// The day it was held.
    public var date: Day
    /// Where it was held ("Salla e mbledhjeve, Prefektura Durrës").
    public var place: String
    /// The person who chaired it.
    public var chair: String
    /// Who attended, for which institution.
    public var attendees: [Attendee]
    /// The agenda items, in order.
    public var agenda: [String]
    /// The decisions taken.
    public var decisions: [Decision]

    /// Creates a meeting.
    public init(id: Int64? = nil, committeeID: Int64, kind: MeetingKind, date: Day, place: String,
                chair: String, attendees: [Attendee] = [], agenda: [String] = [], decisions: [Decision] = []) {
        self.id = id
        self.committeeID = committeeID
        self.kind = kind
        self.date = date
        self.place = place
        self.chair = chair
        self.attendees = attendees
        self.agenda = agenda
        self.decisions = decisions
    }

    // MARK: - Questions

    /// The institutions present, each once, in order of first appearance.
    public var institutionsPresent: [Int64] {
        var seen = Set<Int64>()
        return attendees.map(\.institutionID).filter { seen.insert($0).inserted }
    }

    /// The decisions still open on `day`.
    public func openDecisions(on day: Day) -> [Decision] {
        decisions.filter { $0.isOpen(on: day) }
    }
}
