import Foundation
import GRDB
import GRDBSQLite

/// Writes prepared cases inside one write transaction, through statements prepared once and
/// stepped through SQLite's C API.
///
/// A case is one `case_record` row (its steps are a column) and, with personal data, one
/// `case_personal` row. The statements are private to the writer (never GRDB's cached ones,
/// whose bindings GRDB keeps track of).
struct CaseWriter {
    private let db: Database
    private let insertCase: Statement
    private let insertPersonal: Statement
    private let updateCase: Statement

    init(_ db: Database) throws {
        self.db = db
        insertCase = try db.makeStatement(sql: CaseColumns.insertSQL)
        insertPersonal = try db.makeStatement(sql: "INSERT INTO case_personal (case_ref, sealed) VALUES (?, ?)")
        updateCase = try db.makeStatement(sql: CaseColumns.updateSQL)
    }

    /// Stores a new case. Returns its row id, or nil when its county already has a case with its id.
    func insert(_ prepared: PreparedCase) throws -> Int64? {
        let statement = insertCase.sqliteStatement
        prepared.row.bind(to: statement)
        if let failure = step(statement) {
            if failure.code == ResultCode.SQLITE_CONSTRAINT_UNIQUE.rawValue { return nil }
            throw failure.error
        }
        let rowID = sqlite3_last_insert_rowid(db.sqliteConnection)
        try storePersonal(prepared.sealed, rowID: rowID)
        return rowID
    }

    /// Replaces the facts, steps and personal data of the stored case at `rowID`.
    func update(_ prepared: PreparedCase, rowID: Int64) throws {
        let statement = updateCase.sqliteStatement
        let next = prepared.row.bind(to: statement, includingKey: false)
        var key = RowBinder(statement: statement, index: next)
        key.text(prepared.row.county)
        key.text(prepared.row.caseID)
        if let failure = step(statement) { throw failure.error }
        try db.execute(sql: "DELETE FROM case_personal WHERE case_ref = ?", arguments: [rowID])
        try storePersonal(prepared.sealed, rowID: rowID)
    }

    /// Replaces the facts and steps of a stored case (by its county and id), leaving its
    /// personal data as they are: a step, a decision or a closure never touches them.
    func updateFacts(_ row: CaseRow) throws {
        let statement = updateCase.sqliteStatement
        let next = row.bind(to: statement, includingKey: false)
        var key = RowBinder(statement: statement, index: next)
        key.text(row.county)
        key.text(row.caseID)
        if let failure = step(statement) { throw failure.error }
    }

    private func storePersonal(_ sealed: Data?, rowID: Int64) throws {
        guard let sealed else { return }
        let statement = insertPersonal.sqliteStatement
        var binder = RowBinder(statement: statement, index: 1)
        binder.integer(rowID)
        binder.blob(sealed)
        if let failure = step(statement) { throw failure.error }
    }

    /// Steps a bound statement once and resets it: nil when it is done, else SQLite's extended
    /// code and an error with SQLite's own message (never the arguments, which may be personal).
    private func step(_ statement: SQLiteStatement) -> (code: Int32, error: DatabaseError)? {
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) != SQLITE_DONE else { return nil }
        let code = sqlite3_extended_errcode(db.sqliteConnection)
        return (code, db.lastSQLiteError(code))
    }
}

extension Database {
    /// The error of a statement stepped through the C API: SQLite's code and its own
    /// message, never the statement's arguments (which may be personal).
    func lastSQLiteError(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)))
    }
}
