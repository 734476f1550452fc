import GRDBSQLite

/// What analyst SQL may touch: the allow-lists behind the SQLite authorizer of ``AnalystSQL``.
///
/// Everything is denied unless listed here. An analyst may read:
/// - the redacted views over the case tables (``caseViews``): no personal field, the month
///   instead of the day, the age band instead of the age;
/// - non-personal reference tables (``referenceTables``);
/// - the organisational tables (``organisationTables``): institutions, committees, meetings,
///   plans, indicators, awareness; none refers to a case or holds a victim's data.
///
/// The tables under the case views (`case_record`, `case_day_cube`) are read
/// only through those views: SQLite tells the authorizer which view a read comes from. A bare
/// `count(*)` over them reads no column and tells no more than `count(*)` over the views, so a
/// column-less read is allowed for them. `case_personal` (the ciphertext), `audit_log`,
/// `krat_meta` (the key check) and SQLite's own schema tables are never readable.
enum AnalystSQLPolicy {
    /// The redacted views over the case tables.
    static let caseViews: Set<String> = ["cases", "case_steps", "monthly_counts"]
    /// Reference tables without personal data.
    static let referenceTables: Set<String> = ["municipality", "age_band", "exploitation_type",
                                               "institution_kind", "institution"]
    /// The committee's organisational tables (added in schema version 2); none holds a victim's data.
    static let organisationTables: Set<String> = [
        "institution_service", "committee", "membership", "meeting", "meeting_attendee", "agenda_item",
        "decision", "strategy", "action_plan", "objective", "objective_responsible", "planned_activity",
        "indicator", "indicator_measurement", "awareness_activity", "awareness_target_group",
        "activity_notice", "activity_report", "report_participants", "report_photo",
    ]
    /// Free-text columns that read as NULL for a role that may not read the committee's texts
    /// (``Role/mayReadCommitteeTexts``): the row is there, its words are not.
    static let freeTextColumns: Set<String> = ["decision.text", "agenda_item.text"]
    /// Everything analyst SQL may name.
    static let readable = caseViews.union(referenceTables).union(organisationTables)
    /// The tables each case view reads; they are readable only from inside that view.
    static let viewSources: [String: Set<String>] = [
        "cases": ["case_record", "age_band", "exploitation_type"],
        "case_steps": ["case_record", "json_each"],
        "monthly_counts": ["case_day_cube", "exploitation_type"],
    ]
    /// Tables whose row count (a read of no column) equals that of a case view.
    static let countOnly: Set<String> = ["case_record", "case_day_cube"]
    /// Tables that are never readable, with the reason given to the analyst.
    static let forbidden: [String: String] = [
        "case_personal": "case_personal holds the victims' personal data (encrypted) and is never readable by SQL",
        "audit_log": "audit_log is read through the audit command, not SQL",
        "krat_meta": "krat_meta holds the key check and the database settings",
        "sqlite_master": "SQLite's schema table is not readable; use .tables and .schema to see what you may query",
        "sqlite_schema": "SQLite's schema table is not readable; use .tables and .schema to see what you may query",
        "sqlite_temp_master": "SQLite's schema table is not readable; use .tables and .schema to see what you may query",
        "sqlite_temp_schema": "SQLite's schema table is not readable; use .tables and .schema to see what you may query",
    ]
    /// Functions analyst SQL may call: aggregates, window, text, date, math and JSON functions.
    /// Anything else (load_extension, readfile, writefile, fts3_tokenizer, randomblob, zeroblob…) is refused.
    static let functions: Set<String> = [
        "avg", "count", "group_concat", "string_agg", "max", "min", "sum", "total", "median",
        "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
        "abs", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "ifnull", "iif", "instr",
        "length", "like", "likelihood", "likely", "unlikely", "lower", "upper", "ltrim", "rtrim", "trim",
        "nullif", "octet_length", "printf", "quote", "replace", "round", "sign", "substr", "substring",
        "typeof", "unicode",
        "date", "time", "datetime", "julianday", "strftime", "unixepoch", "timediff",
        "ceil", "ceiling", "floor", "exp", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power",
        "sqrt", "trunc", "degrees", "radians",
        "json", "json_array", "json_object", "json_extract", "json_valid", "json_type",
        "json_group_array", "json_group_object", "->", "->>",
    ]
    /// Pragmas allowed, and only on a readable table or view: they describe columns.
    static let pragmas: Set<String> = ["table_info", "table_xinfo"]

    /// The listing used in messages.
    static var readableList: String {
        caseViews.sorted().joined(separator: ", ") + ", " + referenceTables.sorted().joined(separator: ", ")
            + " and the organisational tables (see .tables)"
    }

