import GRDB
import KRATCore

/// A row of `action_plan`: one county's ``ActionPlan`` for a year (its objectives are rows of their own).
struct ActionPlanRecord: OrganisationRecord {
    static let databaseTableName = "action_plan"
    static var ordering: [any SQLOrderingTerm] { [Columns.year, Columns.id] }

    /// The columns of `action_plan`.
    enum Columns: String, ColumnExpression {
        case id, county, year, strategyID = "strategy_id", approvedOn = "approved_on", title
    }

    var value: ActionPlan

    init(_ value: ActionPlan) { self.value = value }

    init(row: Row) throws {
        value = ActionPlan(id: row[Columns.id], county: try Self.code(row, .county), year: row[Columns.year],
                           strategyID: row[Columns.strategyID], approvedOn: try Self.optionalDay(row, .approvedOn),
                           title: row[Columns.title])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .county: value.county.code, .year: value.year, .strategyID: value.strategyID,
                     .approvedOn: OrganisationRows.iso(value.approvedOn), .title: value.title], to: &container)
    }
}
