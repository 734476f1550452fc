import GRDB

/// The database schema: an ordered list of migrations, applied through GRDB's
/// `DatabaseMigrator`, all that a file lacks in one transaction.
///
/// GRDB records each applied migration's identifier in the table `grdb_migrations`. The
/// schema's number, the one ``StorageError/newerSchema(file:found:supported:)`` names, is
/// the count of applied migrations; it is also written to SQLite's `user_version`, so that
/// the builds before the migrator, which read only `user_version`, refuse a newer file too.
///
/// - A file that records an identifier this build does not know, or whose `user_version`
///   is above ``currentVersion``, comes from a newer KRATKit and is refused.
/// - A file written before the migrator (`user_version` 1 or 2, no identifier recorded)
///   had the first `user_version` migrations applied by the old ladder: they are recorded
///   as applied, in the same transaction as the migrations it still lacks, never run again.
/// - Anything that fails rolls the whole transaction back, so the file keeps its version.
enum Schema {
    /// One step of the schema's history.
    struct Migration: Sendable {
        /// The name GRDB records once the step is applied. Never change a published one.
        let identifier: String
        /// The step itself.
        let apply: @Sendable (Database) throws -> Void
    }

    /// Every step, oldest first. Append only: never edit or reorder a published step
    /// (the first two are versions 1 and 2 of the earlier `user_version` ladder).
    static let migrations: [Migration] = [
        Migration(identifier: "v1 cases, aggregates, privacy and audit", apply: CaseSchema.create),
    ] + organisationMigrations + historyMigrations + auditAccountMigrations + caseProcessMigrations
        + auditChainMigrations + nationalMonthsMigrations

    /// The version this build writes: the number of migrations it knows.
    static var currentVersion: Int { migrations.count }

    /// Where an open file stands.
    static func version(of db: Database) throws -> FileVersion {
        let recorded = try db.tableExists("grdb_migrations")
            ? try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
        return FileVersion(recorded: recorded, userVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
    }

    /// Throws ``StorageError/newerSchema(file:found:supported:)`` for a file from a newer KRATKit.
    static func refuseNewer(_ version: FileVersion, file: String) throws(StorageError) {
        if version.isNewer {
            throw .newerSchema(file: file, found: version.number, supported: currentVersion)
        }
    }

    /// Brings the file up to ``currentVersion`` in one transaction, or refuses a newer file.
    ///
    /// GRDB's migrator runs each migration it registers in a transaction of its own; so that
    /// a file lacking several steps gets all of them or none, the migrator here registers one
    /// migration, named after the last step, that applies every missing step and records the
    /// identifiers of the others (GRDB records the last one itself).
    static func migrate(_ writer: any DatabaseWriter, file: String) throws {
        let before = try writer.read { db in try version(of: db) }
        try refuseNewer(before, file: file)
        guard let last = migrations.last?.identifier, !before.isCurrent else { return }
        var migrator = DatabaseMigrator()
        migrator.registerMigration(last) { db in try applyMissing(db, file: file) }
        do {
            try migrator.migrate(writer)
        } catch {
            // GRDB creates its (empty) table before the transaction; a legacy file that
            // failed to migrate is given back as it was.
            if before.isLegacy { try? dropEmptyMigrationTable(writer) }
            throw error
        }
    }

    /// Inside the migrator's transaction: applies the steps the file lacks and records them.
    static func applyMissing(_ db: Database, file: String) throws {
        // Read again inside the write lock: another process may have migrated meanwhile.
        let found = try version(of: db)
        try refuseNewer(found, file: file)
        let applied = found.appliedIdentifiers
        for step in migrations where !applied.contains(step.identifier) {
            try step.apply(db)
        }
        for step in migrations.dropLast() where !found.recorded.contains(step.identifier) {
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
        }
        // Another process may have finished the migration between GRDB's look at the file and
        // this transaction: GRDB records the last identifier as this migration commits.
        if let last = migrations.last?.identifier, found.recorded.contains(last) {
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [last])
        }
        try db.execute(sql: "PRAGMA user_version = \(currentVersion)")
    }

    private static func dropEmptyMigrationTable(_ writer: any DatabaseWriter) throws {
        try writer.write { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0 {
                try db.execute(sql: "DROP TABLE grdb_migrations")
            }
        }
    }
}

extension Schema {
    /// The schema of a file as found: the identifiers recorded in `grdb_migrations` and
    /// SQLite's `user_version`.
    struct FileVersion: Sendable, Equatable {
        /// The identifiers in `grdb_migrations` (none for a file written before the migrator).
        let recorded: Set<String>
        /// `PRAGMA user_version`.
        let userVersion: Int

        /// Written by the `user_version` ladder before the migrator: nothing recorded, a version set.
        var isLegacy: Bool { recorded.isEmpty && userVersion > 0 }

        /// The migrations the file has, as identifiers (for a legacy file, the first `user_version`).
        var appliedIdentifiers: Set<String> {
            isLegacy ? Set(migrations.prefix(userVersion).map(\.identifier)) : recorded
        }

        /// The file's version: the number of migrations it has (at least its `user_version`).
        var number: Int { max(recorded.count, userVersion) }

        /// Whether a newer KRATKit wrote it: an unknown identifier, or a version above this build's.
        var isNewer: Bool {
            number > currentVersion || !recorded.isSubset(of: Set(migrations.map(\.identifier)))
        }

        /// Whether the file has every migration recorded, so that opening it writes nothing.
        var isCurrent: Bool { !isNewer && recorded.count == currentVersion }
    }
}