    /// Nil to allow an action, else the reason to refuse the whole statement.
    ///
    /// The arguments are those of SQLite's authorizer callback: the action code, two
    /// action-specific names, the database name, and the innermost view or trigger.
    static func refusal(action: Int32, _ first: String?, _ second: String?, database: String?,
                        view: String?) -> String? {
        // SQLite reports reading a table-valued pragma's schema as an UPDATE of sqlite_master;
        // CREATE and DROP report INSERT and DELETE on it, and get the read-only message below.
        if let table = first?.lowercased(), let reason = forbidden[table],
           action == SQLITE_READ || (action == SQLITE_UPDATE && table.hasPrefix("sqlite_")) {
            return reason
        }
        switch action {
        case SQLITE_SELECT, SQLITE_RECURSIVE:
            return nil
        case SQLITE_READ:
            return readRefusal(table: first?.lowercased() ?? "", column: second ?? "",
                               database: database, view: view?.lowercased())
        case SQLITE_FUNCTION:
            let name = second?.lowercased() ?? ""
            return functions.contains(name) ? nil
                : "the function \(name)() is not allowed; analyst SQL may call aggregate, window, text, date, math and JSON functions"
        case SQLITE_PRAGMA:
            let name = first?.lowercased() ?? ""
            if pragmas.contains(name), let target = second?.lowercased(), readable.contains(target),
               database == nil || database == "main" {
                return nil
            }
            return "PRAGMA \(name) is not allowed; analyst SQL is read-only (use .schema to see the columns of a view)"
        case SQLITE_ATTACH, SQLITE_DETACH:
            return "ATTACH and DETACH are not allowed; analyst SQL reads only this database's views"
        case SQLITE_TRANSACTION, SQLITE_SAVEPOINT:
            return "transactions and savepoints are not allowed; analyst SQL runs one SELECT at a time"
        default:
            return "analyst SQL is read-only: only SELECT (and WITH … SELECT) is allowed; "
                + "INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ANALYZE and REINDEX are refused"
        }
    }

    private static func readRefusal(table: String, column: String, database: String?, view: String?) -> String? {
        // The case views are the connection's own TEMP views (see `AnalystViews`).
        guard database == nil || database == "main" || (database == "temp" && caseViews.contains(table)) else {
            return "only the main database is readable; analyst SQL may read \(readableList)"
        }
        if readable.contains(table) { return nil }
        if let view, caseViews.contains(view), viewSources[view]?.contains(table) == true { return nil }
        if column.isEmpty, countOnly.contains(table) { return nil }
        if countOnly.contains(table) {
            return "\(table).\(column) is not readable directly; case tables are read through the views "
                + "cases, case_steps and monthly_counts, which show the month instead of the day and the age band instead of the age"
        }
        return "\(table) is not readable; analyst SQL may read only \(readableList)"
    }
}

/// The per-statement state the C callbacks of ``AnalystSQL`` reach through their context pointer.
final class AnalystSQLGuard {
    /// The first refusal of the statement being prepared.
    var refusal: String?
    /// Progress-handler calls so far (each one is ``stepsPerCall`` virtual-machine steps).
    var calls = 0
    /// The most calls allowed before the query is stopped.
    let maxCalls: Int
    /// Whether the query was stopped for running too long.
    var stopped = false

    /// Virtual-machine steps between two progress-handler calls.
    static let stepsPerCall: Int32 = 10_000

    /// Whether ``AnalystSQLPolicy/freeTextColumns`` read as NULL on this connection.
    let hidesFreeText: Bool

    init(maxSteps: Int, hidesFreeText: Bool = true) {
        maxCalls = max(1, maxSteps / Int(Self.stepsPerCall))
        self.hidesFreeText = hidesFreeText
    }

    /// Installs the authorizer and the progress handler on a connection no one else uses.
    func install(on connection: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(connection, { context, action, first, second, database, view in
            guard let context else { return SQLITE_DENY }
            let state = Unmanaged<AnalystSQLGuard>.fromOpaque(context).takeUnretainedValue()
            if action == SQLITE_READ, state.hidesFreeText, let table = first, let column = second,
               AnalystSQLPolicy.freeTextColumns.contains(String(cString: table).lowercased() + "."
                                                         + String(cString: column).lowercased()) {
                return SQLITE_IGNORE
            }
            let reason = AnalystSQLPolicy.refusal(
                action: action, first.map { String(cString: $0) }, second.map { String(cString: $0) },
                database: database.map { String(cString: $0) }, view: view.map { String(cString: $0) })
            guard let reason else { return SQLITE_OK }
            if state.refusal == nil { state.refusal = reason }
            return SQLITE_DENY
        }, context)
        sqlite3_progress_handler(connection, Self.stepsPerCall, { context in
            guard let context else { return 1 }
            let state = Unmanaged<AnalystSQLGuard>.fromOpaque(context).takeUnretainedValue()
            state.calls += 1
            if state.calls > state.maxCalls {
                state.stopped = true
                return 1
            }
            return 0
        }, context)
    }
}
