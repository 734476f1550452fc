import Foundation
import KRATCore
import KRATStorage
import KRATTestSupport
import Testing

/// The audit names the person: the account of the process (its uid's), never a name the
/// caller chose with `--user` or `$USER`, which is kept beside it.
@Suite struct AuditAccountTests {
    @Test func aReadAsSomebodyElseIsRecordedUnderTheRealAccount() throws {
        let folder = TemporaryDirectory("krat-account")
        let path = folder.path("durres.sqlite")
        let database = try KRATDatabase.create(at: path, scope: .county(.durres), clock: TestDay.clock)
        let record = CaseRecord(id: "DR-1", county: .durres, municipality: nil, status: .potentialVictim,
                                identifiedOn: TestDay.today.adding(days: -3), identifiedBy: .statePolice, sex: .female, citizenship: .albania, exploitation: [.labour],
                                steps: [SOPStep(.identification, on: TestDay.today.adding(days: -3))],
                                personal: PersonalData(firstName: "Qzname"))
        try database.insert(record)
        let read = try KratProcess.run([path, "--role", "case-worker", "--user", "someone.else",
                                        "-c", "case show DR-1 purpose=\"home visit\""],
                                       environment: ["USER": "someone.else", "LOGNAME": "someone.else"])
        #expect(read.status == 0, "\(read.standardError)")
        let entries = try KRATDatabase.open(at: path, role: .caseWorker).auditEntries(AuditFilter(action: .readPersonalData))
        let entry = try #require(entries.first)
        #expect(!SystemAccount.name.isEmpty && SystemAccount.name != "someone.else")
        #expect(entry.user == SystemAccount.name)
        #expect(entry.declaredUser == "someone.else")
        // Filtering by either name finds it.
        #expect(try KRATDatabase.open(at: path, role: .analyst).auditEntries(AuditFilter(user: SystemAccount.name)).count >= 1)
    }
}
