import Foundation

/// Whether an awareness activity was announced one day before it happened.
public enum NoticeStatus: String, Coded {
    /// A notice for the current date was sent at least one day before it.
    case onTime = "on_time"
    /// The first notice for the current date was sent on the day itself or later.
    case late = "late"
    /// No notice for the current date, and the day before it has passed.
    case missing = "missing"
    /// No notice yet, but there is still time to send one on time.
    case notYetDue = "not_yet_due"
    /// The activity was cancelled; no notice is needed.
    case notRequired = "not_required"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .onTime: Label(sq: "Në kohë", en: "On time")
        case .late: Label(sq: "Me vonesë", en: "Late")
        case .missing: Label(sq: "Mungon", en: "Missing")
        case .notYetDue: Label(sq: "Ende pa afat", en: "Not yet due")
        case .notRequired: Label(sq: "Nuk kërkohet", en: "Not required")
        }
    }

    /// Whether the status breaks the rule (late or missing).
    public var isBreach: Bool { self == .late || self == .missing }
}
