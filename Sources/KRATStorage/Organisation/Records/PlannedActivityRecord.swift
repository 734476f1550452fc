import GRDB
import KRATCore

/// A row of `planned_activity`: one ``PlannedActivity`` of an objective.
struct PlannedActivityRecord: OrganisationRecord {
    static let databaseTableName = "planned_activity"
    static var ordering: [any SQLOrderingTerm] { [Columns.deadline, Columns.id] }

    /// The columns of `planned_activity`.
    enum Columns: String, ColumnExpression {
        case id, objectiveID = "objective_id", title, responsibleInstitutionID = "responsible_institution_id", deadline, status
        case completedOn = "completed_on"
    }

    var value: PlannedActivity

    init(_ value: PlannedActivity) { self.value = value }

    init(row: Row) throws {
        value = PlannedActivity(id: row[Columns.id], objectiveID: row[Columns.objectiveID], title: row[Columns.title],
                                responsibleInstitutionID: row[Columns.responsibleInstitutionID],
                                deadline: try Self.day(row, .deadline), status: try Self.code(row, .status),
                                completedOn: try Self.optionalDay(row, .completedOn))
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .objectiveID: value.objectiveID, .title: value.title,
                     .responsibleInstitutionID: value.responsibleInstitutionID, .deadline: value.deadline.description,
                     .status: value.status.code, .completedOn: OrganisationRows.iso(value.completedOn)], to: &container)
    }
}
