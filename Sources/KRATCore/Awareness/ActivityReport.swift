import Foundation

/// The report sent electronically to the National Coordinator after an awareness
/// activity: its purpose, theme, participants and photos. Due by the day after the activity.
public struct ActivityReport: Sendable, Hashable, Codable, Validatable {
    /// The day the report was sent.
    public var sentOn: Day
    /// What the activity was for.
    public var purpose: String
    /// The theme it addressed.
    public var theme: String
    /// Who took part, by group.
    public var participants: [ParticipantCount]
    /// The photos sent with it.
    public var photos: [PhotoReference]

    /// Creates a report.
    public init(sentOn: Day, purpose: String, theme: String,
                participants: [ParticipantCount] = [], photos: [PhotoReference] = []) {
        self.sentOn = sentOn
        self.purpose = purpose
        self.theme = theme
        self.participants = participants
        self.photos = photos
    }

    /// The number of participants across all groups.
    public var totalParticipants: Int { participants.reduce(0) { $0 + $1.count } }

    /// Every problem: blank purpose or theme, negative counts, bad photo references.
    /// ``AwarenessActivity/validate()`` adds the check against the activity's date.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(purpose, "purpose")
        check.requireText(theme, "theme")
        for (index, participant) in participants.enumerated() {
            check.merge(participant.validate(), prefix: "participants[\(index)]")
        }
        for (index, photo) in photos.enumerated() {
            check.merge(photo.validate(), prefix: "photos[\(index)]")
        }
        return check.issues
    }
}
