import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing records (case worker and secretary)

    /// Stores a new value with its children in one transaction, with its history entry;
    /// returns it with its new id.
    ///
    /// `issues` (the value's validation) refuse it before anything is written, naming it
    /// `what`; `check` runs in the transaction before the row is written. A value that
    /// already has an id is stored as a new row all the same.
    func insertRecord<Record: OrganisationRecord>(_ type: Record.Type, _ value: Record.Value, _ what: String,
                                                  issues: [ValidationIssue],
                                                  check: (Database) throws -> Void = { _ in }) throws(StorageError)
        -> Record.Value {
        try OrganisationRows.require(issues, what)
        return try writeOrganisation("storing \(what)") { db in
            try check(db)
            var record = Record(value)
            record.value.id = try Self.unusedID(db, Record.self)
            try record.insert(db)
            let id = db.lastInsertedRowID
            try record.insertChildren(db, id: id)
            try appendHistory(db, kind: Record.databaseTableName, recordID: String(id), action: .created,
                              changes: FieldChange.between(nil, record.value))
            return record.value
        }
    }

    /// Replaces a stored value's row and children in one transaction, with a history entry of
    /// the fields that changed; returns the value.
    ///
    /// A value without an id was never stored and is refused, naming it `unsaved`. From
    /// there on it is named by its id ("committee 12"): in its `issues`, in `check` (which
    /// runs in the transaction before the row is written) and in
    /// ``StorageError/notFound(what:)`` when no row has that id.
    func updateRecord<Record: OrganisationRecord>(_ type: Record.Type, _ value: Record.Value, unsaved: String,
                                                  issues: [ValidationIssue],
                                                  check: (Database, String) throws -> Void = { _, _ in })
        throws(StorageError) -> Record.Value {
        let id = try OrganisationRows.storedID(value.id, unsaved)
        let what = Record.what(id)
        try OrganisationRows.require(issues, what)
        return try writeOrganisation("updating \(what)") { db in
            try check(db, what)
            let old = try Self.value(Record.self, db, id: id)
            let record = Record(value)
            do {
                try record.update(db)
            } catch RecordError.recordNotFound(databaseTableName: _, key: _) {
                throw StorageError.notFound(what: what)
            }
            for table in Record.childTables {
                try db.execute(sql: "DELETE FROM \(table) WHERE \(Record.childKey) = ?", arguments: [id])
            }
            try record.insertChildren(db, id: id)
            try appendHistory(db, kind: Record.databaseTableName, recordID: String(id), action: .changed,
                              changes: FieldChange.between(old, value))
            return value
        }
    }

    /// Deletes a stored row with its children (by cascade), or throws ``StorageError/notFound(what:)``.
    func deleteRecord<Record: OrganisationRecord>(_ type: Record.Type, id: Int64) throws(StorageError) {
        let what = Record.what(id)
        try writeOrganisation("deleting \(what)") { db in
            let old = try Self.value(Record.self, db, id: id)
            guard try Record.deleteOne(db, key: id) else { throw StorageError.notFound(what: what) }
            try appendDeletion(db, Record.self, id: id, old: old)
        }
    }

    /// The history entry of a deleted row: every field it had, as old values.
    func appendDeletion<Record: OrganisationRecord>(_ db: Database, _ type: Record.Type, id: Int64,
                                                    old: Record.Value?) throws {
        try appendHistory(db, kind: Record.databaseTableName, recordID: String(id), action: .deleted,
                          changes: FieldChange.between(old, nil as Record.Value?))
    }

    /// The next id of a record's table that no row has ever had: SQLite would give a deleted
    /// last row's id again, and the history (and any file that named the old row) would then
    /// speak of two records as one.
    static func unusedID<Record: OrganisationRecord>(_ db: Database, _ type: Record.Type) throws -> Int64 {
        let table = Record.databaseTableName
        let stored = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM \(table)") ?? 0
        let named = try Int64.fetchOne(db, sql: """
            SELECT coalesce(max(CAST(record_id AS INTEGER)), 0) FROM record_history WHERE kind = ?
            """, arguments: [table]) ?? 0
        return max(stored, named) + 1
    }

    // MARK: - Reading records

    /// The values of the rows a request selects, in the record's order, with their children.
    static func values<Record: OrganisationRecord>(_ db: Database, _ request: QueryInterfaceRequest<Record>) throws
        -> [Record.Value] {
        try request.order(Record.ordering).fetchAll(db).map { record in
            var record = record
            try record.fetchChildren(db)
            return record.value
        }
    }

    /// The value stored as row `id`, with its children, or nil.
    static func value<Record: OrganisationRecord>(_ type: Record.Type, _ db: Database, id: Int64) throws -> Record.Value? {
        try values(db, Record.filter(key: id)).first
    }

    /// Throws ``StorageError/notFound(what:)`` when no row of the record's table has `id`.
    static func requireRecord<Record: OrganisationRecord>(_ type: Record.Type, _ db: Database, id: Int64) throws {
        guard try Record.exists(db, key: id) else { throw StorageError.notFound(what: Record.what(id)) }
    }
}
