import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing the history (inside each write's transaction)

    /// Appends one entry for a change of a record of `kind`, in the caller's transaction.
    /// Nothing is written when an update changed no field.
    func appendHistory(_ db: Database, kind: String, recordID: String, action: HistoryAction,
                       changes: [FieldChange]) throws {
        if action == .changed, changes.isEmpty { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(changes), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO record_history (at, user, declared_user, role, kind, record_id, action, changes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [ISO8601DateFormatter().string(from: Date()), account, declaredUser, role.code, kind, recordID,
                             action.code, json])
    }

    // MARK: - Reading the history

    /// The history of one record, oldest change first.
    ///
    /// A case's history (kind `case`) is the case worker's only: its dates would give an
    /// identification day away. The history of the committee's records is open to every
    /// role but the public.
    public func history(kind: String, recordID: String) throws(StorageError) -> [HistoryEntry] {
        try requireHistoryAccess(kind: kind)
        return try read("reading the history of \(kind) \(recordID)") { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM record_history WHERE kind = ? AND record_id = ? ORDER BY id
                """, arguments: [kind, recordID]).map { row in try withholdingTexts(Self.historyEntry(row)) }
        }
    }

    /// The latest changes of the committee's records (no case), newest first, at most `limit`.
    public func organisationHistory(limit: Int = 50) throws(StorageError) -> [HistoryEntry] {
        try requireHistoryAccess(kind: "organisation")
        return try read("reading the history of the committee's records") { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM record_history WHERE kind NOT IN ('case', 'case_import') ORDER BY id DESC LIMIT ?
                """, arguments: [limit]).map { row in try withholdingTexts(Self.historyEntry(row)) }
        }
    }

    /// The entry as this role may read it: a meeting's agenda and decision texts, old and new,
    /// become ``withheldText`` for a role that may not read them; the field's name stays.
    private func withholdingTexts(_ entry: HistoryEntry) -> HistoryEntry {
        guard !role.mayReadCommitteeTexts, entry.kind == MeetingHistory.kind else { return entry }
        var entry = entry
        entry.changes = entry.changes.map { change in
            guard MeetingHistory.isFreeText(change.field) else { return change }
            var withheld = change
            withheld.old = change.old.map { _ in Self.withheldText }
            withheld.new = change.new.map { _ in Self.withheldText }
            return withheld
        }
        return entry
    }

    private func requireHistoryAccess(kind: String) throws(StorageError) {
        if kind == CaseHistory.kind, !role.mayReadPersonalData {
            throw .notPermitted(role: role, action: "reading a case's history")
        }
        if role == .public {
            throw .notPermitted(role: role, action: "reading the history of records", requires: .analyst)
        }
    }

    private static func historyEntry(_ row: Row) throws -> HistoryEntry {
        let changes = try JSONDecoder().decode([FieldChange].self, from: Data((row["changes"] as String).utf8))
        guard let role = Role(code: row["role"]), let action = HistoryAction(code: row["action"]) else {
            throw StorageError.corrupt(what: "history entry \(row["id"] as Int64)")
        }
        var entry = HistoryEntry(id: row["id"], at: row["at"], user: row["user"], role: role, kind: row["kind"],
                                 recordID: row["record_id"], action: action, changes: changes)
        entry.declaredUser = row["declared_user"]
        return entry
    }
}

/// How a case appears in the record history.
enum CaseHistory {
    /// The kind of a case's entries.
    static let kind = "case"
    /// The kind of a bulk import's one entry (its record id: the first row number it could use).
    static let importKind = "case_import"
    /// The fields whose values are never kept.
    static let personal: Set<String> = ["personal"]
}

/// How a meeting appears in the record history.
enum MeetingHistory {
    /// The kind of a meeting's entries.
    static let kind = "meeting"

    /// Whether a field of a meeting's history holds free text: an agenda item (`agenda[2]`) or a
    /// decision's text (`decisions[0].text`).
    static func isFreeText(_ field: String) -> Bool {
        field == "agenda" || field.hasPrefix("agenda[")
            || (field.hasPrefix("decisions[") && (field.hasSuffix("].text") || field.hasSuffix(".text")))
    }
}
