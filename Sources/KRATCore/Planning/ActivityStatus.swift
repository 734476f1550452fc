import Foundation

/// Where a planned activity stands.
public enum ActivityStatus: String, Coded {
    /// Not started.
    case planned = "planned"
    /// Under way.
    case inProgress = "in_progress"
    /// Carried out.
    case done = "done"
    /// Will not be carried out.
    case cancelled = "cancelled"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .planned: Label(sq: "E planifikuar", en: "Planned")
        case .inProgress: Label(sq: "Në zbatim", en: "In progress")
        case .done: Label(sq: "E realizuar", en: "Done")
        case .cancelled: Label(sq: "E anuluar", en: "Cancelled")
        }
    }
}
