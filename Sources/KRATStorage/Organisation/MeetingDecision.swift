import KRATCore

/// A decision together with the meeting that took it, as listed by
/// ``KRATDatabase/openDecisions(on:committeeID:)``.
public struct MeetingDecision: Sendable, Hashable {
    /// The meeting that took the decision.
    public var meetingID: Int64
    /// The committee that met.
    public var committeeID: Int64
    /// The day of the meeting.
    public var meetingDate: Day
    /// The decision's position among the meeting's decisions (0-based).
    public var index: Int
    /// The decision itself.
    public var decision: Decision

    /// Creates a meeting decision.
    public init(meetingID: Int64, committeeID: Int64, meetingDate: Day, index: Int, decision: Decision) {
        self.meetingID = meetingID
        self.committeeID = committeeID
        self.meetingDate = meetingDate
        self.index = index
        self.decision = decision
    }
}
