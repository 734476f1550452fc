import KRATTestSupport
import Testing
import KRATCore
@testable import KRATStorage

/// A refusal reads as a sentence for every action, and names the role that may and how to open as it,
/// in the library's terms (the shell's flags are KRATCommands' to give: CommandLineAdviceTests).
@Suite struct PermissionMessageTests {
    /// The error a refused call throws.
    func refusal(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch { return nil }
        return nil
    }

    @Test func writesNeedTheCaseWorkerRoleInTheLibrarysTerms() throws {
        let directory = TemporaryDirectory()
        let path = try KeyFileTests.database(in: directory)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        let error = refusal { try analyst.importCases([try MarkedDatabase(count: 1).cases[0]], asOf: Fixtures.asOf) }
        #expect(error?.description
            == "importing cases is not permitted to the analyst role; open the database as the case worker, with its key file, to do so.")
        let personal = refusal { _ = try analyst.caseRecord(id: "x", purpose: "p") }
        #expect(personal?.description
            == "reading personal data is not permitted to the analyst role; open the database as the case worker, with its key file, to do so.")
    }

    @Test func listingCasesNeedsOnlyTheAnalystRole() throws {
        let directory = TemporaryDirectory()
        let path = try KeyFileTests.database(in: directory)
        let reader = try KRATDatabase.open(at: path, role: .public)
        let error = refusal { _ = try reader.cases(CaseQuery()) }
        #expect(error?.description
            == "listing individual cases is not permitted to the public role; open the database as the analyst (or as the case worker) to do so.")
        let audit = refusal { _ = try reader.auditEntries() }
        #expect(audit?.description.hasPrefix("reading the audit log is not permitted to the public role; open the database as the analyst") == true)
    }

    @Test func everyWriteActionIsAGerundPhrase() throws {
        let directory = TemporaryDirectory()
        let path = try KeyFileTests.database(in: directory)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        let storing = refusal { _ = try analyst.insert(try MarkedDatabase(count: 1).cases[0], asOf: Fixtures.asOf) }
        #expect(storing?.description.hasSuffix(" is not permitted to the analyst role; open the database as the case worker, with its key file, to do so.") == true, "\(String(describing: storing))")
        let rebuilding = refusal { try analyst.repairAggregates() }
        #expect(rebuilding?.description.hasPrefix("rebuilding the aggregates is not permitted to the analyst role") == true)
    }
}
