import Foundation
import GRDB
import KRATCore

/// One line of the audit log: who read or exported personal data, when, which cases, and why.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The entry's number, in order of writing.
    public var id: Int64
    /// When, as an ISO 8601 timestamp in UTC.
    public var at: String
    /// Who.
    public var user: String
    /// In which role.
    public var role: Role
    /// What was done: see ``AuditAction``.
    public var action: AuditAction
    /// The cases concerned.
    public var caseIDs: [String]
    /// The purpose stated by the user.
    public var purpose: String
    /// Further detail (a file name, a count), never personal data.
    public var detail: String
}

/// What an audited action was.
public enum AuditAction: String, Coded {
    case readPersonalData = "read_personal_data"
    case exportPersonalData = "export_personal_data"
    case erasePersonalData = "erase_personal_data"
    case writePersonalData = "write_personal_data"

    public var label: Label {
        switch self {
        case .readPersonalData: Label(sq: "Lexim i të dhënave personale", en: "Read personal data")
        case .exportPersonalData: Label(sq: "Eksport i të dhënave personale", en: "Export of personal data")
        case .erasePersonalData: Label(sq: "Fshirje e të dhënave personale", en: "Erasure of personal data")
        case .writePersonalData: Label(sq: "Regjistrim i të dhënave personale", en: "Personal data recorded")
        }
    }
}

/// Which audit entries to list.
public struct AuditFilter: Sendable, Hashable {
    /// Only this user's entries.
    public var user: String?
    /// Only this action.
    public var action: AuditAction?
    /// Only entries about this case.
    public var caseID: String?
    /// Only entries written on these days (UTC).
    public var period: Period?
    /// At most this many, newest first.
    public var limit: Int

    /// Creates a filter; by default the newest 100 entries.
    public init(user: String? = nil, action: AuditAction? = nil, caseID: String? = nil, period: Period? = nil, limit: Int = 100) {
        self.user = user
        self.action = action
        self.caseID = caseID
        self.period = period
        self.limit = limit
    }
}

extension KRATDatabase {
    /// Appends an audit entry inside the caller's transaction.
    func appendAudit(_ db: Database, action: AuditAction, caseIDs: [String], purpose: String, detail: String = "") throws {
        let at = ISO8601DateFormatter().string(from: Date())
        try db.execute(sql: "INSERT INTO audit_log (at, user, role, action, case_ids, purpose, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [at, user, role.code, action.code, caseIDs.joined(separator: ","), purpose, detail])
    }

    /// Records an audited action in its own transaction (exports record theirs this way).
    /// Read-only roles cannot perform audited actions at all, so they never need to write.
    public func audit(_ action: AuditAction, caseIDs: [String], purpose: String, detail: String = "") throws(StorageError) {
        try write("write to the audit log") { db in
            try appendAudit(db, action: action, caseIDs: caseIDs, purpose: purpose, detail: detail)
        }
    }

    /// Lists audit entries, newest first. Entries cannot be changed or deleted.
    public func auditEntries(_ filter: AuditFilter = AuditFilter()) throws(StorageError) -> [AuditEntry] {
        guard role != .public else { throw .notPermitted(role: role, action: "read the audit log") }
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let user = filter.user { clauses.append("user = ?"); arguments.append(user) }
        if let action = filter.action { clauses.append("action = ?"); arguments.append(action.code) }
        if let caseID = filter.caseID {
            // instr, not LIKE: a case id may hold `_` or `%`, which LIKE would read as wildcards.
            clauses.append("instr(',' || case_ids || ',', ?) > 0")
            arguments.append(",\(caseID),")
        }
        if let period = filter.period {
            clauses.append("substr(at, 1, 10) BETWEEN ? AND ?")
            arguments += [period.start.description, period.end.description]
        }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try read("listing the audit log") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log \(whereSQL) ORDER BY id DESC LIMIT \(max(filter.limit, 0))",
                             arguments: StatementArguments(arguments)).map { row in
                let ids: String = row["case_ids"]
                return AuditEntry(id: row["id"], at: row["at"], user: row["user"],
                                  role: Role(code: row["role"]) ?? .caseWorker,
                                  action: AuditAction(code: row["action"]) ?? .readPersonalData,
                                  caseIDs: ids.isEmpty ? [] : ids.split(separator: ",").map(String.init),
                                  purpose: row["purpose"], detail: row["detail"])
            }
        }
    }
}
