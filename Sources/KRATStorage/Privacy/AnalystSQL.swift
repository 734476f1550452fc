import Foundation
import GRDBSQLite
import KRATCore

/// Read-only SQL for analysts, on the redacted views only.
///
/// Each call opens its own SQLite connection to the database file, read-only, never one of
/// GRDB's (an authorizer there would replace GRDB's own). On that connection it disables
/// extension loading, turns on defensive mode (Linux), sets `PRAGMA query_only`, caps the
/// length of values and of the SQL, installs ``AnalystSQLPolicy`` as the SQLite authorizer
/// (every refusal fails the whole statement with ``StorageError/sqlRefused(reason:)``) and a
/// progress handler that stops a runaway query after ``defaultMaxSteps`` virtual-machine steps.
/// Only one statement is accepted, and it must be read-only.
public enum AnalystSQL {
    /// The rows returned when no limit is given; the table's notes say when rows were left out.
    public static let defaultRowLimit = 100_000
    /// The virtual-machine steps after which a query is stopped (about a minute of work).
    public static let defaultMaxSteps = 2_000_000_000
    /// The longest text or blob a query may build, in bytes.
    static let maxValueLength: Int32 = 10_000_000
    /// The longest SQL accepted, in bytes.
    static let maxSQLLength: Int32 = 100_000

    /// Runs one statement on a new guarded connection and returns its rows.
    static func run(_ sql: String, path: String, limit: Int, maxSteps: Int,
                    hidesFreeText: Bool = true) throws(StorageError) -> ResultTable {
        let state = AnalystSQLGuard(maxSteps: maxSteps, hidesFreeText: hidesFreeText)
        let connection = try open(path, state: state)
        defer { sqlite3_close_v2(connection) }
        let statement = try prepare(sql, on: connection, state: state)
        defer { sqlite3_finalize(statement) }
        return try rows(of: statement, on: connection, state: state, limit: limit)
    }

    // MARK: - Connection

