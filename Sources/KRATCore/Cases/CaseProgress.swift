/// Where an open case stands in the SOP process: the facts the timetable needs, and no personal data.
public struct CaseProgress: Sendable, Hashable, Codable {
    /// The case id.
    public var id: String
    /// The case's county.
    public var county: County
    /// Its status now.
    public var status: CaseStatus
    /// The day of identification.
    public var identifiedOn: Day
    /// The SOP steps taken, in date order.
    public var steps: [SOPStep]
    /// The decision on a potential victim, when taken.
    public var statusChange: StatusChange?
    /// The last day the case was reviewed without another change, when it was.
    public var reviewedOn: Day?

    /// The progress of a case (its personal data is not used).
    public init(_ record: CaseRecord, reviewedOn: Day? = nil) {
        id = record.id
        county = record.county
        status = record.status
        identifiedOn = record.identifiedOn
        steps = record.steps
        statusChange = record.statusChange
        self.reviewedOn = reviewedOn
    }

    /// Whether the case is open (has no closure step).
    public var isOpen: Bool { !steps.contains { $0.kind == .closure } }

    /// The first day of a step of this kind.
    public func firstDate(of kind: SOPStepKind) -> Day? { steps.first { $0.kind == kind }?.date }

    /// The last day anything was recorded for the case: a step, the decision, a review.
    public var lastChange: Day {
        ([identifiedOn] + steps.map(\.date) + [statusChange?.on, reviewedOn].compactMap { $0 }).max() ?? identifiedOn
    }

    /// What is due next for the case under `timetable`: the next SOP step, the decision on a
    /// potential victim, and a review. A closed case has nothing due.
    public func due(under timetable: SOPTimetable) -> [CaseDue] {
        guard isOpen else { return [] }
        var due: [CaseDue] = []
        let firstService = steps.first { $0.kind.isService && $0.kind != .reintegration }?.date
        if status == .notVictim {
            let decided = statusChange?.on ?? identifiedOn
            due.append(CaseDue(work: .close, deadline: .closure, due: decided.adding(days: timetable[.closure])))
        } else if let reintegrated = firstDate(of: .reintegration) {
            due.append(CaseDue(work: .close, deadline: .closure, due: reintegrated.adding(days: timetable[.closure])))
        } else if let firstService {
            due.append(CaseDue(work: .step(.reintegration), deadline: .reintegration,
                               due: firstService.adding(days: timetable[.reintegration])))
        } else if let assessed = firstDate(of: .needsAssessment) {
            due.append(CaseDue(work: .step(.emergencyCentre), deadline: .protection,
                               due: assessed.adding(days: timetable[.protection])))
        } else if let referred = firstDate(of: .referral) {
            due.append(CaseDue(work: .step(.needsAssessment), deadline: .needsAssessment,
                               due: referred.adding(days: timetable[.needsAssessment])))
        } else {
            due.append(CaseDue(work: .step(.referral), deadline: .referral,
                               due: identifiedOn.adding(days: timetable[.referral])))
        }
        if status == .potentialVictim {
            due.append(CaseDue(work: .decide, deadline: .decision, due: identifiedOn.adding(days: timetable[.decision])))
        }
        due.append(CaseDue(work: .review, deadline: .review, due: lastChange.adding(days: timetable[.review])))
        return due
    }
}
