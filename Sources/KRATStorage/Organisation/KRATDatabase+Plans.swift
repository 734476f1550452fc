import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Strategies (case worker writes)

    /// Stores a new national strategy. Returns it with its new id.
    @discardableResult
    public func insert(_ strategy: Strategy) throws(StorageError) -> Strategy {
        try insertRecord(StrategyRecord.self, strategy, "strategy '\(strategy.title.en)'", issues: strategy.validate())
    }

    /// Replaces a stored strategy's title and years.
    @discardableResult
    public func update(_ strategy: Strategy) throws(StorageError) -> Strategy {
        try updateRecord(StrategyRecord.self, strategy, unsaved: "strategy '\(strategy.title.en)'", issues: strategy.validate())
    }

    /// Deletes a strategy; the action plans that named it keep existing without one.
    public func deleteStrategy(id: Int64) throws(StorageError) {
        try deleteRecord(StrategyRecord.self, id: id)
    }

    /// The strategy with this id, or nil.
    public func strategy(id: Int64) throws(StorageError) -> Strategy? {
        try read("reading strategy \(id)") { db in try Self.value(StrategyRecord.self, db, id: id) }
    }

    /// Every strategy, by first year.
    public func strategies() throws(StorageError) -> [Strategy] {
        try read("listing strategies") { db in try Self.values(db, StrategyRecord.all()) }
    }

    // MARK: - Action plans (case worker writes)

    /// Stores a new action plan (objectives are stored separately). Refused when the
    /// strategy it names does not cover its year. Returns it with its new id.
    @discardableResult
    public func insert(_ plan: ActionPlan) throws(StorageError) -> ActionPlan {
        let what = "action plan \(plan.year) of \(plan.county.name)"
        return try insertRecord(ActionPlanRecord.self, plan, what,
                                issues: plan.validate() + OrganisationRows.countyIssues(plan.county, scope: scope)) { db in
            try Self.checkStrategy(db, plan, what)
        }
    }

    /// Replaces a stored action plan's own fields; its objectives stay.
    @discardableResult
    public func update(_ plan: ActionPlan) throws(StorageError) -> ActionPlan {
        try updateRecord(ActionPlanRecord.self, plan, unsaved: "action plan \(plan.year)",
                         issues: plan.validate() + OrganisationRows.countyIssues(plan.county, scope: scope)) { db, what in
            try Self.checkStrategy(db, plan, what)
        }
    }

    /// Deletes an action plan with its objectives, activities, indicators and measurements.
    public func deleteActionPlan(id: Int64) throws(StorageError) {
        try deleteRecord(ActionPlanRecord.self, id: id)
    }

    /// The action plan with this id, or nil.
    public func actionPlan(id: Int64) throws(StorageError) -> ActionPlan? {
        try read("reading action plan \(id)") { db in try Self.value(ActionPlanRecord.self, db, id: id) }
    }

    /// The county's action plans (default: this database's first county), by year.
    public func actionPlans(of county: County? = nil) throws(StorageError) -> [ActionPlan] {
        let county = county ?? scope.counties.first ?? .durres
        return try read("listing the action plans of \(county.name)") { db in
            try Self.values(db, ActionPlanRecord.filter { $0.county == county.code })
        }
    }

    /// The county's action plan for `year` with its objectives, their activities and
    /// indicators; nil when there is none.
    public func actionPlan(year: Int, county: County? = nil) throws(StorageError) -> ActionPlanDetail? {
        let county = county ?? scope.counties.first ?? .durres
        return try read("reading the action plan \(year) of \(county.name)") { db in
            guard let plan = try Self.values(db, ActionPlanRecord.filter { $0.county == county.code && $0.year == year }).first,
                  let planID = plan.id else { return nil }
            let objectives = try Self.values(db, ObjectiveRecord.filter { $0.planID == planID })
            let details = try objectives.map { objective in
                let id = objective.id ?? 0
                return ObjectiveDetail(objective: objective,
                                       activities: try Self.values(db, PlannedActivityRecord.filter { $0.objectiveID == id }),
                                       indicators: try Self.values(db, IndicatorRecord.filter { $0.objectiveID == id }))
            }
            return ActionPlanDetail(plan: plan, objectives: details)
        }
    }

    // MARK: - Helpers

    static func checkStrategy(_ db: Database, _ plan: ActionPlan, _ what: String) throws {
        guard let strategyID = plan.strategyID else { return }
        guard let strategy = try value(StrategyRecord.self, db, id: strategyID) else {
            throw StorageError.invalid(what: what, issues: [ValidationIssue(field: "strategy_id",
                message: "no strategy \(strategyID) is stored; store the strategy first or leave the plan without one")])
        }
        try OrganisationRows.require(plan.issues(against: strategy), what)
    }
}
