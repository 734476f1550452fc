import KRATCore

/// An action plan with everything under it, as one JSON record: objectives, planned
/// activities, indicators and their measurements.
public struct ActionPlanBundle: Sendable, Hashable, Codable, Validatable {
    /// The plan.
    public var plan: ActionPlan
    /// Its objectives.
    public var objectives: [Objective]
    /// The activities planned under the objectives.
    public var activities: [PlannedActivity]
    /// The indicators of the objectives.
    public var indicators: [Indicator]
    /// The measurements of the indicators.
    public var measurements: [IndicatorMeasurement]

    /// Creates a bundle.
    public init(plan: ActionPlan, objectives: [Objective] = [], activities: [PlannedActivity] = [],
                indicators: [Indicator] = [], measurements: [IndicatorMeasurement] = []) {
        self.plan = plan
        self.objectives = objectives
        self.activities = activities
        self.indicators = indicators
        self.measurements = measurements
    }

    /// Every problem of the plan and its parts, and references that point outside the bundle.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.merge(plan.validate(), prefix: "plan")
        let objectiveIDs = Set(objectives.compactMap(\.id))
        let indicatorIDs = Set(indicators.compactMap(\.id))
        for (index, objective) in objectives.enumerated() {
            check.merge(objective.validate(), prefix: "objectives[\(index)]")
            if let planID = plan.id {
                check.require(objective.planID == planID, "objectives[\(index)].plan_id",
                              "is \(objective.planID), not the plan's id \(planID)")
            }
        }
        for (index, activity) in activities.enumerated() {
            check.merge(activity.validate(), prefix: "activities[\(index)]")
            check.require(objectiveIDs.contains(activity.objectiveID), "activities[\(index)].objective_id",
                          "\(activity.objectiveID) is not the id of an objective in this plan")
        }
        for (index, indicator) in indicators.enumerated() {
            check.merge(indicator.validate(), prefix: "indicators[\(index)]")
            check.require(objectiveIDs.contains(indicator.objectiveID), "indicators[\(index)].objective_id",
                          "\(indicator.objectiveID) is not the id of an objective in this plan")
        }
        for (index, measurement) in measurements.enumerated() {
            check.merge(measurement.validate(), prefix: "measurements[\(index)]")
            check.require(indicatorIDs.contains(measurement.indicatorID), "measurements[\(index)].indicator_id",
                          "\(measurement.indicatorID) is not the id of an indicator in this plan")
        }
        return check.issues
    }
}