    private static func open(_ path: String, state: AnalystSQLGuard) throws(StorageError) -> OpaquePointer {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let connection = handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw .sqlite(action: "opening \(path) for analyst SQL", message: message)
        }
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, 10_000)
        sqlite3_enable_load_extension(connection, 0)
        let hardened = enableDefensiveMode(connection)
        sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, maxValueLength)
        sqlite3_limit(connection, SQLITE_LIMIT_SQL_LENGTH, maxSQLLength)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
        let views = sqlite3_exec(connection, AnalystViews.definitions(temporary: true), nil, nil, nil)
        let pragma = sqlite3_exec(connection, "PRAGMA query_only = 1; PRAGMA trusted_schema = 0", nil, nil, nil)
        guard hardened, views == SQLITE_OK, pragma == SQLITE_OK else {
            sqlite3_close_v2(connection)
            throw .sqlite(action: "preparing \(path) for analyst SQL", message: "the connection could not be made read-only")
        }
        state.install(on: connection)
        return connection
    }

    /// Sets `SQLITE_DBCONFIG_DEFENSIVE`. `sqlite3_db_config` is variadic, which Swift cannot
    /// call; on Linux (x86_64, arm64) variadic integer and pointer arguments are passed like
    /// fixed ones, so it is called through a fixed prototype and the setting is read back.
    /// Elsewhere it is skipped: the authorizer and `query_only` already refuse every write.
    private static func enableDefensiveMode(_ connection: OpaquePointer) -> Bool {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        typealias DBConfig = @convention(c) (OpaquePointer?, Int32, Int32, UnsafeMutablePointer<Int32>?) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sqlite3_db_config") else { return true }
        let config = unsafeBitCast(symbol, to: DBConfig.self)
        var now: Int32 = 0
        let defensive: Int32 = 1010  // SQLITE_DBCONFIG_DEFENSIVE
        guard config(connection, defensive, 1, &now) == SQLITE_OK else { return false }
        return now == 1
        #else
        return true
        #endif
    }

    // MARK: - Statement

    private static func prepare(_ sql: String, on connection: OpaquePointer,
                                state: AnalystSQLGuard) throws(StorageError) -> OpaquePointer {
        var handle: OpaquePointer?
        var rest = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(connection, text, -1, &handle, &tail)
            if let tail { rest = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(handle)
            if let refusal = state.refusal { throw .sqlRefused(reason: refusal) }
            throw .sqlite(action: "running analyst SQL", message: String(cString: sqlite3_errmsg(connection)))
        }
        guard let statement = handle else {
            throw .sqlRefused(reason: "no statement was given; write one SELECT, such as SELECT status, count(*) FROM cases GROUP BY status")
        }
        guard try onlyComments(rest, on: connection, state: state) else {
            sqlite3_finalize(statement)
            throw .sqlRefused(reason: "one statement at a time: remove what follows the first ';'")
        }
        guard sqlite3_stmt_readonly(statement) != 0 else {
            sqlite3_finalize(statement)
            throw .sqlRefused(reason: "analyst SQL is read-only: only SELECT (and WITH … SELECT) is allowed")
        }
        return statement
    }

    /// Whether the text after the first statement holds no statement (only blanks, `;` and comments).
    private static func onlyComments(_ rest: String, on connection: OpaquePointer,
                                     state: AnalystSQLGuard) throws(StorageError) -> Bool {
        let trimmed = rest.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
        guard !trimmed.isEmpty else { return true }
        let saved = state.refusal
        defer { state.refusal = saved }
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, trimmed, -1, &handle, nil)
        defer { sqlite3_finalize(handle) }
        return code == SQLITE_OK && handle == nil
    }

    // MARK: - Rows

    private static func rows(of statement: OpaquePointer, on connection: OpaquePointer, state: AnalystSQLGuard,
                             limit: Int) throws(StorageError) -> ResultTable {
        let count = Int(sqlite3_column_count(statement))
        let names = (0..<count).map { index in
            sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? "column\(index + 1)"
        }
        var rows: [[ResultTable.Cell]] = []
        var truncated = false
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                if state.stopped {
                    throw .sqlRefused(reason: "the query was stopped after \(state.maxCalls * Int(AnalystSQLGuard.stepsPerCall)) steps; "
                                      + "narrow it with WHERE or count from monthly_counts")
                }
                if let refusal = state.refusal { throw .sqlRefused(reason: refusal) }
                throw .sqlite(action: "running analyst SQL", message: String(cString: sqlite3_errmsg(connection)))
            }
            guard rows.count < limit else { truncated = true; break }
            rows.append((0..<count).map { cell(statement, Int32($0)) })
        }
        let columns = names.enumerated().map { index, name in
            let numeric = !rows.isEmpty && rows.allSatisfy { row in
                switch row[index] { case .integer, .decimal, .none: true; default: false }
            }
            return ResultTable.Column(key: name, label: Label(sq: name, en: name), role: numeric ? .measure : .dimension)
        }
        let notes = truncated ? [Label(sq: "Shfaqen vetëm \(limit) rreshtat e parë.", en: "Only the first \(limit) rows are shown.")] : []
        return ResultTable(title: Label(sq: "Rezultati i SQL", en: "SQL result"), columns: columns, rows: rows, notes: notes)
    }

    private static func cell(_ statement: OpaquePointer, _ index: Int32) -> ResultTable.Cell {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(Int(sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT: .decimal(sqlite3_column_double(statement, index))
        case SQLITE_TEXT: .text(sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "")
        case SQLITE_BLOB: .text("<blob of \(sqlite3_column_bytes(statement, index)) bytes>")
        default: .none
        }
    }
}

extension KRATDatabase {
    /// Runs one read-only statement of analyst SQL on the redacted views, at most `limit` rows
    /// (default ``AnalystSQL/defaultRowLimit``). Refusals throw ``StorageError/sqlRefused(reason:)``
    /// naming what may be read instead. The public role may not run SQL. For the analyst,
    /// `decision.text` and `agenda_item.text` read as NULL (``Role/mayReadCommitteeTexts``).
    public func runAnalystSQL(_ sql: String, limit: Int? = nil) throws(StorageError) -> ResultTable {
        try runAnalystSQL(sql, limit: limit, maxSteps: AnalystSQL.defaultMaxSteps)
    }

    /// ``runAnalystSQL(_:limit:)`` with a chosen step budget (tests use a small one).
    func runAnalystSQL(_ sql: String, limit: Int?, maxSteps: Int) throws(StorageError) -> ResultTable {
        guard role != .public else {
            throw .sqlRefused(reason: "the public role may not run SQL. " + StorageError.publicQuestions)
        }
        guard let path else {
            throw .sqlRefused(reason: "analyst SQL needs a database file, and this database is in memory; open a file with KRATDatabase.open(at:role:)")
        }
        return try AnalystSQL.run(sql, path: path, limit: max(0, limit ?? AnalystSQL.defaultRowLimit), maxSteps: maxSteps,
                                  hidesFreeText: !role.mayReadCommitteeTexts)
    }
}
