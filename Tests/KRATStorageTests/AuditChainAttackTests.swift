import Foundation
import GRDB
import KRATCore
import KRATTestSupport
import Testing
import KRATStorage

/// An attacker with write access to the file drops the append-only triggers and edits the
/// audit log with plain SQL; `checkAuditChain` must fail and name the entry. Written apart from
/// the chain's code: the tampering is plain SQL on its own connection, the expectations are the
/// entry numbers chosen here.
@Suite("Audit chain: tampering with the raw file")
struct AuditChainAttackTests {
    /// A county file with five audit entries written by the case worker.
    static func fileWithFiveEntries(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.path("kukes.sqlite")
        let worker = try KRATDatabase.create(at: path, scope: .county(.kukes))
        for number in 1...5 {
            try worker.audit(.readPersonalData, caseIDs: ["KU-\(number)"], purpose: "visit \(number)", detail: "entry \(number)")
        }
        return path
    }

    /// Plain SQL on the file, with every trigger of the audit dropped first.
    static func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            let triggers = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit%'")
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    @Test func anUntouchedChainHoldsAndTheHeadFileNamesItsEnd() throws {
        let dir = TemporaryDirectory()
        let path = try Self.fileWithFiveEntries(dir)
        let report = try KRATDatabase.open(at: path, role: .caseWorker).checkAuditChain()
        #expect(report.problem == nil && report.entries == 5 && report.linksVerified)
        let head = try String(contentsOfFile: path + ".key.audit-head", encoding: .utf8)
        #expect(head.contains("entry: 5") && head.contains("link: \(report.head?.link ?? "none")"))
        var info = stat()
        #expect(stat(path + ".key.audit-head", &info) == 0 && info.st_mode & 0o777 == 0o600)
        // The analyst checks numbering and presence, and says the links went unverified.
        let analyst = try KRATDatabase.open(at: path, role: .analyst).checkAuditChain()
        #expect(analyst.problem == nil && !analyst.linksVerified && analyst.head == report.head)
    }

    @Test("Every edit of the log, triggers dropped, is named by the case worker's check", arguments: [
        ("DELETE FROM audit_log WHERE id = 3", Int64(3)),
        ("DELETE FROM audit_log WHERE id = 1", 1),
        ("DELETE FROM audit_log WHERE id = 5", 5),
        ("DELETE FROM audit_log WHERE id = 5; DELETE FROM audit_chain WHERE id = 5", 5),
        ("DELETE FROM audit_log WHERE id >= 4; DELETE FROM audit_chain WHERE id >= 4", 4),
        ("DELETE FROM audit_log; DELETE FROM audit_chain", 1),
        ("UPDATE audit_log SET detail = 'nothing' WHERE id = 2", 2),
        ("UPDATE audit_log SET user = 'someone.else' WHERE id = 4", 4),
        ("UPDATE audit_log SET case_ids = 'KU-9' WHERE id = 1", 1),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id = 5", 5),
        ("UPDATE audit_log SET id = 9 WHERE id = 3", 3),
        ("INSERT INTO audit_log (id, at, user, role, action, case_ids, sealed_purpose, detail) SELECT 6, at, user, role, action, case_ids, sealed_purpose, detail FROM audit_log WHERE id = 5", 6),
    ])
    func tamperingIsNamed(sql: String, entry: Int64) throws {
        let dir = TemporaryDirectory()
        let path = try Self.fileWithFiveEntries(dir)
        try Self.tamper(path, sql)
        let report = try KRATDatabase.open(at: path, role: .caseWorker).checkAuditChain()
        let problem = try #require(report.problem)
        #expect(problem.contains("audit entry \(entry) "))
    }

    @Test func withoutTheKeyDeletionsAreNamedAndChangesAreSaidToBeUnverified() throws {
        let dir = TemporaryDirectory()
        let path = try Self.fileWithFiveEntries(dir)
        try Self.tamper(path, "DELETE FROM audit_log WHERE id = 2")
        #expect(try KRATDatabase.open(at: path, role: .analyst).checkAuditChain().problem?.contains("audit entry 2 ") == true)
        let changed = dir.path("changed.sqlite")
        let other = try KRATDatabase.create(at: changed, scope: .county(.kukes))
        try other.audit(.readPersonalData, caseIDs: ["KU-1"], purpose: "visit")
        try Self.tamper(changed, "UPDATE audit_log SET detail = 'nothing' WHERE id = 1")
        let report = try KRATDatabase.open(at: changed, role: .analyst).checkAuditChain()
        #expect(report.problem == nil && !report.linksVerified)
        #expect(report.notes.contains { $0.contains("not recomputed") && $0.contains("case worker") })
    }

    @Test func aBackupIsAuditedAndCarriesTheAuditSoFar() throws {
        let dir = TemporaryDirectory()
        let path = try Self.fileWithFiveEntries(dir)
        let worker = try KRATDatabase.open(at: path, role: .caseWorker)
        try worker.backup(to: dir.path("copy.sqlite"))
        let entries = try worker.auditEntries()
        #expect(entries.count == 6 && entries.first?.action == .backupDatabase && entries.first?.note == .text("to \(dir.path("copy.sqlite"))"))
        // Read apart from KRATKit: the copy holds the six entries and their six links.
        let copy = try DatabaseQueue(path: dir.path("copy.sqlite"))
        let (logged, linked, action) = try copy.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log"), try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_chain"),
             try String.fetchOne(db, sql: "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"))
        }
        #expect(logged == 6 && linked == 6 && action == "backup_database")
    }

    @Test func theEntriesOfAnOlderFileAreChainedByTheCaseWorkersFirstOpening() throws {
        let dir = TemporaryDirectory()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let path = dir.path("kukes.sqlite")
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("kukes-schema-2.sqlite").path, toPath: path)
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent("kukes-schema-2.sqlite.key").path, toPath: path + ".key")
        for file in [path, path + ".key"] { try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file) }
        let old = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? 0 }
        #expect(old > 0)
        // An analyst opens it first: migrated, not yet chained (no key), and said so.
        let first = try KRATDatabase.open(at: path, role: .analyst).checkAuditChain()
        #expect(first.problem == nil && first.notes.contains { $0.contains("before the audit chain") })
        // The case worker's opening chains them; the chain then holds and an edit is caught.
        let report = try KRATDatabase.open(at: path, role: .caseWorker).checkAuditChain()
        #expect(report.problem == nil && report.entries == old && report.head?.entry == Int64(old))
        try Self.tamper(path, "UPDATE audit_log SET detail = 'x' WHERE id = 1")
        #expect(try KRATDatabase.open(at: path, role: .caseWorker).checkAuditChain().problem?.contains("audit entry 1 ") == true)
    }
}
