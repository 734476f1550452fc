import GRDB
import KRATCore

/// A row of `indicator`: one monitoring ``Indicator`` of an objective (its measurements are rows of their own).
struct IndicatorRecord: OrganisationRecord {
    static let databaseTableName = "indicator"

    /// The columns of `indicator`.
    enum Columns: String, ColumnExpression {
        case id, objectiveID = "objective_id", name, unit, baseline, target, targetDate = "target_date", direction, accumulation
    }

    var value: Indicator

    init(_ value: Indicator) { self.value = value }

    init(row: Row) throws {
        value = Indicator(id: row[Columns.id], objectiveID: row[Columns.objectiveID], name: row[Columns.name],
                          unit: row[Columns.unit], baseline: row[Columns.baseline], target: row[Columns.target],
                          targetDate: try Self.day(row, .targetDate), direction: try Self.code(row, .direction),
                          accumulation: try Self.code(row, .accumulation))
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .objectiveID: value.objectiveID, .name: value.name, .unit: value.unit,
                     .baseline: value.baseline, .target: value.target, .targetDate: value.targetDate.description,
                     .direction: value.direction.code, .accumulation: value.accumulation.code], to: &container)
    }
}
