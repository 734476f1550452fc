/// The county's SOP timetable: how many days each step of the case process may take.
///
/// The defaults (``standard``) are a starting point, not law: each county keeps its own
/// values in its database and changes them without code (`settings sop` in the shell).
public struct SOPTimetable: Sendable, Hashable, Codable, Validatable {
    /// One deadline of the timetable.
    public enum Deadline: String, Coded {
        /// Referral, counted from identification.
        case referral
        /// Needs assessment, counted from referral.
        case needsAssessment = "needs_assessment"
        /// The first protection service (the 72-hour emergency centre), counted from the needs assessment.
        case protection
        /// The decision on a potential victim (VT or not a victim), counted from identification.
        case decision
        /// Reintegration, counted from the first protection service.
        case reintegration
        /// Closure, counted from reintegration (or from the finding that the person is not a victim).
        case closure
        /// A review of an open case, counted from its last recorded change or review.
        case review

        /// The label shown to people: what is due and from when it is counted.
        public var label: Label {
            switch self {
            case .referral: Label(sq: "Referimi, nga identifikimi", en: "Referral, from identification")
            case .needsAssessment: Label(sq: "Vlerësimi i nevojave, nga referimi", en: "Needs assessment, from referral")
            case .protection: Label(sq: "Shërbimi i parë mbrojtës (qendra 72-orëshe), nga vlerësimi",
                                    en: "First protection service (72-hour centre), from the needs assessment")
            case .decision: Label(sq: "Vendimi VT / jo viktimë për VMT, nga identifikimi",
                                  en: "Decision VT / not a victim for a VMT, from identification")
            case .reintegration: Label(sq: "Riintegrimi, nga shërbimi i parë", en: "Reintegration, from the first service")
            case .closure: Label(sq: "Mbyllja, nga riintegrimi ose vendimi jo viktimë",
                                 en: "Closure, from reintegration or a not-a-victim decision")
            case .review: Label(sq: "Rishikimi i rastit të hapur, nga ndryshimi i fundit",
                                en: "Review of an open case, from its last change")
            }
        }

        /// The default number of days.
        public var standardDays: Int {
            switch self {
            case .referral: 2
            case .needsAssessment: 5
            case .protection: 3
            case .decision: 90
            case .reintegration: 90
            case .closure: 180
            case .review: 90
            }
        }
    }

    /// The days of each deadline; a deadline not listed takes its ``Deadline/standardDays``.
    public private(set) var days: [Deadline: Int]

    /// The defaults: referral in 2 days, needs assessment in 5, a protection service in 3 (the
    /// emergency centre's 72 hours), a decision in 90, reintegration in 90, closure in 180,
    /// a review every 90 days.
    public static let standard = SOPTimetable()

    /// The longest deadline allowed, in days (ten years).
    public static let longest = 3_650

    /// A timetable with the given days, the defaults for the rest.
    public init(days: [Deadline: Int] = [:]) {
        self.days = days
    }

    /// The days allowed for a deadline.
    public subscript(_ deadline: Deadline) -> Int {
        get { days[deadline] ?? deadline.standardDays }
        set { days[deadline] = newValue }
    }

    /// Whether the deadline keeps its default.
    public func isStandard(_ deadline: Deadline) -> Bool { days[deadline] == nil || days[deadline] == deadline.standardDays }

    /// Every problem: a number of days below 0 or above ``longest``.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        for deadline in Deadline.allCases {
            check.require((0...Self.longest).contains(self[deadline]), deadline.code,
                          "must be a number of days from 0 to \(Self.longest)")
        }
        return check.issues
    }
}
