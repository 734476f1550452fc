import GRDB

/// The database schema, as an ordered list of versions applied all together in one transaction.
///
/// The version is kept in SQLite's `user_version`. A file whose version is newer than
/// ``Schema/currentVersion`` is refused with an error naming both versions; an older
/// file is brought up to date in a single transaction, or left as it was if any step fails.
enum Schema {
    /// One step of the schema's history.
    struct Migration: Sendable {
        /// The version the file has after this step.
        let version: Int
        /// What the step does, for logs.
        let name: String
        /// The step itself.
        let apply: @Sendable (Database) throws -> Void
    }

    /// Every step, oldest first. Append only: never edit a published step.
    static let migrations: [Migration] = [
        Migration(version: 1, name: "cases, aggregates, privacy and audit", apply: CaseSchema.create),
    ] + organisationMigrations

    /// The version this build of KRATKit writes.
    static var currentVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// The version of an open file.
    static func version(of db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }

    /// Brings the file up to ``currentVersion`` in one transaction.
    static func migrate(_ db: Database, file: String) throws {
        let found = try version(of: db)
        if found > currentVersion {
            throw StorageError.newerSchema(file: file, found: found, supported: currentVersion)
        }
        let pending = migrations.filter { $0.version > found }
        guard !pending.isEmpty else { return }
        try db.inTransaction(.immediate) {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            let now = try version(of: db)
            for step in migrations where step.version > now {
                try step.apply(db)
                try db.execute(sql: "PRAGMA user_version = \(step.version)")
            }
            return .commit
        }
    }
}
