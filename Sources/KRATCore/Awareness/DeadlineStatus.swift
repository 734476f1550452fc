import Foundation

/// Whether something due by a day was done in time: a notice due the day before an
/// awareness activity, or its report due the day after.
public enum DeadlineStatus: String, Coded {
    /// Done by the day it was due.
    case onTime = "on_time"
    /// Done, but after the day it was due.
    case late = "late"
    /// Not done, and the day it was due has passed.
    case missing = "missing"
    /// Not done yet, and there is still time.
    case notYetDue = "not_yet_due"
    /// Not needed: the activity was cancelled.
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

/// Whether an awareness activity was announced at least one day before it happened.
public typealias NoticeStatus = DeadlineStatus

/// Whether an awareness activity's report was sent by the day after it happened.
public typealias ReportStatus = DeadlineStatus
