import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Strategies (case worker writes)

    /// Stores a new national strategy. Returns it with its new id.
    @discardableResult
    public func insert(_ strategy: Strategy) throws(StorageError) -> Strategy {
        let what = "strategy '\(strategy.title.en)'"
        try OrganisationRows.require(strategy.validate(), what)
        return try write("storing \(what)") { db in
            try db.execute(sql: "INSERT INTO strategy (title_sq, title_en, first_year, last_year) VALUES (?, ?, ?, ?)",
                           arguments: Self.strategyArguments(strategy))
            var stored = strategy
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored strategy's title and years.
    @discardableResult
    public func update(_ strategy: Strategy) throws(StorageError) -> Strategy {
        let id = try OrganisationRows.storedID(strategy.id, "strategy '\(strategy.title.en)'")
        try OrganisationRows.require(strategy.validate(), "strategy \(id)")
        return try write("updating strategy \(id)") { db in
            try db.execute(sql: "UPDATE strategy SET title_sq = ?, title_en = ?, first_year = ?, last_year = ? WHERE id = ?",
                           arguments: Self.strategyArguments(strategy) + [id])
            try OrganisationRows.requireChange(db, "strategy \(id)")
            return strategy
        }
    }

    /// Deletes a strategy; the action plans that named it keep existing without one.
    public func deleteStrategy(id: Int64) throws(StorageError) {
        try deleteRow("strategy", id, "strategy \(id)")
    }

    /// The strategy with this id, or nil.
    public func strategy(id: Int64) throws(StorageError) -> Strategy? {
        try read("reading strategy \(id)") { db in try Self.strategies(db, where: "id = ?", [id]).first }
    }

    /// Every strategy, by first year.
    public func strategies() throws(StorageError) -> [Strategy] {
        try read("listing strategies") { db in try Self.strategies(db, where: "1", []) }
    }

    // MARK: - Action plans (case worker writes)

    /// Stores a new action plan (objectives are stored separately). Refused when the
    /// strategy it names does not cover its year. Returns it with its new id.
    @discardableResult
    public func insert(_ plan: ActionPlan) throws(StorageError) -> ActionPlan {
        let what = "action plan \(plan.year) of \(plan.county.name)"
        try OrganisationRows.require(plan.validate() + OrganisationRows.countyIssues(plan.county, scope: scope), what)
        return try write("storing \(what)") { db in
            try Self.checkStrategy(db, plan, what)
            try db.execute(sql: "INSERT INTO action_plan (county, year, strategy_id, approved_on, title) VALUES (?, ?, ?, ?, ?)",
                           arguments: Self.planArguments(plan))
            var stored = plan
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored action plan's own fields; its objectives stay.
    @discardableResult
    public func update(_ plan: ActionPlan) throws(StorageError) -> ActionPlan {
        let id = try OrganisationRows.storedID(plan.id, "action plan \(plan.year)")
        let what = "action plan \(id)"
        try OrganisationRows.require(plan.validate() + OrganisationRows.countyIssues(plan.county, scope: scope), what)
        return try write("updating \(what)") { db in
            try Self.checkStrategy(db, plan, what)
            try db.execute(sql: "UPDATE action_plan SET county = ?, year = ?, strategy_id = ?, approved_on = ?, title = ? WHERE id = ?",
                           arguments: Self.planArguments(plan) + [id])
            try OrganisationRows.requireChange(db, what)
            return plan
        }
    }

    /// Deletes an action plan with its objectives, activities, indicators and measurements.
    public func deleteActionPlan(id: Int64) throws(StorageError) {
        try deleteRow("action_plan", id, "action plan \(id)")
    }

    /// The action plan with this id, or nil.
    public func actionPlan(id: Int64) throws(StorageError) -> ActionPlan? {
        try read("reading action plan \(id)") { db in try Self.plans(db, where: "id = ?", [id]).first }
    }

    /// The county's action plans (default: this database's first county), by year.
    public func actionPlans(of county: County? = nil) throws(StorageError) -> [ActionPlan] {
        let county = county ?? scope.counties.first ?? .durres
        return try read("listing the action plans of \(county.name)") { db in
            try Self.plans(db, where: "county = ?", [county.code])
        }
    }

    /// The county's action plan for `year` with its objectives, their activities and
    /// indicators; nil when there is none.
    public func actionPlan(year: Int, county: County? = nil) throws(StorageError) -> ActionPlanDetail? {
        let county = county ?? scope.counties.first ?? .durres
        return try read("reading the action plan \(year) of \(county.name)") { db in
            guard let plan = try Self.plans(db, where: "county = ? AND year = ?", [county.code, year]).first,
                  let planID = plan.id else { return nil }
            let objectives = try Self.objectives(db, where: "plan_id = ?", [planID])
            let details = try objectives.map { objective in
                let id = objective.id ?? 0
                return ObjectiveDetail(objective: objective,
                                       activities: try Self.activities(db, where: "objective_id = ?", [id]),
                                       indicators: try Self.indicators(db, where: "objective_id = ?", [id]))
            }
            return ActionPlanDetail(plan: plan, objectives: details)
        }
    }

    // MARK: - Helpers

    /// Deletes one row by id, with its children, or throws ``StorageError/notFound(what:)``.
    func deleteRow(_ table: String, _ id: Int64, _ what: String) throws(StorageError) {
        try write("deleting \(what)") { db in
            try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
            try OrganisationRows.requireChange(db, what)
        }
    }

    static func strategyArguments(_ strategy: Strategy) -> StatementArguments {
        [strategy.title.sq, strategy.title.en, strategy.firstYear, strategy.lastYear]
    }

    static func strategies(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Strategy] {
        try Row.fetchAll(db, sql: "SELECT * FROM strategy WHERE \(condition) ORDER BY first_year, id", arguments: arguments)
            .map { Strategy(id: $0["id"], title: Label(sq: $0["title_sq"], en: $0["title_en"]),
                            firstYear: $0["first_year"], lastYear: $0["last_year"]) }
    }

    static func planArguments(_ plan: ActionPlan) -> StatementArguments {
        [plan.county.code, plan.year, plan.strategyID, OrganisationRows.iso(plan.approvedOn), plan.title]
    }

    static func checkStrategy(_ db: Database, _ plan: ActionPlan, _ what: String) throws {
        guard let strategyID = plan.strategyID else { return }
        guard let strategy = try strategies(db, where: "id = ?", [strategyID]).first else {
            throw StorageError.invalid(what: what, issues: [ValidationIssue(field: "strategy_id",
                message: "no strategy \(strategyID) is stored; store the strategy first or leave the plan without one")])
        }
        try OrganisationRows.require(plan.issues(against: strategy), what)
    }

    static func plans(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [ActionPlan] {
        try Row.fetchAll(db, sql: "SELECT * FROM action_plan WHERE \(condition) ORDER BY year, id", arguments: arguments)
            .map { row throws(StorageError) in
                let what = "action plan \(row["id"] as Int64)"
                return ActionPlan(id: row["id"], county: try OrganisationRows.code(row, "county", what), year: row["year"],
                                  strategyID: row["strategy_id"],
                                  approvedOn: try OrganisationRows.optionalDay(row, "approved_on", what), title: row["title"])
            }
    }
}
