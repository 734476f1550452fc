import Foundation

/// Where a meeting's decision stands.
public enum DecisionStatus: String, Coded {
    /// Still to be carried out.
    case open = "open"
    /// Carried out.
    case done = "done"
    /// Abandoned.
    case dropped = "dropped"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .open: Label(sq: "E hapur", en: "Open")
        case .done: Label(sq: "E zbatuar", en: "Done")
        case .dropped: Label(sq: "E hequr", en: "Dropped")
        }
    }

    /// Whether the decision is closed (done or dropped).
    public var isClosed: Bool { self != .open }
}
