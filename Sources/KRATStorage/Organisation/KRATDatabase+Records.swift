import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing records (case worker)

    /// Stores a new value with its children in one transaction; returns it with its new id.
    ///
    /// `issues` (the value's validation) refuse it before anything is written, naming it
    /// `what`; `check` runs in the transaction before the row is written. A value that
    /// already has an id is stored as a new row all the same.
    func insertRecord<Record: OrganisationRecord>(_ type: Record.Type, _ value: Record.Value, _ what: String,
                                                  issues: [ValidationIssue],
                                                  check: (Database) throws -> Void = { _ in }) throws(StorageError)
        -> Record.Value {
        try OrganisationRows.require(issues, what)
        return try write("storing \(what)") { db in
            try check(db)
            var record = Record(value)
            record.value.id = nil
            try record.insert(db)
            try record.insertChildren(db, id: db.lastInsertedRowID)
            return record.value
        }
    }

    /// Replaces a stored value's row and children in one transaction; returns the value.
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
        return try write("updating \(what)") { db in
            try check(db, what)
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
            return value
        }
    }

    /// Deletes a stored row with its children (by cascade), or throws ``StorageError/notFound(what:)``.
    func deleteRecord<Record: OrganisationRecord>(_ type: Record.Type, id: Int64) throws(StorageError) {
        let what = Record.what(id)
        try write("deleting \(what)") { db in
            guard try Record.deleteOne(db, key: id) else { throw StorageError.notFound(what: what) }
        }
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
