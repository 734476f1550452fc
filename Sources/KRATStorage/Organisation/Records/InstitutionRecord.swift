import GRDB
import KRATCore

/// A row of `institution`: one ``Institution``; its services are rows of `institution_service`.
struct InstitutionRecord: OrganisationRecord {
    static let databaseTableName = "institution"
    static let childKey = "institution_id"
    static let childTables = ["institution_service"]

    /// The columns of `institution`.
    enum Columns: String, ColumnExpression { case id, name, kind, county, municipality }

    var value: Institution

    init(_ value: Institution) { self.value = value }

    init(row: Row) throws {
        value = Institution(id: row[Columns.id], name: row[Columns.name], kind: try Self.code(row, .kind),
                            county: try Self.code(row, .county), municipalityCode: row[Columns.municipality])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .name: value.name, .kind: value.kind.code, .county: value.county.code,
                     .municipality: value.municipalityCode], to: &container)
    }

    func insertChildren(_ db: Database, id: Int64) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO institution_service VALUES (?, ?)")
        for service in value.services.sorted(by: { $0.code < $1.code }) {
            try statement.execute(arguments: [id, service.code])
        }
    }

    mutating func fetchChildren(_ db: Database) throws {
        guard let id = value.id else { return }
        let rows = try Row.fetchAll(db, sql: "SELECT service FROM institution_service WHERE institution_id = ?", arguments: [id])
        value.services = Set(try rows.map { row throws(StorageError) -> ProviderService in
            try OrganisationRows.code(row, "service", Self.what(id))
        })
    }
}
