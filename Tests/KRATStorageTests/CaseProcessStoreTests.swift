import Foundation
import GRDB
import KRATCore
import KRATTestSupport
@testable import KRATStorage
import Testing

/// The case process through the storage API: by case id, without an audited read of personal
/// data; every refusal leaves the case tables byte for byte as they were.
@Suite struct CaseProcessStoreTests {
    func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

    func database() throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(.durres), clock: TestDay.clock)
        let record = try CaseEntry.newCase([("id", "DU-1"), ("identified_on", "2025-10-10"), ("identified_by", "state_police"),
                                            ("sex", "F"), ("status", "VMT"), ("first_name", "Arta")],
                                           county: .durres, today: TestDay.today)
        try database.insert(record)
        return database
    }

    /// Every row of the case tables, as text: compared before and after a refused write.
    func dump(_ database: KRATDatabase) throws -> String {
        try database.writer.read { db in
            var text = ""
            for table in ["case_record", "case_personal", "case_day_cube", "record_history", "audit_log", "sop_timetable"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1") { text += "\(table): \(row)\n" }
            }
            return text
        }
    }

    func auditCount(_ database: KRATDatabase) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? 0 }
    }

    @Test func stepsStatusClosureWithoutReadingPersonalData() throws {
        let database = try database()
        let audits = try auditCount(database)
        try database.recordStep(caseID: "DU-1", step: SOPStep(.referral, on: day("2025-10-11")))
        try database.changeStatus(caseID: "DU-1", to: .victim, on: day("2025-10-12"))
        try database.closeCase(caseID: "DU-1", on: day("2025-10-13"), reason: .reintegrated)
        #expect(try auditCount(database) == audits)   // nothing read, nothing audited
        let redacted = try database.redactedCase(id: "DU-1")
        #expect(redacted.status == .victim && redacted.isClosed && redacted.daysToReferral == 1)
        #expect(try database.caseRecord(id: "DU-1", purpose: "test").personal.firstName == "Arta")   // kept
        let history = try database.history(kind: "case", recordID: "DU-1")
        #expect(history.count == 4)
        #expect(history.last?.changes.contains { $0.field == "closure_reason" && $0.new == "reintegrated" } == true)
        #expect(try database.openCaseProgress().isEmpty)
        try database.reopenCase(caseID: "DU-1", on: day("2025-10-14"))
        #expect(try database.openCaseProgress().map(\.reviewedOn) == [day("2025-10-14")])
    }

    @Test func refusedWritesLeaveTheCaseTablesUnchanged() throws {
        let database = try database()
        try database.insert(Institution(name: "Strehëza", kind: .serviceProvider, county: .durres, services: [.shelter]))
        let provider = try #require(try database.institutions(kind: .serviceProvider).first?.id)
        let before = try dump(database)
        let refused: [() throws -> Void] = [
            { _ = try database.recordStep(caseID: "DU-1", step: SOPStep(.referral, on: self.day("2025-10-09"))) },
            { _ = try database.recordStep(caseID: "DU-1", step: SOPStep(.referral, on: self.day("2025-10-22"))) },
            { _ = try database.recordStep(caseID: "DU-1", step: SOPStep(.emergencyCentre, on: self.day("2025-10-12"), providerID: provider)) },
            { _ = try database.recordStep(caseID: "DU-1", step: SOPStep(.shelter, on: self.day("2025-10-12"), providerID: 999)) },
            { _ = try database.recordStep(caseID: "DU-9", step: SOPStep(.referral, on: self.day("2025-10-12"))) },
            { _ = try database.changeStatus(caseID: "DU-1", to: .potentialVictim, on: self.day("2025-10-12")) },
            { _ = try database.closeCase(caseID: "DU-1", on: self.day("2025-10-01")) },
            { _ = try database.reopenCase(caseID: "DU-1", on: self.day("2025-10-12")) },
            { _ = try database.correctCase(caseID: "DU-1", fields: [("municipality", "Pogradec")]) },
            { _ = try database.correctCase(caseID: "DU-1", fields: [("personal_id", "123")]) },
            { try database.setSOPTimetable(SOPTimetable(days: [.referral: -1])) },
        ]
        for (index, write) in refused.enumerated() {
            do { try write(); Issue.record("write \(index) was accepted") } catch {
                let storage = try #require(error as? StorageError)
                #expect(!storage.description.contains("Arta") && !storage.description.contains("Pogradec"))
                if case .invalid(_, let issues) = storage { #expect(!issues.isEmpty) }
            }
            #expect(try dump(database) == before, "write \(index) changed the case tables")
        }
    }

    @Test func analystAndPublicMayNotWrite() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("d.sqlite")
        let owner = try KRATDatabase.create(at: path, scope: .county(.durres), clock: TestDay.clock)
        try owner.insert(try CaseEntry.newCase([("id", "DU-1"), ("identified_on", "2025-10-10"), ("identified_by", "ngo"),
                                                ("sex", "M"), ("status", "VMT")], county: .durres, today: TestDay.today))
        for role in [Role.analyst, .public, .secretary] {
            let database = try KRATDatabase.open(at: path, role: role, clock: TestDay.clock)
            #expect(throws: StorageError.self) { try database.recordStep(caseID: "DU-1", step: SOPStep(.referral, on: self.day("2025-10-11"))) }
            #expect(throws: StorageError.self) { try database.changeStatus(caseID: "DU-1", to: .victim, on: self.day("2025-10-11")) }
            #expect(throws: StorageError.self) { try database.closeCase(caseID: "DU-1", on: self.day("2025-10-11")) }
            #expect(throws: StorageError.self) { try database.correctCase(caseID: "DU-1", fields: [("sex", "F")]) }
            #expect(throws: StorageError.self) { try database.setSOPTimetable(.standard) }
        }
        #expect(try owner.redactedCase(id: "DU-1").stepKinds == [.identification])
    }

    @Test func timetableIsStoredAndHistoried() throws {
        let database = try database()
        #expect(try database.sopTimetable() == .standard)
        var timetable = SOPTimetable.standard
        timetable[.referral] = 1
        try database.setSOPTimetable(timetable)
        #expect(try database.sopTimetable()[.referral] == 1)
        let entry = try #require(try database.history(kind: "settings", recordID: "sop").last)
        #expect(entry.changes == [FieldChange(field: "referral", old: "2", new: "1")])
    }

    @Test func correctionsOfPersonalFieldsAreAuditedWritesAndKeepNoValue() throws {
        let database = try database()
        try database.correctCase(caseID: "DU-1", fields: [("phone", "+355 69 000 1111"), ("municipality", "Krujë")])
        #expect(try database.caseRecord(id: "DU-1", purpose: "test").personal.phone == "+355 69 000 1111")
        let entry = try #require(try database.history(kind: "case", recordID: "DU-1").last)
        #expect(entry.changes.contains { $0.isPersonal && $0.old == nil && $0.new == nil })
        #expect(!entry.changes.contains { ($0.new ?? "").contains("355") })
        #expect(try database.proposedCaseID(year: 2025) == "DU-2025-0001")
    }
}
