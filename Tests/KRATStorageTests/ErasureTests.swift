import Foundation
import KRATTestSupport
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

@Suite("Erasure of personal data")
struct ErasureTests {
    static let dimensions: [[CaseDimension]] = [[], [.status], [.sex, .ageBand], [.municipality], [.exploitation], [.child, .citizenship]]

    func counts(_ database: KRATDatabase) throws -> [CaseCounts] {
        try Self.dimensions.flatMap { by in
            try database.countCases(in: [.year(2019), .year(2022), .year(2024), .quarter(2, of: 2023)], by: by)
        }
    }

    @Test("Erasure empties personal data and the pseudonym, keeps every count, and is audited with its reason")
    func erase() throws {
        let marked = try MarkedDatabase(count: 40)
        let worker = try KRATDatabase.open(at: marked.path, role: .caseWorker, user: "dpo")
        let target = marked.cases[7]
        let before = try counts(worker)
        let redactedBefore = try worker.redactedCase(id: target.id)
        #expect(redactedBefore.pseudonym == worker.keys?.pseudonymKey.pseudonym(for: target.personal))
        #expect(try worker.caseRecord(id: target.id, purpose: "before erasure").personal == target.personal)

        try worker.erasePersonalData(caseID: target.id, county: MarkedDatabase.county, reason: "lawful request of 2024-05-02")

        let after = try worker.caseRecord(id: target.id, purpose: "after erasure")
        #expect(after.personal.isEmpty)
        #expect(after.status == target.status && after.identifiedOn == target.identifiedOn)
        var expected = redactedBefore
        expected.pseudonym = nil
        #expect(try worker.redactedCase(id: target.id) == expected)
        #expect(try counts(worker) == before)
        #expect(try counts(KRATDatabase.open(at: marked.path, role: .analyst)) == before)
        let stored = try worker.writer.read { db in
            try (Int.fetchOne(db, sql: "SELECT count(*) FROM case_personal p JOIN case_record c ON c.id = p.case_ref WHERE c.case_id = ?",
                              arguments: [target.id]),
                 Int.fetchOne(db, sql: "SELECT count(*) FROM case_record WHERE pseudonym IS NOT NULL"),
                 Int.fetchOne(db, sql: "SELECT count(*) FROM case_record"))
        }
        #expect(stored.0 == 0 && stored.1 == 39 && stored.2 == 40)
        let entry = try #require(try worker.auditEntries(AuditFilter(action: .erasePersonalData)).first)
        #expect(entry.caseIDs == [target.id] && entry.purpose == .text("lawful request of 2024-05-02") && entry.user == SystemAccount.name && entry.declaredUser == "dpo")
        let pseudonymSQL = try KRATDatabase.open(at: marked.path, role: .analyst)
            .runAnalystSQL("SELECT pseudonym FROM cases WHERE case_id = '\(target.id)'")
        #expect(pseudonymSQL.rows == [[.none]])
    }

    @Test("The erased ciphertext is gone from the file and its WAL")
    func ciphertextGone() throws {
        let marked = try MarkedDatabase(count: 20)
        let worker = try marked.open(.caseWorker)
        let target = marked.cases[5]
        let sealed = try #require(try worker.writer.read { db in
            try Data.fetchOne(db, sql: "SELECT sealed FROM case_personal p JOIN case_record c ON c.id = p.case_ref WHERE c.case_id = ?",
                              arguments: [target.id])
        })
        let files = ["", "-wal", "-shm"].map { marked.path + $0 }
        func onDisk() -> Bool {
            files.contains { FileManager.default.contents(atPath: $0)?.range(of: sealed) != nil }
        }
        #expect(onDisk())
        try worker.erasePersonalData(caseID: target.id, county: MarkedDatabase.county, reason: "lawful request")
        #expect(!onDisk())
    }

    @Test("Erasure needs a reason, an existing case and the case-worker role")
    func refusals() throws {
        let marked = try MarkedDatabase(count: 3)
        let worker = try marked.open(.caseWorker)
        #expect(throws: StorageError.self) { try worker.erasePersonalData(caseID: marked.cases[0].id, county: .kukes, reason: "  ") }
        #expect(throws: StorageError.caseNotFound(id: "nope")) { try worker.erasePersonalData(caseID: "nope", county: .kukes, reason: "r") }
        let analyst = try marked.open(.analyst)
        #expect(throws: StorageError.self) { try analyst.erasePersonalData(caseID: marked.cases[0].id, county: .kukes, reason: "r") }
        #expect(try worker.caseRecord(id: marked.cases[0].id, purpose: "check").personal == marked.cases[0].personal)
    }
}
