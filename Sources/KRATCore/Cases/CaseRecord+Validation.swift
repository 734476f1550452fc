extension CaseRecord {
    /// Throws a ``ValidationError`` holding every problem of the case as of `today`, if there is any.
    ///
    /// A case has no "today" of its own (a date in the future is a problem only against one),
    /// so unlike other ``Validatable`` values it is always checked against a day given to it.
    public func checked(asOf today: Day) throws(ValidationError) {
        let issues = validate(asOf: today)
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    /// Every problem with the case, with `today` as the latest allowed date.
    public func validate(asOf today: Day) -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(id, "case_id")
        check.require(id.count <= 64, "case_id", "is longer than 64 characters")
        if let municipality {
            check.require(municipality.county == county, "municipality",
                          "\(municipality.name) is in \(municipality.county.name), not in \(county.name)")
        }
        check.require(identifiedOn <= today, "identified_on", "\(identifiedOn) is in the future")
        check.require(identifiedOn.year >= 1990, "identified_on", "\(identifiedOn) is before 1990")
        if let age = ageAtIdentification {
            check.require((0...120).contains(age), "age", "\(age) is not an age between 0 and 120")
        }
        if let birth = personal.birthDate {
            check.require(birth <= identifiedOn, "birth_date", "is after the identification date")
        }
        check.merge(personal.validate(), prefix: "personal")
        for (index, step) in steps.enumerated() {
            check.require(step.date >= identifiedOn, "steps[\(index)].date",
                          "\(step.kind.code) on \(step.date) is before identification on \(identifiedOn)")
            check.require(step.date <= today, "steps[\(index)].date", "\(step.kind.code) on \(step.date) is in the future")
        }
        if let closed = closedOn {
            check.require(steps.allSatisfy { $0.date <= closed }, "closed_on",
                          "\(closed) comes before other steps of the case; closure must be the last step")
        }
        check.require(steps.filter { $0.kind == .closure }.count <= 1, "closed_on", "the case is closed more than once")
        if let change = statusChange {
            check.require(change.from.canChange(to: change.to), "status_change",
                          "\(change.from.code) cannot become \(change.to.code); only VMT may become VT or not_victim")
            check.require(change.to == status, "status_change", "ends in \(change.to.code) but the status is \(status.code)")
            check.require(change.on >= identifiedOn, "status_changed_on", "\(change.on) is before identification on \(identifiedOn)")
            check.require(change.on <= today, "status_changed_on", "\(change.on) is in the future")
        }
        check.require(steps.filter { $0.kind == .identification }.count <= 1, "steps", "identification is recorded more than once")
        return check.issues
    }
}
