import Foundation
import KRATTestSupport
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

/// A marked database whose audit log holds typed text that names a person, each with a marker.
struct MarkedAuditLog {
    let marked: MarkedDatabase
    /// The markers typed into a purpose, an erasure's reason and an export's destination.
    static let markers = ["MRKPURPOSE", "MRKREASON", "MRKEXPORT", "MRKDEST"]
    static let purpose = "MRKPURPOSE read Arta Hoxha's file for court"
    static let reason = "MRKREASON lawful request of Arta Hoxha, 2024-05-02"
    static let exportPurpose = "MRKEXPORT transfer of Arta Hoxha to the shelter"
    static let destination = "/home/ana/MRKDEST-arta-hoxha.csv"

    /// Reads case 0, erases case 1 and exports every case, as user `ana`.
    init(count: Int = 12) throws {
        marked = try MarkedDatabase(count: count)
        let worker = try KRATDatabase.open(at: marked.path, role: .caseWorker, user: "ana")
        _ = try worker.caseRecord(id: marked.cases[0].id, purpose: Self.purpose)
        try worker.erasePersonalData(caseID: marked.cases[1].id, county: MarkedDatabase.county, reason: Self.reason)
        try worker.forEachCaseRecord(CaseQuery(), purpose: Self.exportPurpose, destination: Self.destination) { _ in }
    }

    /// The audit markers found in a text.
    static func found(in text: String) -> [String] { markers.filter { text.contains($0) } }

    /// The audit markers found in the raw bytes of a database file, its -wal and its -shm.
    static func foundInFiles(of path: String) -> [String] {
        let files = ["", "-wal", "-shm"].compactMap { FileManager.default.contents(atPath: path + $0) }
        return markers.filter { marker in files.contains { $0.range(of: Data(marker.utf8)) != nil } }
    }
}

/// The error a body throws, or nil (a helper instead of `catch` patterns in tests).
func storageError(_ body: () throws -> Void) -> StorageError? {
    do {
        try body()
        return nil
    } catch {
        return error as? StorageError
    }
}

@Suite("Audit log: typed text sealed with the data key")
struct AuditSealingTests {
    @Test("An analyst sees who, when, role, action, cases and detail, and the typed text only as sealed")
    func analystListing() throws {
        let log = try MarkedAuditLog()
        let entries = try log.marked.open(.analyst).auditEntries(AuditFilter(user: "ana"))
        #expect(entries.map(\.action) == [.exportPersonalData, .exportPersonalData, .erasePersonalData, .readPersonalData])
        #expect(entries.allSatisfy { $0.user == SystemAccount.name && $0.declaredUser == "ana" && $0.role == .caseWorker
                && $0.purpose == .sealed })
        #expect(entries.map(\.note) == [.sealed, .sealed, nil, nil])
        #expect(entries[2].caseIDs == [log.marked.cases[1].id] && entries[3].caseIDs == [log.marked.cases[0].id])
        #expect(entries[0].caseIDs.count == 12 && entries[0].detail == "export of entry \(entries[1].id) complete: 12 cases exported")
        let text = entries.map { "\($0) \(String(reflecting: $0))" }.joined()
            + String(decoding: try JSONEncoder().encode(entries), as: UTF8.self)
        #expect(text.contains(log.marked.cases[0].id))
        #expect(MarkedAuditLog.found(in: text).isEmpty)
        #expect(!text.contains("Arta") && !text.contains("Hoxha"))
    }

    @Test("The case worker reads the purpose, the reason and the destination back")
    func caseWorkerReadsBack() throws {
        let log = try MarkedAuditLog()
        let entries = try log.marked.open(.caseWorker).auditEntries(AuditFilter(user: "ana"))
        #expect(entries.map(\.purpose) == [.text(MarkedAuditLog.exportPurpose), .text(MarkedAuditLog.exportPurpose),
                                            .text(MarkedAuditLog.reason), .text(MarkedAuditLog.purpose)])
        #expect(entries.map(\.note) == [.text("to \(MarkedAuditLog.destination)"), .text("to \(MarkedAuditLog.destination)"), nil, nil])
        #expect(!entries[0].detail.contains("MRKDEST"))
    }

    @Test("The raw file, its WAL and shared memory, and a backup hold no typed audit text")
    func rawFiles() throws {
        let log = try MarkedAuditLog()
        let path = log.marked.path
        let worker = try log.marked.open(.caseWorker)
        _ = try worker.caseRecord(id: log.marked.cases[2].id, purpose: "second MRKPURPOSE read, kept in the WAL")
        // While the connection is open the new pages are in the WAL: it is scanned as well.
        #expect((FileManager.default.contents(atPath: path + "-wal")?.count ?? 0) > 0)
        let caseID = Data(log.marked.cases[2].id.utf8)
        #expect(["", "-wal"].contains { FileManager.default.contents(atPath: path + $0)?.range(of: caseID) != nil })
        #expect(MarkedAuditLog.foundInFiles(of: path).isEmpty)
        let backup = log.marked.directory.path("audit-backup.sqlite")
        try worker.backup(to: backup)
        #expect(MarkedAuditLog.foundInFiles(of: backup).isEmpty)
    }

    @Test("The same text is sealed with a fresh nonce each time, and plain text is refused by the schema")
    func freshNonceAndBlobOnly() throws {
        let marked = try MarkedDatabase(count: 3)
        let worker = try marked.open(.caseWorker)
        for _ in 0..<2 { _ = try worker.caseRecord(id: marked.cases[0].id, purpose: "same words") }
        let sealed = try worker.writer.read { db in
            try Data.fetchAll(db, sql: "SELECT sealed_purpose FROM audit_log ORDER BY id DESC LIMIT 2")
        }
        #expect(sealed.count == 2 && sealed[0] != sealed[1] && sealed[0].prefix(12) != sealed[1].prefix(12))
        #expect(throws: DatabaseError.self) {
            try worker.writer.write { db in
                try db.execute(sql: "INSERT INTO audit_log (at, user, role, action, case_ids, sealed_purpose) VALUES ('', '', '', '', '', 'read Arta Hoxha''s file')")
            }
        }
    }

    @Test("Writing the audit log needs the data key")
    func needsKey() throws {
        let directory = TemporaryDirectory()
        let national = try KRATDatabase.create(at: directory.path("national.sqlite"), scope: .national)
        let error = storageError { try national.audit(.readPersonalData, caseIDs: [], purpose: "x") }
        #expect(error == .notPermitted(role: .caseWorker, action: "writing to the audit log without the database's data key"))
    }
}

