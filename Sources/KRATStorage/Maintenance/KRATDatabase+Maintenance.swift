import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    /// Copies the whole database, consistently, to a new file (mode 0600) while others keep working.
    /// The key file is not copied: keep it apart from backups of the data.
    ///
    /// The backup is audited (``AuditAction/backupDatabase``) before the copy is made, so the
    /// copy holds the audit log and its chain up to and including that entry.
    ///
    /// Only the case-worker role may back up: the copy holds every case record as stored,
    /// with exact identification days and ages, which analysts and the public never see.
    public func backup(to destination: String) throws(StorageError) {
        guard role == .caseWorker else {
            throw .notPermitted(role: role, action: "backing up the database (a backup holds every case record with its exact days)")
        }
        guard !FileManager.default.fileExists(atPath: destination) else { throw .alreadyExists(file: destination) }
        // Audited before the copy, so the backup carries the audit so far, its own entry included.
        let entry = try audit(.backupDatabase, caseIDs: [], purpose: "backup of the database", note: "to \(destination)",
                              detail: "a copy of the whole database")
        do {
            try PrivateFile.createEmpty(at: destination, purpose: "creating the backup")
            try Self.guarded("backing up to \(destination)") {
                let target = try DatabaseQueue(path: destination)
                try writer.backup(to: target)
                try target.close()
            }
        } catch {
            // A half-written copy is neither a backup nor safe to leave lying about.
            if FileManager.default.fileExists(atPath: destination), error != .alreadyExists(file: destination) {
                try? FileManager.default.removeItem(atPath: destination)
            }
            _ = try? audit(.backupDatabase, caseIDs: [], purpose: "backup of the database", note: "to \(destination)",
                           detail: "backup of entry \(entry) failed; no copy was left")
            throw error
        }
    }

    /// SQLite's integrity check plus KRATKit's own: the aggregates equal the cases.
    /// Returns the problems found; empty when the file is sound.
    public func integrityCheck() throws(StorageError) -> [String] {
        let dims = CaseSchema.dimensionColumns.joined(separator: ", ")
        return try read("checking integrity") { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            let mismatched = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (
                    SELECT * FROM (SELECT identified_on, \(dims), count(*) FROM case_record GROUP BY identified_on, \(dims)
                                   EXCEPT SELECT day, \(dims), cases FROM case_day_cube)
                    UNION ALL
                    SELECT * FROM (SELECT day, \(dims), cases FROM case_day_cube
                                   EXCEPT SELECT identified_on, \(dims), count(*) FROM case_record GROUP BY identified_on, \(dims)))
                """) ?? 0
            if mismatched > 0 { problems.append("aggregates: \(mismatched) cells differ from the cases; rebuild them with repairAggregates()") }
            return problems
        }
    }

    /// Rebuilds the aggregates from the cases (after a failed integrity check).
    public func repairAggregates() throws(StorageError) {
        try write("rebuilding the aggregates") { db in try CaseSchema.rebuildCube(db) }
    }
}
