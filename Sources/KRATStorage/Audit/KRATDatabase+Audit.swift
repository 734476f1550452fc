import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing

    /// Appends an audit entry inside the caller's transaction, its free text sealed with the data key.
    ///
    /// The entry's id is taken inside the write transaction, before the insert, because each
    /// sealed text is bound to it (see ``AuditBinding``); the append-only triggers refuse an id
    /// that is already used. The entry is linked into the audit chain in the same transaction,
    /// and the head file beside the key file is replaced once the transaction commits.
    @discardableResult
    func appendAudit(_ db: Database, action: AuditAction, caseIDs: [String], purpose: String,
                     note: String? = nil, detail: String = "") throws -> Int64 {
        guard let cipher, let auditChain else {
            throw StorageError.notPermitted(role: role, action: "writing to the audit log without the database's data key")
        }
        let id = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM audit_log") ?? 1
        let entry = AuditBinding(id: id, at: ISO8601DateFormatter().string(from: Date()), user: account, role: role.code,
                                 action: action.code, caseIDs: caseIDs.joined(separator: ","), detail: detail)
        let sealedPurpose = try cipher.seal(auditText: purpose, field: .purpose, of: entry)
        let sealedNote = try note.map { text throws(StorageError) in try cipher.seal(auditText: text, field: .note, of: entry) }
        try db.execute(sql: """
            INSERT INTO audit_log (id, at, user, role, action, case_ids, sealed_purpose, sealed_note, detail, declared_user)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, entry.at, entry.user, entry.role, entry.action, entry.caseIDs, sealedPurpose, sealedNote, detail,
                             declaredUser])
        let link = try auditChain.append(db, id: id)
        if let headPath = auditHeadPath {
            let head = AuditHead(entry: id, link: link.hexString)
            // After the commit only: a head naming an entry that was rolled back would be a false alarm.
            // A head that could not be written lags behind the log, which `check` accepts.
            db.afterNextTransaction(onCommit: { _ in try? head.write(to: headPath) })
        }
        return id
    }

    /// Records an audited action in its own transaction (exports record theirs this way).
    ///
    /// `purpose` and `note` may hold anything a person typed: they are sealed with the data key.
    /// `detail` is shown to analysts: give counts and codes only, never typed text. Read-only
    /// roles cannot perform audited actions at all, so they never need to write. Returns the
    /// entry's number.
    @discardableResult
    public func audit(_ action: AuditAction, caseIDs: [String], purpose: String, note: String? = nil,
                      detail: String = "") throws(StorageError) -> Int64 {
        try write("writing to the audit log") { db in
            try appendAudit(db, action: action, caseIDs: caseIDs, purpose: purpose, note: note, detail: detail)
        }
    }

    // MARK: - Listing

    /// Lists audit entries, newest first. Entries cannot be changed or deleted.
    ///
    /// With the data key (the case worker) the purpose and note are opened; an entry whose
    /// sealed text was altered or moved fails the listing with
    /// ``StorageError/auditTextUnreadable(entry:field:)``. Without the key (the analyst) they
    /// are ``AuditText/sealed`` and their ciphertext is not even read.
    public func auditEntries(_ filter: AuditFilter = AuditFilter()) throws(StorageError) -> [AuditEntry] {
        guard role != .public else { throw .notPermitted(role: role, action: "reading the audit log", requires: .analyst) }
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let user = filter.user {
            clauses.append("(user = ? OR declared_user = ?)")
            arguments += [user, user]
        }
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
        let cipher = self.cipher
        // Without the key the ciphertext is not read at all, only whether a note exists.
        let sealedColumns = cipher == nil ? "sealed_note IS NOT NULL AS has_note" : "sealed_purpose, sealed_note"
        return try read("listing the audit log") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, at, user, declared_user, role, action, case_ids, detail, \(sealedColumns)
                FROM audit_log \(whereSQL) ORDER BY id DESC LIMIT \(max(filter.limit, 0))
                """, arguments: StatementArguments(arguments)).map { row throws(StorageError) in
                try Self.auditEntry(row, cipher: cipher)
            }
        }
    }

    /// One listed row; its sealed texts opened when `cipher` is given.
    private static func auditEntry(_ row: Row, cipher: PersonalDataCipher?) throws(StorageError) -> AuditEntry {
        let entry = AuditBinding(id: row["id"], at: row["at"], user: row["user"], role: row["role"],
                                 action: row["action"], caseIDs: row["case_ids"], detail: row["detail"])
        var purpose = AuditText.sealed
        var note: AuditText? = (row["has_note"] as Bool?) == true ? .sealed : nil
        if let cipher {
            // Read as raw values: a damaged row (NULL, a number) is an error to report, not a crash.
            let sealedPurpose = (row["sealed_purpose"] as DatabaseValue?).flatMap(Data.fromDatabaseValue) ?? Data()
            purpose = .text(try cipher.open(auditText: sealedPurpose, field: .purpose, of: entry))
            let sealedNote = row["sealed_note"] as DatabaseValue?
            if let sealedNote, !sealedNote.isNull {
                let bytes = Data.fromDatabaseValue(sealedNote) ?? Data()
                note = .text(try cipher.open(auditText: bytes, field: .note, of: entry))
            }
        }
        var listed = AuditEntry(id: entry.id, at: entry.at, user: entry.user,
                                role: Role(code: entry.role) ?? .caseWorker,
                                action: AuditAction(code: entry.action) ?? .readPersonalData,
                                caseIDs: entry.caseIDs.isEmpty ? [] : entry.caseIDs.split(separator: ",").map(String.init),
                                purpose: purpose, note: note, detail: entry.detail)
        listed.declaredUser = row["declared_user"]
        return listed
    }
}
