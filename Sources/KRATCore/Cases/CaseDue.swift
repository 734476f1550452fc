/// One thing due on an open case, by the county's SOP timetable.
public struct CaseDue: Sendable, Hashable, Codable {
    /// The work that is due.
    public enum Work: Sendable, Hashable, Codable {
        /// An SOP step (for the first protection service: the emergency centre, or any other service).
        case step(SOPStepKind)
        /// The decision on a potential victim: VT or not a victim.
        case decide
        /// Closing the case.
        case close
        /// A review of the open case.
        case review

        /// The label shown to people.
        public var label: Label {
            switch self {
            case .step(let kind): kind.label
            case .decide: Label(sq: "Vendimi VT / jo viktimë", en: "Decision VT / not a victim")
            case .close: SOPStepKind.closure.label
            case .review: Label(sq: "Rishikimi i rastit", en: "Case review")
            }
        }

        /// The shell line that does the work for case `id` (days and codes to fill in as `…`).
        public func command(caseID id: String) -> String {
            let quoted = id.contains(" ") ? "\"\(id)\"" : id
            return switch self {
            case .step(let kind): "case step \(quoted) \(kind.code) on=YYYY-MM-DD"
            case .decide: "case status \(quoted) VT|not_victim on=YYYY-MM-DD"
            case .close: "case close \(quoted) on=YYYY-MM-DD reason=CODE"
            case .review: "case review \(quoted) on=YYYY-MM-DD"
            }
        }
    }

    /// What is due.
    public var work: Work
    /// The deadline of the timetable that sets the day.
    public var deadline: SOPTimetable.Deadline
    /// The last day it is due on.
    public var due: Day

    /// Creates a due item.
    public init(work: Work, deadline: SOPTimetable.Deadline, due: Day) {
        self.work = work
        self.deadline = deadline
        self.due = due
    }
}
