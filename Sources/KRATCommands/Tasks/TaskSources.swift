import KRATCore

/// Every source of `tasks`: what the committee's records and the case process make due.
public enum TaskSources {
    /// The sources `tasks` lists from, registered by ``DomainCommands/all()``.
    public static let all: [any TaskSource] = [AwarenessTaskSource(), DecisionTaskSource(), PlanTaskSource()]

    /// Who sees the committee's tasks one by one: the roles that record them, and analysts,
    /// since an organisational task names an activity, a decision or an indicator by number and
    /// an institution, never a person or a case.
    static let organisationRoles: Set<Role> = [.caseWorker, .secretary, .analyst]
}