@Suite("Audit log: altered sealed text")
struct AuditTamperTests {
    /// Changes the log behind KRATKit's back, as someone with the file could.
    func tamper(_ worker: KRATDatabase, _ change: (Database) throws -> Void) throws {
        try worker.writer.write { db in
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try change(db)
            try db.execute(sql: """
                CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed: rows are append-only'); END
                """)
        }
    }

    /// The ids of the log's entries written by `ana`: the read, the erasure, the export's end
    /// (its start is entries[1]).
    func ids(_ worker: KRATDatabase) throws -> (read: Int64, erasure: Int64, export: Int64) {
        let entries = try worker.auditEntries(AuditFilter(user: "ana"))
        return (entries[3].id, entries[2].id, entries[0].id)
    }

    @Test("A changed byte, a moved text, a text moved to the other field or a changed column fails with a clear error", arguments: [
        "a flipped byte", "moved from another entry", "moved to the note", "case ids changed", "user changed",
    ])
    func tampered(kind: String) throws {
        let log = try MarkedAuditLog()
        let worker = try log.marked.open(.caseWorker)
        let id = try ids(worker)
        let (sql, entry, field): (String, Int64, String) = switch kind {
        case "a flipped byte":
            ("UPDATE audit_log SET sealed_purpose = ? WHERE id = \(id.read)", id.read, "purpose")
        case "moved from another entry":
            ("UPDATE audit_log SET sealed_purpose = (SELECT sealed_purpose FROM audit_log WHERE id = \(id.read)) WHERE id = \(id.erasure)",
             id.erasure, "purpose")
        case "moved to the note":
            ("UPDATE audit_log SET sealed_note = sealed_purpose WHERE id = \(id.export)", id.export, "note")
        case "case ids changed":
            ("UPDATE audit_log SET case_ids = 'K-0000' WHERE id = \(id.read)", id.read, "purpose")
        default:
            ("UPDATE audit_log SET user = 'someone else' WHERE id = \(id.read)", id.read, "purpose")
        }
        try tamper(worker) { db in
            var sealed = try Data.fetchOne(db, sql: "SELECT sealed_purpose FROM audit_log WHERE id = ?", arguments: [id.read]) ?? Data()
            sealed[20] ^= 0x01
            let arguments: StatementArguments = sql.contains("?") ? [sealed] : []
            try db.execute(sql: sql, arguments: arguments)
        }
        let error = storageError { _ = try worker.auditEntries() }
        #expect(error == .auditTextUnreadable(entry: entry, field: field))
        let message = error?.description ?? ""
        #expect(message.contains("audit entry \(entry)") && message.contains("does not open") && message.contains("filter"))
        // The analyst's listing never opens the text, and the rest of the log still opens.
        #expect(try log.marked.open(.analyst).auditEntries().count == 5)
        #expect(try worker.auditEntries(AuditFilter(action: .writePersonalData)).allSatisfy { $0.purpose.text != nil })
    }

    @Test("A sealed text that is not a blob, or far too short, is an error, not a crash")
    func damaged() throws {
        let log = try MarkedAuditLog()
        let worker = try log.marked.open(.caseWorker)
        let id = try ids(worker)
        try worker.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "DROP TRIGGER audit_log_no_update")
            try db.execute(sql: "UPDATE audit_log SET sealed_purpose = 42, sealed_note = x'01' WHERE id = \(id.export)")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        #expect(storageError { _ = try worker.auditEntries() } == .auditTextUnreadable(entry: id.export, field: "purpose"))
    }
}
