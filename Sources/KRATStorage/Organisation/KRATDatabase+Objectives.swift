import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Objectives (case worker writes)

    /// Stores a new objective of an action plan with its responsible institutions.
    /// Returns it with its new id.
    @discardableResult
    public func insert(_ objective: Objective) throws(StorageError) -> Objective {
        try insertRecord(ObjectiveRecord.self, objective, "objective '\(objective.title)'", issues: objective.validate()) { db in
            try Self.requireRecord(ActionPlanRecord.self, db, id: objective.planID)
        }
    }

    /// Replaces a stored objective and its responsible institutions in one transaction;
    /// its activities and indicators stay.
    @discardableResult
    public func update(_ objective: Objective) throws(StorageError) -> Objective {
        try updateRecord(ObjectiveRecord.self, objective, unsaved: "objective '\(objective.title)'", issues: objective.validate())
    }

    /// Deletes an objective with its activities, indicators and measurements.
    public func deleteObjective(id: Int64) throws(StorageError) {
        try deleteRecord(ObjectiveRecord.self, id: id)
    }

    /// The objective with this id, or nil.
    public func objective(id: Int64) throws(StorageError) -> Objective? {
        try read("reading objective \(id)") { db in try Self.value(ObjectiveRecord.self, db, id: id) }
    }

    /// The objectives of an action plan, in the order they were stored.
    public func objectives(planID: Int64) throws(StorageError) -> [Objective] {
        try read("listing the objectives of action plan \(planID)") { db in
            try Self.values(db, ObjectiveRecord.filter { $0.planID == planID })
        }
    }

    // MARK: - Planned activities (case worker writes)

    /// Stores a new planned activity of an objective. Returns it with its new id.
    @discardableResult
    public func insert(_ activity: PlannedActivity) throws(StorageError) -> PlannedActivity {
        try insertRecord(PlannedActivityRecord.self, activity, "planned activity '\(activity.title)'",
                         issues: activity.validate()) { db in
            try Self.requireRecord(ObjectiveRecord.self, db, id: activity.objectiveID)
        }
    }

    /// Replaces a stored planned activity.
    @discardableResult
    public func update(_ activity: PlannedActivity) throws(StorageError) -> PlannedActivity {
        try updateRecord(PlannedActivityRecord.self, activity, unsaved: "planned activity '\(activity.title)'",
                         issues: activity.validate())
    }

    /// Deletes a planned activity.
    public func deletePlannedActivity(id: Int64) throws(StorageError) {
        try deleteRecord(PlannedActivityRecord.self, id: id)
    }

    /// The planned activity with this id, or nil.
    public func plannedActivity(id: Int64) throws(StorageError) -> PlannedActivity? {
        try read("reading planned activity \(id)") { db in try Self.value(PlannedActivityRecord.self, db, id: id) }
    }

    /// The planned activities of an objective, by deadline.
    public func plannedActivities(objectiveID: Int64) throws(StorageError) -> [PlannedActivity] {
        try read("listing the activities of objective \(objectiveID)") { db in
            try Self.values(db, PlannedActivityRecord.filter { $0.objectiveID == objectiveID })
        }
    }
}
