import GRDB
import KRATCore

/// A row of `membership`: one ``Membership`` of an institution in a committee.
struct MembershipRecord: OrganisationRecord {
    static let databaseTableName = "membership"
    static var ordering: [any SQLOrderingTerm] { [Columns.joined, Columns.id] }

    /// The columns of `membership`.
    enum Columns: String, ColumnExpression {
        case id, committeeID = "committee_id", institutionID = "institution_id", role, joined, left = "left_on", representative
    }

    var value: Membership

    init(_ value: Membership) { self.value = value }

    init(row: Row) throws {
        value = Membership(id: row[Columns.id], committeeID: row[Columns.committeeID], institutionID: row[Columns.institutionID],
                           role: try Self.code(row, .role), joined: try Self.day(row, .joined),
                           left: try Self.optionalDay(row, .left), representative: row[Columns.representative])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .committeeID: value.committeeID, .institutionID: value.institutionID,
                     .role: value.role.code, .joined: value.joined.description, .left: OrganisationRows.iso(value.left),
                     .representative: value.representative], to: &container)
    }
}
