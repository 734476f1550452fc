import Foundation
import KRATTestSupport
import GRDB
import KRATCore
import KRATSampleData
import Testing
@testable import KRATStorage

/// The bulk import path: batches prepared on a second thread, rows bound through the C API,
/// steps as a JSON column, secondary indexes rebuilt after a large load.
@Suite("Bulk import")
struct BulkImportTests {
    static let generator = CaseGenerator(counties: [.kukes], years: 2015...2024, count: 2_600, seed: 21, asOf: Fixtures.asOf)

    /// The names of the indexes and triggers on the case table, read with a plain connection.
    static func schemaObjects(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE tbl_name = 'case_record' AND type IN ('index', 'trigger') ORDER BY name
                """)
        }
    }

    static let expectedObjects = ["case_by_county_day", "case_by_day", "case_by_pseudonym", "case_cube_delete",
                                  "case_cube_insert", "case_cube_update", "sqlite_autoindex_case_record_1"]

    @Test func everyCaseReadsBackAsImported() throws {
        let directory = TemporaryDirectory()
        let database = try KRATDatabase.create(at: directory.path("k.sqlite"), scope: .county(.kukes))
        let originals = Array(Self.generator)
        let summary = try database.importCases(originals, asOf: Fixtures.asOf)
        #expect(summary.inserted == originals.count)
        var stored: [String: CaseRecord] = [:]
        try database.forEachCaseRecord(CaseQuery(), purpose: "test", destination: "memory") { stored[$0.id] = $0 }
        #expect(stored.count == originals.count)
        for original in originals {
            #expect(stored[original.id] == original)
        }
        #expect(try Self.schemaObjects(directory.path("k.sqlite")) == Self.expectedObjects)
        #expect(try database.integrityCheck().isEmpty)
    }

    @Test func theFirstInvalidCaseIsReportedAndNothingIsStored() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("k.sqlite")
        let database = try KRATDatabase.create(at: path, scope: .county(.kukes))
        var cases = Array(Self.generator)
        // Bad cases in both halves of the last batch (2,048–2,599, its halves prepared at once):
        // the earliest one is the one reported.
        cases[2_100].identifiedOn = Fixtures.day("2030-01-01")
        cases[2_400].ageAtIdentification = 300
        cases[2_590].ageAtIdentification = 300
        let error = Self.error { try database.importCases(cases, asOf: Fixtures.asOf) }
        #expect(error?.description.contains(cases[2_100].id) == true)
        #expect(error?.description.contains("identified_on") == true)
        #expect(try database.countMatching(CaseQuery()) == 0)
        #expect(try database.countCases(in: try Period(parsing: "2015..2024")).total == 0)
        // The dropped indexes and triggers came back with the rollback.
        #expect(try Self.schemaObjects(path) == Self.expectedObjects)
    }

    @Test func aBadCaseInTheSecondHalfOfABatchIsReported() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        var cases = Array(Self.generator.prefix(1_000))
        cases[900].ageAtIdentification = -4
        let error = Self.error { try database.importCases(cases, asOf: Fixtures.asOf) }
        #expect(error?.description.contains(cases[900].id) == true)
        #expect(error?.description.contains("age") == true)
    }

    @Test func everyNonceOfABatchIsNew() {
        var source = NonceSource(count: 3_000)
        var seen = Set<Data>()
        for _ in 0..<3_100 { seen.insert(source.nonce().withUnsafeBytes { Data($0) }) }
        #expect(seen.count == 3_100)
    }

    @Test func aCaseTwiceInOneImportIsADuplicate() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        var cases = Array(Self.generator.prefix(1_500))
        cases[1_400].id = cases[3].id
        #expect(throws: StorageError.duplicateCase(id: cases[3].id, county: .kukes)) {
            try database.importCases(cases, asOf: Fixtures.asOf)
        }
        #expect(try database.countMatching(CaseQuery()) == 0)
    }

    @Test func aSmallLoadIntoALargeTableKeepsItsIndexesAndCountsStayExact() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("k.sqlite")
        let database = try KRATDatabase.create(at: path, scope: .county(.kukes))
        let all = Array(Self.generator)
        try database.importCases(all.prefix(2_400), asOf: Fixtures.asOf)
        try database.importCases(all.suffix(200), expectedCount: 200, asOf: Fixtures.asOf)
        #expect(try Self.schemaObjects(path) == Self.expectedObjects)
        let period = try Period(parsing: "2015..2024")
        let counted = try database.countCases(in: period, by: [.status])
        for status in CaseStatus.allCases {
            #expect(counted[status.code] == all.filter { $0.status == status }.count)
        }
        #expect(try database.integrityCheck().isEmpty)
    }

    @Test func theStepsViewShowsEveryStepOfEveryCase() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("k.sqlite")
        let cases = Array(Self.generator.prefix(800))
        try KRATDatabase.create(at: path, scope: .county(.kukes)).importCases(cases, asOf: Fixtures.asOf)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        let table = try analyst.runAnalystSQL("""
            SELECT kind, count(*), sum(days_after_identification), count(provider_id) FROM case_steps GROUP BY kind
            """)
        let steps = cases.flatMap { record in record.steps.map { (record, $0) } }
        #expect(table.rows.count == Set(steps.map(\.1.kind)).count)
        for row in table.rows {
            let ofKind = steps.filter { $0.1.kind.code == row[0].code }
            #expect(row[1].integer == ofKind.count)
            #expect(row[2].integer == ofKind.reduce(0) { $0 + Int($1.1.date.ordinal - $1.0.identifiedOn.ordinal) })
            #expect(row[3].integer == ofKind.filter { $0.1.providerID != nil }.count)
        }
    }

    static func error(_ body: () throws -> Void) -> StorageError? {
        do { try body() } catch let error as StorageError { return error } catch { return nil }
        return nil
    }
}

@Suite("Steps column")
struct StepsColumnTests {
    @Test func everyKindRoundTripsWithAndWithoutProvider() {
        let day = Day(year: 2024, month: 2, day: 29)!
        let steps = SOPStepKind.allCases.enumerated().map { index, kind in
            SOPStep(kind, on: day.adding(days: index), providerID: index.isMultiple(of: 2) ? Int64(index) : nil)
        }
        let text = StepsColumn.encode(steps)
        #expect(StepsColumn.decode(text) == steps)
        #expect(StepsColumn.decode(StepsColumn.encode([])) == [])
        #expect(text.hasPrefix("[{\"kind\":\"identification\",\"day\":"))
    }

    @Test(arguments: ["", "[", "[{}]", "[{\"kind\":\"nope\",\"day\":1}]", "[{\"kind\":\"referral\",\"day\":x}]",
                      "[{\"kind\":\"referral\",\"day\":1}", "[{\"kind\":\"referral\",\"day\":1}] ",
                      "[{\"kind\":\"referral\",\"day\":99999999999}]", "[{\"kind\":\"referral\",\"day\":1,\"provider\":}]"])
    func anythingElseIsRefused(text: String) {
        #expect(StepsColumn.decode(text) == nil)
    }
}
