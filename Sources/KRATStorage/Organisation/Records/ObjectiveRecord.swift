import GRDB
import KRATCore

/// A row of `objective`: one ``Objective`` of an action plan; its responsible institutions
/// are rows of `objective_responsible`, by position.
struct ObjectiveRecord: OrganisationRecord {
    static let databaseTableName = "objective"
    static let childKey = "objective_id"
    static let childTables = ["objective_responsible"]

    /// The columns of `objective`.
    enum Columns: String, ColumnExpression { case id, planID = "plan_id", pillar, title }

    var value: Objective

    init(_ value: Objective) { self.value = value }

    init(row: Row) throws {
        value = Objective(id: row[Columns.id], planID: row[Columns.planID],
                          pillar: try Self.code(row, .pillar), title: row[Columns.title])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .planID: value.planID, .pillar: value.pillar.code, .title: value.title], to: &container)
    }

    func insertChildren(_ db: Database, id: Int64) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO objective_responsible VALUES (?, ?, ?)")
        for (position, institution) in value.responsibleInstitutionIDs.enumerated() {
            try statement.execute(arguments: [id, position, institution])
        }
    }

    mutating func fetchChildren(_ db: Database) throws {
        guard let id = value.id else { return }
        value.responsibleInstitutionIDs = try Int64.fetchAll(db, sql: """
            SELECT institution_id FROM objective_responsible WHERE objective_id = ? ORDER BY position
            """, arguments: [id])
    }
}
