import KRATCore

/// An action plan with everything under it, as read by ``KRATDatabase/actionPlan(year:county:)``.
public struct ActionPlanDetail: Sendable, Hashable {
    /// The plan.
    public var plan: ActionPlan
    /// Its objectives in the order they were stored, each with its activities and indicators.
    public var objectives: [ObjectiveDetail]

    /// Creates a plan detail.
    public init(plan: ActionPlan, objectives: [ObjectiveDetail]) {
        self.plan = plan
        self.objectives = objectives
    }

    /// Every planned activity of the plan, objective by objective.
    public var activities: [PlannedActivity] { objectives.flatMap(\.activities) }

    /// Every indicator of the plan, objective by objective.
    public var indicators: [Indicator] { objectives.flatMap(\.indicators) }
}

/// An objective with its planned activities and monitoring indicators.
public struct ObjectiveDetail: Sendable, Hashable {
    /// The objective.
    public var objective: Objective
    /// Its activities, by deadline.
    public var activities: [PlannedActivity]
    /// Its indicators, in the order they were stored.
    public var indicators: [Indicator]

    /// Creates an objective detail.
    public init(objective: Objective, activities: [PlannedActivity], indicators: [Indicator]) {
        self.objective = objective
        self.activities = activities
        self.indicators = indicators
    }
}
