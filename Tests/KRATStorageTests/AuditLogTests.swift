import KRATTestSupport
import Foundation
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

@Suite("Audit log")
struct AuditLogTests {
    /// The account the tests run as, read with `id -un`.
    static let account = SystemAccount.name
    @Test("Every personal read and export appends who, when, which cases and why")
    func readsAndExports() throws {
        let marked = try MarkedDatabase(count: 12)
        let worker = try KRATDatabase.open(at: marked.path, role: .caseWorker, user: "ana")
        let before = try worker.auditEntries(AuditFilter(limit: 1000)).count
        _ = try worker.caseRecord(id: marked.cases[0].id, purpose: "home visit")
        _ = try worker.caseRecord(id: marked.cases[1].id, purpose: "court request")
        var exported: [String] = []
        try worker.forEachCaseRecord(CaseQuery(), purpose: "transfer to shelter", destination: "out.csv") { exported.append($0.id) }
        let entries = try worker.auditEntries(AuditFilter(limit: 1000))
        // An export writes two entries: one before its first case, one when it ends.
        #expect(entries.count == before + 4)
        let newest = Array(entries.prefix(4))
        #expect(newest.map(\.action) == [.exportPersonalData, .exportPersonalData, .readPersonalData, .readPersonalData])
        #expect(newest.map(\.purpose) == [.text("transfer to shelter"), .text("transfer to shelter"), .text("court request"),
                                          .text("home visit")])
        // The account of the process (its uid's), with the name given beside it.
        #expect(newest.allSatisfy { $0.user == Self.account && $0.declaredUser == "ana" && $0.role == .caseWorker })
        #expect(newest[2].caseIDs == [marked.cases[1].id] && newest[3].caseIDs == [marked.cases[0].id])
        #expect(Set(newest[0].caseIDs) == Set(exported) && exported.count == 12)
        #expect(newest[0].detail == "export of entry \(newest[1].id) complete: 12 cases exported")
        #expect(newest[0].note == .text("to out.csv") && newest[1].note == .text("to out.csv"))
        #expect(newest[1].caseIDs.isEmpty && newest[1].detail.hasPrefix("export started; cases selected by period all"))
        #expect(newest[2].note == nil)
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        #expect(newest.allSatisfy { $0.at.hasPrefix(today) })
    }

    @Test("An export that fails midway is still audited")
    func failedExport() throws {
        struct Stop: Error {}
        let marked = try MarkedDatabase(count: 5)
        let worker = try marked.open(.caseWorker)
        var seen = 0
        #expect(throws: (any Error).self) {
            try worker.forEachCaseRecord(CaseQuery(), purpose: "partial", destination: "x.csv") { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        let entries = try worker.auditEntries(AuditFilter(action: .exportPersonalData))
        let entry = try #require(entries.first)
        #expect(entries.count == 2 && entry.purpose == .text("partial") && entry.caseIDs.count == 2)
        #expect(entry.detail == "export of entry \(entries[1].id) interrupted: 2 cases exported")
        #expect(entry.note?.text?.hasPrefix("to x.csv; interrupted: ") == true)
    }

    @Test("UPDATE, DELETE and REPLACE of the log are refused by SQL", arguments: [
        "UPDATE audit_log SET detail = 'nothing'",
        "UPDATE audit_log SET sealed_purpose = (SELECT sealed_purpose FROM audit_log ORDER BY id LIMIT 1)",
        "DELETE FROM audit_log",
        "INSERT OR REPLACE INTO audit_log (id, at, user, role, action, case_ids, sealed_purpose) SELECT id, at, 'x', role, action, '', sealed_purpose FROM audit_log",
        "REPLACE INTO audit_log (id, at, user, role, action, case_ids, sealed_purpose) SELECT id, at, 'x', role, action, '', sealed_purpose FROM audit_log",
        "INSERT INTO audit_log (id, at, user, role, action, case_ids, sealed_purpose) SELECT id, at, 'x', role, action, '', sealed_purpose FROM audit_log WHERE true ON CONFLICT (id) DO UPDATE SET detail = 'x'",
    ])
    func immutable(sql: String) throws {
        let marked = try MarkedDatabase(count: 3)
        let worker = try marked.open(.caseWorker)
        _ = try worker.caseRecord(id: marked.cases[0].id, purpose: "check")
        let before = try worker.auditEntries(AuditFilter(limit: 1000))
        do {
            try worker.writer.write { db in try db.execute(sql: sql) }
            Issue.record("the audit log was changed")
        } catch let error as DatabaseError {
            #expect(error.message?.contains("the audit log cannot be changed") == true, "\(error)")
        }
        #expect(try worker.auditEntries(AuditFilter(limit: 1000)) == before)
    }

    @Test("Listing filters by user, action, case id and period")
    func filters() throws {
        let marked = try MarkedDatabase(count: 12)
        let ana = try KRATDatabase.open(at: marked.path, role: .caseWorker, user: "ana")
        let ben = try KRATDatabase.open(at: marked.path, role: .caseWorker, user: "ben")
        let ids = marked.cases.map(\.id)
        _ = try ana.caseRecord(id: ids[0], purpose: "a")
        _ = try ben.caseRecord(id: ids[1], purpose: "b")
        _ = try ben.caseRecord(id: ids[10], purpose: "c")
        try ben.erasePersonalData(caseID: ids[1], county: MarkedDatabase.county, reason: "request")
        #expect(try ana.auditEntries(AuditFilter(user: "ben")).map(\.purpose.text) == ["request", "c", "b"])
        #expect(try ana.auditEntries(AuditFilter(user: "ben", action: .readPersonalData)).map(\.purpose.text) == ["c", "b"])
        #expect(try ana.auditEntries(AuditFilter(action: .readPersonalData, caseID: ids[1])).map(\.purpose.text) == ["b"])
        #expect(try ana.auditEntries(AuditFilter(caseID: ids[1])).map(\.action) == [.erasePersonalData, .readPersonalData, .writePersonalData])
        let today = try #require(Day(iso: String(ISO8601DateFormatter().string(from: Date()).prefix(10))))
        #expect(try ana.auditEntries(AuditFilter(action: .readPersonalData, period: .day(today))).count == 3)
        #expect(try ana.auditEntries(AuditFilter(period: .year(2001))).isEmpty)
        #expect(try ana.auditEntries(AuditFilter(limit: 2)).count == 2)
        let analyst = try marked.open(.analyst)
        #expect(try analyst.auditEntries(AuditFilter(user: "ana")).map(\.purpose) == [.sealed])
        #expect(throws: StorageError.self) { _ = try marked.open(.public).auditEntries() }
    }
}
