/// The changes of a case's process (a step, a decision, closing, reopening), each checked
/// against the case as it stands and `today` before anything changes.
///
/// A refusal names its field and what is expected, and never repeats a value of the case:
/// the same messages reach the case worker's screen and scripts' logs.
extension CaseRecord {
    // MARK: - Steps

    /// Adds an SOP step done on `step.date` by `provider` (when given: the institution with
    /// `step.providerID`). Identification comes with the case, closure with ``close(on:asOf:)``.
    public mutating func recordStep(_ step: SOPStep, provider: Institution? = nil, asOf today: Day) throws(ValidationError) {
        var check = IssueCollector()
        switch step.kind {
        case .identification:
            check.add("kind", "identification is recorded when the case is entered; give a later step such as referral")
        case .closure:
            check.add("kind", "a case is closed with `close` (case close ID on=DATE), not as a step")
        default: break
        }
        check.require(closedOn == nil, "case", "the case is closed; reopen it first (case reopen ID on=DATE)")
        checkDay(step.date, field: "on", after: identifiedOn, what: "the case's identification", today: today, into: &check)
        if step.providerID != nil || provider != nil {
            if let provider {
                check.require(provider.county == county, "provider",
                              "the institution works in \(provider.county.name), not in the case's county \(county.name)")
                if let service = step.kind.service {
                    check.require(provider.provides(service), "provider",
                                  "the institution does not offer \(service.code); choose one that does (institutions) or record its services first")
                } else if step.kind.isService {
                    check.require(!provider.services.isEmpty, "provider",
                                  "the institution offers no service to victims; choose a service provider (institutions)")
                }
            } else {
                check.add("provider", "no institution with this id; list them with `institutions`")
            }
        }
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
        record(step)
    }

    // MARK: - Status

    /// Records the decision on a potential victim: VT or not a victim, on `day`.
    public mutating func decide(_ next: CaseStatus, on day: Day, asOf today: Day) throws(ValidationError) {
        var check = IssueCollector()
        check.require(status.canChange(to: next), "status",
                      next == .potentialVictim || status != .potentialVictim
                        ? "only a potential victim (VMT) may become VT or not_victim; this case is \(status.code)"
                        : "give VT or not_victim")
        check.require(closedOn == nil, "case", "the case is closed; reopen it first (case reopen ID on=DATE)")
        checkDay(day, field: "on", after: identifiedOn, what: "the case's identification", today: today, into: &check)
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
        try changeStatus(to: next, on: day)
    }

    // MARK: - Closing and reopening

    /// Closes the case on `day`: its last step.
    public mutating func close(on day: Day, asOf today: Day) throws(ValidationError) {
        var check = IssueCollector()
        check.require(closedOn == nil, "case", "the case is already closed")
        let last = ([identifiedOn] + steps.map(\.date) + [statusChange?.on].compactMap { $0 }).max() ?? identifiedOn
        checkDay(day, field: "on", after: last, what: "the case's last step or decision", today: today, into: &check)
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
        record(SOPStep(.closure, on: day))
    }

    /// Reopens a closed case on `day` (not before its closure): the closure step is removed.
    /// Returns the day it had been closed.
    @discardableResult
    public mutating func reopen(on day: Day, asOf today: Day) throws(ValidationError) -> Day {
        guard let closed = closedOn else {
            throw ValidationError(field: "case", message: "the case is open; only a closed case can be reopened")
        }
        var check = IssueCollector()
        checkDay(day, field: "on", after: closed, what: "the case's closure", today: today, into: &check)
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
        steps.removeAll { $0.kind == .closure }
        return closed
    }

    /// Checks a day of a change: not before `earliest`, not after `today`. The messages name
    /// the rule and today, never the case's own days.
    func checkDay(_ day: Day, field: String, after earliest: Day, what: String, today: Day, into check: inout IssueCollector) {
        check.require(day >= earliest, field, "is before \(what); give a day on or after it")
        check.require(day <= today, field, "is after today (\(today)); a change is recorded once it has happened")
    }
}

extension SOPStepKind {
    /// The service a provider must offer to carry out this step, when the step is one service.
    /// Reintegration may be carried out by any provider of a service.
    public var service: ProviderService? {
        switch self {
        case .shelter: .shelter
        case .emergencyCentre: .emergencyCentre
        case .psychosocialCare: .psychosocial
        case .healthCare: .healthCare
        case .legalAssistance: .legalAssistance
        case .education: .education
        case .employment: .employment
        case .vocationalTraining: .vocationalTraining
        case .identification, .referral, .needsAssessment, .reintegration, .closure: nil
        }
    }
}

extension CaseRecord {
    /// Checks the day of a review of the case: not before its last change or `lastReview`, not after today.
    public func checkReviewDay(_ day: Day, after lastReview: Day?, asOf today: Day, into check: inout IssueCollector) {
        let last = ([identifiedOn] + steps.map(\.date) + [statusChange?.on, lastReview].compactMap { $0 }).max() ?? identifiedOn
        checkDay(day, field: "on", after: last, what: "the case's last change or review", today: today, into: &check)
    }
}
