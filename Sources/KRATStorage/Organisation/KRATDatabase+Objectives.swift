import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Objectives (case worker writes)

    /// Stores a new objective of an action plan with its responsible institutions.
    /// Returns it with its new id.
    @discardableResult
    public func insert(_ objective: Objective) throws(StorageError) -> Objective {
        let what = "objective '\(objective.title)'"
        try OrganisationRows.require(objective.validate(), what)
        return try write("storing \(what)") { db in
            try OrganisationRows.requireRow(db, "action_plan", objective.planID, "action plan \(objective.planID)")
            try db.execute(sql: "INSERT INTO objective (plan_id, pillar, title) VALUES (?, ?, ?)",
                           arguments: [objective.planID, objective.pillar.code, objective.title])
            var stored = objective
            stored.id = db.lastInsertedRowID
            try Self.insertResponsible(db, id: db.lastInsertedRowID, objective)
            return stored
        }
    }

    /// Replaces a stored objective and its responsible institutions in one transaction;
    /// its activities and indicators stay.
    @discardableResult
    public func update(_ objective: Objective) throws(StorageError) -> Objective {
        let id = try OrganisationRows.storedID(objective.id, "objective '\(objective.title)'")
        try OrganisationRows.require(objective.validate(), "objective \(id)")
        return try write("updating objective \(id)") { db in
            try db.execute(sql: "UPDATE objective SET plan_id = ?, pillar = ?, title = ? WHERE id = ?",
                           arguments: [objective.planID, objective.pillar.code, objective.title, id])
            try OrganisationRows.requireChange(db, "objective \(id)")
            try db.execute(sql: "DELETE FROM objective_responsible WHERE objective_id = ?", arguments: [id])
            try Self.insertResponsible(db, id: id, objective)
            return objective
        }
    }

    /// Deletes an objective with its activities, indicators and measurements.
    public func deleteObjective(id: Int64) throws(StorageError) {
        try deleteRow("objective", id, "objective \(id)")
    }

    /// The objective with this id, or nil.
    public func objective(id: Int64) throws(StorageError) -> Objective? {
        try read("reading objective \(id)") { db in try Self.objectives(db, where: "id = ?", [id]).first }
    }

    /// The objectives of an action plan, in the order they were stored.
    public func objectives(planID: Int64) throws(StorageError) -> [Objective] {
        try read("listing the objectives of action plan \(planID)") { db in
            try Self.objectives(db, where: "plan_id = ?", [planID])
        }
    }

    // MARK: - Planned activities (case worker writes)

    /// Stores a new planned activity of an objective. Returns it with its new id.
    @discardableResult
    public func insert(_ activity: PlannedActivity) throws(StorageError) -> PlannedActivity {
        let what = "planned activity '\(activity.title)'"
        try OrganisationRows.require(activity.validate(), what)
        return try write("storing \(what)") { db in
            try OrganisationRows.requireRow(db, "objective", activity.objectiveID, "objective \(activity.objectiveID)")
            try db.execute(sql: """
                INSERT INTO planned_activity (objective_id, title, responsible_institution_id, deadline, status, completed_on)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: Self.activityArguments(activity))
            var stored = activity
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored planned activity.
    @discardableResult
    public func update(_ activity: PlannedActivity) throws(StorageError) -> PlannedActivity {
        let id = try OrganisationRows.storedID(activity.id, "planned activity '\(activity.title)'")
        try OrganisationRows.require(activity.validate(), "planned activity \(id)")
        return try write("updating planned activity \(id)") { db in
            try db.execute(sql: """
                UPDATE planned_activity SET objective_id = ?, title = ?, responsible_institution_id = ?, deadline = ?,
                status = ?, completed_on = ? WHERE id = ?
                """, arguments: Self.activityArguments(activity) + [id])
            try OrganisationRows.requireChange(db, "planned activity \(id)")
            return activity
        }
    }

    /// Deletes a planned activity.
    public func deletePlannedActivity(id: Int64) throws(StorageError) {
        try deleteRow("planned_activity", id, "planned activity \(id)")
    }

    /// The planned activity with this id, or nil.
    public func plannedActivity(id: Int64) throws(StorageError) -> PlannedActivity? {
        try read("reading planned activity \(id)") { db in try Self.activities(db, where: "id = ?", [id]).first }
    }

    /// The planned activities of an objective, by deadline.
    public func plannedActivities(objectiveID: Int64) throws(StorageError) -> [PlannedActivity] {
        try read("listing the activities of objective \(objectiveID)") { db in
            try Self.activities(db, where: "objective_id = ?", [objectiveID])
        }
    }

    // MARK: - Helpers

    static func insertResponsible(_ db: Database, id: Int64, _ objective: Objective) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO objective_responsible VALUES (?, ?, ?)")
        for (position, institution) in objective.responsibleInstitutionIDs.enumerated() {
            try statement.execute(arguments: [id, position, institution])
        }
    }

    static func objectives(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Objective] {
        try Row.fetchAll(db, sql: "SELECT * FROM objective WHERE \(condition) ORDER BY id", arguments: arguments)
            .map { row in
                let id: Int64 = row["id"]
                let responsible = try Int64.fetchAll(db, sql: """
                    SELECT institution_id FROM objective_responsible WHERE objective_id = ? ORDER BY position
                    """, arguments: [id])
                return Objective(id: id, planID: row["plan_id"],
                                 pillar: try OrganisationRows.code(row, "pillar", "objective \(id)"),
                                 title: row["title"], responsibleInstitutionIDs: responsible)
            }
    }

    static func activityArguments(_ activity: PlannedActivity) -> StatementArguments {
        [activity.objectiveID, activity.title, activity.responsibleInstitutionID, activity.deadline.description,
         activity.status.code, OrganisationRows.iso(activity.completedOn)]
    }

    static func activities(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [PlannedActivity] {
        try Row.fetchAll(db, sql: "SELECT * FROM planned_activity WHERE \(condition) ORDER BY deadline, id", arguments: arguments)
            .map { row throws(StorageError) in
                let what = "planned activity \(row["id"] as Int64)"
                return PlannedActivity(id: row["id"], objectiveID: row["objective_id"], title: row["title"],
                                       responsibleInstitutionID: row["responsible_institution_id"],
                                       deadline: try OrganisationRows.day(row, "deadline", what),
                                       status: try OrganisationRows.code(row, "status", what),
                                       completedOn: try OrganisationRows.optionalDay(row, "completed_on", what))
            }
    }
}
