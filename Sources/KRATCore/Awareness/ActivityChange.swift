import Foundation

/// A change to an activity of the awareness calendar after it was entered, as
/// ``RecordChecks/change(of:_:on:)`` checks it.
public enum ActivityChange: Sendable, Hashable {
    /// A notice for its current date.
    case notice
    /// The report after it.
    case report
    /// A move to another day.
    case move(to: Day)
    /// Its cancellation.
    case cancel

    /// The activity's field the change touches (`notices`, `report`, `date`, `cancelled`).
    public var field: String {
        switch self {
        case .notice: "notices"
        case .report: "report"
        case .move: "date"
        case .cancel: "cancelled"
        }
    }
}
