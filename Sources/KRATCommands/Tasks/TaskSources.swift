import KRATCore

/// Every source of `tasks`, in one place: a new kind of work is one line here.
public enum TaskSources {
    /// The built-in sources, in the order their tasks are gathered: the case process, then
    /// what the committee's records make due.
    public static let all: [any TaskSource] = [
        CaseTaskSource(), AwarenessTaskSource(), DecisionTaskSource(), PlanTaskSource(),
    ]

    /// Who sees the committee's tasks one by one: the roles that record them, and analysts,
    /// since an organisational task names an activity, a decision or an indicator by number and
    /// an institution, never a person or a case.
    static let organisationRoles: Set<Role> = [.caseWorker, .secretary, .analyst]
}
