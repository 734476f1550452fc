import Foundation
import GRDB
import KRATCore
import KRATTestSupport
import Testing
@testable import KRATStorage

/// Every write leaves a history entry (who, when, what changed, old and new values of
/// non-personal fields) in the same transaction; personal values never enter it.
@Suite struct RecordHistoryTests {
    @Test func organisationRecordsKeepEveryChangeWithOldAndNewValues() throws {
        let marked = try MarkedDatabase(count: 3)
        let worker = try marked.open(.caseWorker)
        var school = try worker.insert(Institution(name: "Shkolla Nr. 1", kind: .educationDirectorate, county: .kukes))
        let id = try #require(school.id)
        school.name = "Shkolla Nr. 2"
        try worker.update(school)
        try worker.deleteInstitution(id: id)
        let entries = try worker.history(kind: "institution", recordID: String(id))
        #expect(entries.map(\.action) == [.created, .changed, .deleted])
        #expect(entries.allSatisfy { $0.user == SystemAccount.name && $0.declaredUser == "case_worker" && $0.role == .caseWorker })
        #expect(entries[0].changes.contains(FieldChange(field: "name", old: nil, new: "Shkolla Nr. 1")))
        #expect(entries[1].changes == [FieldChange(field: "name", old: "Shkolla Nr. 1", new: "Shkolla Nr. 2")])
        #expect(entries[2].changes.contains(FieldChange(field: "name", old: "Shkolla Nr. 2", new: nil)))
        // An update that changes nothing leaves no entry.
        let again = try worker.insert(Institution(name: "Caritas", kind: .ngo, county: .kukes))
        try worker.update(again)
        let unchanged = try worker.history(kind: "institution", recordID: String(again.id ?? 0))
        #expect(unchanged.count == 1, "\(unchanged.last?.changes ?? [])")
        // Analysts read the committee's history; the public does not.
        #expect(try marked.open(.analyst).organisationHistory().count >= 4)
        #expect(throws: StorageError.self) { _ = try marked.open(.public).organisationHistory() }
    }

    @Test func aCasesHistoryNamesPersonalFieldsWithoutTheirValues() throws {
        let marked = try MarkedDatabase(count: 3)
        let worker = try marked.open(.caseWorker)
        var record = marked.cases[0]
        record.id = "KU-HIST-1"
        record.status = .potentialVictim
        record.steps = [SOPStep(.identification, on: record.identifiedOn)]
        try worker.insert(record, asOf: Fixtures.asOf)
        record.personal.phone = "+355 69 999 1234"
        try record.changeStatus(to: .victim, on: record.identifiedOn.adding(days: 5))
        try worker.update(record, asOf: Fixtures.asOf)
        let entries = try worker.history(kind: "case", recordID: "KU-HIST-1")
        #expect(entries.map(\.action) == [.created, .changed])
        let changed = entries[1].changes
        #expect(changed.contains(FieldChange(field: "status", old: "VMT", new: "VT")))
        #expect(changed.contains { $0.field == "personal.phone" && $0.isPersonal && $0.old == nil && $0.new == nil })
        #expect(!changed.contains { $0.field.hasPrefix("personal.firstName") })   // unchanged: not listed
        #expect(entries[0].changes.filter(\.isPersonal).count >= 5)
        try worker.erasePersonalData(caseID: "KU-HIST-1", county: .kukes, reason: "request")
        #expect(try worker.history(kind: "case", recordID: "KU-HIST-1").last?.action == .erased)
        // No personal value anywhere in the history table, read raw.
        let raw = try worker.writer.read { db in
            try String.fetchAll(db, sql: "SELECT changes FROM record_history").joined(separator: "\n")
        }
        #expect(marked.found(in: raw).isEmpty)
        #expect(!raw.contains("999 1234"))
        // A case's history is the case worker's: it holds days.
        #expect(throws: StorageError.self) { _ = try marked.open(.analyst).history(kind: "case", recordID: "KU-HIST-1") }
        #expect(throws: StorageError.self) { _ = try marked.open(.secretary).history(kind: "case", recordID: "KU-HIST-1") }
    }

    @Test func aBulkImportLeavesOneEntryWithItsCounts() throws {
        let marked = try MarkedDatabase(count: 12)
        let entries = try marked.open(.caseWorker).writer.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, action, changes FROM record_history")
        }
        #expect(entries.count == 1)
        #expect(entries.first?["kind"] == "case_import")
        #expect((entries.first?["changes"] as String?)?.contains("\"new\":\"12\"") == true)
    }

    @Test func theHistoryCannotBeChanged() throws {
        let marked = try MarkedDatabase(count: 2)
        let worker = try marked.open(.caseWorker)
        _ = try worker.insert(Institution(name: "UNDP", kind: .internationalPartner, county: .kukes))
        #expect(throws: (any Error).self) {
            try worker.writer.write { db in try db.execute(sql: "UPDATE record_history SET user = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try worker.writer.write { db in try db.execute(sql: "DELETE FROM record_history") }
        }
    }

    @Test func theSecretaryRecordsTheCommitteesWorkAndNoCase() throws {
        let marked = try MarkedDatabase(count: 2)
        let secretary = try marked.open(.secretary)
        let stored = try secretary.insert(Institution(name: "Zyra e Punës Kukës", kind: .employmentOffice, county: .kukes))
        #expect(try secretary.history(kind: "institution", recordID: String(stored.id ?? 0)).first?.role == .secretary)
        var record = marked.cases[1]
        record.id = "KU-SEC-1"
        #expect {
            try secretary.insert(record, asOf: Fixtures.asOf)
        } throws: { error in
            guard case .notPermitted(.secretary, _, .caseWorker) = error as? StorageError else { return false }
            return true
        }
        #expect(try secretary.countMatching(CaseQuery()) == 2)
        #expect(throws: StorageError.self) { _ = try secretary.caseRecord(id: marked.cases[0].id, purpose: "x") }
        // An analyst records nothing, and is told which role may.
        #expect {
            _ = try marked.open(.analyst).insert(Institution(name: "X", kind: .ngo, county: .kukes))
        } throws: { error in
            guard case .notPermitted(.analyst, _, .secretary) = error as? StorageError else { return false }
            return true
        }
        #expect(StorageError.notPermitted(role: .analyst, action: "storing institution", requires: .secretary).description
            == "storing institution is not permitted to the analyst role; open the database as the secretariat (or as the case worker) to do so.")
    }
}
