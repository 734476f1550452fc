import Foundation

/// The role an institution's representative holds in a committee.
public enum CommitteeRole: String, Coded {
    /// Chairs the committee; at most one at a time.
    case chair = "chair"
    /// Keeps the minutes and the calendar.
    case secretary = "secretary"
    /// An ordinary member.
    case member = "member"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .chair: Label(sq: "Kryetar", en: "Chair")
        case .secretary: Label(sq: "Sekretar", en: "Secretary")
        case .member: Label(sq: "Anëtar", en: "Member")
        }
    }
}
