import Foundation
import GRDB
import KRATCore

/// What checking the audit chain found (see ``KRATDatabase/checkAuditChain()``).
public struct AuditChainReport: Sendable, Hashable {
    /// How many entries the log holds.
    public var entries: Int
    /// The last entry and its link, for the secretariat's paper record; nil for an empty log.
    public var head: AuditHead?
    /// Whether the links were recomputed with the key (the case worker), or only their
    /// presence and numbering checked (every other role).
    public var linksVerified: Bool
    /// The first break, naming its entry; nil when the chain holds.
    public var problem: String?
    /// What the check could not confirm, without being a break (no head file, no key).
    public var notes: [String]
}

extension KRATDatabase {
    // MARK: - Checking

    /// Checks the audit chain and names the first broken entry.
    ///
    /// With the key (the case worker), every link is recomputed, so an entry changed, deleted,
    /// inserted or moved with any SQLite tool breaks the chain at that entry; the head file
    /// beside the key file must still name an entry of the log with the same link, so deleting
    /// the newest entries with their links is caught too. The head file is then moved to the
    /// log's end. Without the key (analysts, the secretary), the check finds entries without a
    /// link, links without an entry and gaps in the numbering, and says the links went unverified.
    public func checkAuditChain() throws(StorageError) -> AuditChainReport {
        guard role != .public else { throw .notPermitted(role: role, action: "checking the audit log", requires: .analyst) }
        let chain = auditChain
        var report = try read("checking the audit chain") { db in try Self.verify(db, chain: chain) }
        if let headPath = auditHeadPath, report.problem == nil {
            let recorded = try AuditHead.read(from: headPath)
            if let recorded {
                report.problem = try compare(recorded, headPath: headPath, lastEntry: report.head?.entry ?? 0)
            } else if report.entries > 0 {
                report.notes.append("no audit head file at \(headPath): the end of the chain was compared with nothing; "
                                    + "compare `audit head` with the secretariat's paper record")
            }
            if report.problem == nil, let head = report.head { try head.write(to: headPath) }
        }
        return report
    }

    /// The last entry and its link, for the secretariat's paper record (`audit head`).
    public func auditHead() throws(StorageError) -> AuditHead? {
        guard role != .public else { throw .notPermitted(role: role, action: "reading the audit log", requires: .analyst) }
        return try read("reading the audit head") { db in
            try Row.fetchOne(db, sql: "SELECT id, link FROM audit_chain ORDER BY id DESC LIMIT 1").map { row in
                AuditHead(entry: row["id"], link: (row["link"] as Data).hexString)
            }
        }
    }

    /// Whether the head file's entry is still in the log with the same link.
    private func compare(_ recorded: AuditHead, headPath: String, lastEntry: Int64) throws(StorageError) -> String? {
        if recorded.entry > lastEntry {
            return "audit entry \(lastEntry + 1) is missing: the log ends at entry \(lastEntry), but the head file "
                + "\(headPath) names entry \(recorded.entry); entries \(lastEntry + 1) to \(recorded.entry) were deleted"
        }
        let link = try read("reading the audit chain") { db in
            try Data.fetchOne(db, sql: "SELECT link FROM audit_chain WHERE id = ?", arguments: [recorded.entry])
        }
        guard link?.hexString == recorded.link else {
            return "audit entry \(recorded.entry) differs from the one the head file \(headPath) recorded: "
                + "the log was rewritten from there or before"
        }
        return nil
    }

    /// Walks the log in order; the first break found, by the lowest entry number, is reported.
    private static func verify(_ db: Database, chain: AuditChain?) throws -> AuditChainReport {
        let links = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, link FROM audit_chain")
            .map { (row: Row) -> (Int64, Data) in (row["id"], row["link"]) })
        let legacy = try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = ?",
                                         arguments: [AuditChain.unchainedKey]).flatMap(Int64.init) ?? 0
        var breaks: [(id: Int64, message: String)] = []
        var expected: Int64 = 1
        var previous = AuditChain.start
        var count = 0
        var last: AuditHead?
        let rows = try Row.fetchCursor(db, sql: "SELECT \(AuditChain.columns) FROM audit_log ORDER BY id")
        while breaks.isEmpty, let row = try rows.next() {
            let id: Int64 = row["id"]
            count += 1
            if id != expected {
                breaks.append((expected, "audit entry \(expected) is missing: deleted from the log"))
                break
            }
            expected += 1
            guard let link = links[id] else {
                if id <= legacy { continue }  // written before the chain; the case worker's next opening links it
                breaks.append((id, "audit entry \(id) has no link in the chain: written outside KRATKit, or its link deleted"))
                break
            }
            if let chain, chain.link(after: previous, entry: row) != link {
                breaks.append((id, "audit entry \(id) was changed, or an entry was put before it: its link does not match"))
                break
            }
            previous = link
            last = AuditHead(entry: id, link: link.hexString)
        }
        if let orphan = try Int64.fetchOne(db, sql: "SELECT min(id) FROM audit_chain WHERE id NOT IN (SELECT id FROM audit_log)") {
            breaks.append((orphan, "audit entry \(orphan) is missing: deleted from the log, its link remains"))
        }
        count = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? count
        var notes: [String] = []
        if chain == nil {
            notes.append("the links were not recomputed: that needs the data key (open the file as the case worker); "
                         + "numbering and presence checked")
        }
        if legacy > 0 {
            notes.append("entries 1 to \(legacy) were written before the audit chain; the case worker's next opening links them")
        }
        let first = breaks.min { $0.id < $1.id }
        return AuditChainReport(entries: count, head: last, linksVerified: chain != nil, problem: first?.message, notes: notes)
    }

    // MARK: - Older files

    /// Links the entries an older file held before the chain existed (once, with the key).
    func chainLegacyAuditEntries() throws(StorageError) {
        guard let auditChain else { return }
        let pending = try read("reading the audit chain") { db in
            try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = ?", arguments: [AuditChain.unchainedKey])
        }
        guard pending != nil else { return }
        let headPath = auditHeadPath
        try write("linking the audit entries of an older file") { db in
            if let last = try auditChain.chainLegacyEntries(db), let headPath {
                let head = AuditHead(entry: last.id, link: last.link.hexString)
                db.afterNextTransaction(onCommit: { _ in try? head.write(to: headPath) })
            }
        }
    }
}
