import KRATCore
import KRATStorage

/// The one rule every writer of generated data obeys: only into a file made for sample data.
///
/// A database is marked as sample data when it is created (``KRATDatabase/holdsSampleData``:
/// `krat --demo`, `krat init … --sample`), never later; a county's real database is refused,
/// so an invented case can never be counted with real ones.
enum SampleDataGuard {
    /// Throws ``StorageError/notSampleData(file:)`` unless `database` was created for sample data.
    static func require(_ database: KRATDatabase) throws(StorageError) {
        guard database.holdsSampleData else { throw .notSampleData(file: database.path ?? ":memory:") }
    }
}
