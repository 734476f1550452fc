import GRDB
import KRATCore

/// A GRDB record for one organisational table: each row holds one KRATCore value with an
/// integer `id`, and the value's lists (services, attendees, notices, …) live in child
/// tables that hang off the row and are deleted with it (ON DELETE CASCADE).
///
/// The stores of ``KRATDatabase`` write and read every such table the same way
/// (`KRATDatabase+Records.swift`); a record says only what is particular to its table:
/// its columns (a nested `enum Columns`), how a value becomes a row and back, its order
/// (by id unless it says otherwise), and its children.
protocol OrganisationRecord: FetchableRecord, MutablePersistableRecord where Columns: ColumnExpression {
    /// The KRATCore value a row holds.
    associatedtype Value: StoredValue

    /// How messages name a row: "committee" in "committee 12" (by default the table's
    /// name, with spaces for underscores).
    static var label: String { get }
    /// The order in which lists of rows are read.
    static var ordering: [any SQLOrderingTerm] { get }
    /// The column of the child tables that holds the row's id.
    static var childKey: String { get }
    /// The child tables whose rows are deleted and written again when the value is updated
    /// (their own children go with them, by cascade).
    static var childTables: [String] { get }

    /// The value.
    var value: Value { get set }

    /// A record for a value.
    init(_ value: Value)

    /// Writes the value's children under the row `id`.
    func insertChildren(_ db: Database, id: Int64) throws

    /// Reads the value's children into ``value``.
    mutating func fetchChildren(_ db: Database) throws
}

extension OrganisationRecord {
    static var label: String { String(databaseTableName.map { $0 == "_" ? " " : $0 }) }
    static var ordering: [any SQLOrderingTerm] { [Column("id")] }
    static var childKey: String { "" }
    static var childTables: [String] { [] }

    func insertChildren(_ db: Database, id: Int64) throws {}

    mutating func fetchChildren(_ db: Database) throws {}

    /// The new row's id becomes the value's.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        value.id = inserted.rowID
    }

    /// Puts each column's value into `container`: the body of a record's `encode(to:)`.
    static func encode(_ values: KeyValuePairs<Columns, (any DatabaseValueConvertible)?>,
                       to container: inout PersistenceContainer) {
        for (column, value) in values { container[column] = value }
    }

    /// A coded value from a column of a row being read; one that is not a known code is
    /// ``StorageError/corrupt(what:)``, naming the row and the column.
    static func code<T: Coded>(_ row: Row, _ column: Columns) throws(StorageError) -> T {
        try OrganisationRows.code(row, column.name, what(row))
    }

    /// A day from a column of a row being read, which may not be NULL.
    static func day(_ row: Row, _ column: Columns) throws(StorageError) -> Day {
        try OrganisationRows.day(row, column.name, what(row))
    }

    /// A day from a column of a row being read, which may be NULL.
    static func optionalDay(_ row: Row, _ column: Columns) throws(StorageError) -> Day? {
        try OrganisationRows.optionalDay(row, column.name, what(row))
    }

    /// "committee 12", for messages.
    static func what(_ id: Int64) -> String { "\(label) \(id)" }

    /// "committee 12", for messages about a row being read (its `id` column).
    static func what(_ row: Row) -> String { what(row["id"]) }
}

/// A KRATCore value stored as one row with an integer id (nil until it is stored).
protocol StoredValue: Encodable {
    /// The row's id.
    var id: Int64? { get set }
}

extension Institution: StoredValue {}
extension Committee: StoredValue {}
extension Membership: StoredValue {}
extension Meeting: StoredValue {}
extension Strategy: StoredValue {}
extension ActionPlan: StoredValue {}
extension Objective: StoredValue {}
extension PlannedActivity: StoredValue {}
extension Indicator: StoredValue {}
extension IndicatorMeasurement: StoredValue {}
extension AwarenessActivity: StoredValue {}
