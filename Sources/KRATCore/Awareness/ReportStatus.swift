import Foundation

/// Whether an awareness activity's report was sent by the day after it happened.
public enum ReportStatus: String, Coded {
    /// Sent by the day after the activity.
    case onTime = "on_time"
    /// Sent later than the day after the activity.
    case late = "late"
    /// Not sent, and the day after the activity has passed.
    case missing = "missing"
    /// Not sent, and still within time (the activity has not happened or just did).
    case notYetDue = "not_yet_due"
    /// The activity was cancelled; no report is needed.
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
