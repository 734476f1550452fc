import GRDB
import KRATCore

/// A row of `committee`: one ``Committee``.
struct CommitteeRecord: OrganisationRecord {
    static let databaseTableName = "committee"

    /// The columns of `committee`.
    enum Columns: String, ColumnExpression { case id, county, kind, name }

    var value: Committee

    init(_ value: Committee) { self.value = value }

    init(row: Row) throws {
        value = Committee(id: row[Columns.id], county: try Self.code(row, .county), kind: try Self.code(row, .kind),
                          name: row[Columns.name])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .county: value.county.code, .kind: value.kind.code, .name: value.name], to: &container)
    }
}
