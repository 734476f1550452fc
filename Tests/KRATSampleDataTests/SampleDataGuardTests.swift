import Foundation
import KRATCore
import KRATSampleData
import KRATStorage
import KRATTestSupport
import Testing

/// Generated data go only into a database created for sample data: a county's real file is
/// refused before anything is written, and the mark is kept in the file.
@Suite("Sample data only where it belongs")
struct SampleDataGuardTests {
    let folder = TemporaryDirectory("krat-sample")

    @Test func aRealCountyDatabaseTakesNoGeneratedCases() throws {
        let real = try KRATDatabase.create(at: folder.path("kukes.sqlite"), scope: .county(.kukes), clock: TestDay.clock)
        #expect(!real.holdsSampleData)
        #expect(throws: StorageError.notSampleData(file: folder.path("kukes.sqlite"))) {
            try SampleCases.add(5, years: 3, seed: 1, to: real)
        }
        #expect(throws: StorageError.notSampleData(file: folder.path("kukes.sqlite"))) {
            try OrganisationGenerator(county: .kukes, years: 2024...2025, asOf: TestDay.today).fill(real)
        }
        #expect(throws: StorageError.notSampleData(file: folder.path("kukes.sqlite"))) {
            try DemoDatabase.fill(real)
        }
        // Nothing was written: no case, and no institution beyond the ones every county starts with.
        let fresh = try KRATDatabase.create(at: folder.path("fresh.sqlite"), scope: .county(.kukes), clock: TestDay.clock)
        #expect(try real.countMatching(CaseQuery()) == 0)
        #expect(try real.institutions().count == fresh.institutions().count)
        #expect(try real.meetings(in: .year(2025)).isEmpty)
    }

    @Test func theMarkIsKeptInTheFileAndReadBackByEveryRole() throws {
        let path = folder.path("demo.sqlite")
        _ = try KRATDatabase.create(at: path, scope: .county(.kukes), sampleData: true, clock: TestDay.clock)
        for role in [Role.caseWorker, .analyst, .public] {
            #expect(try KRATDatabase.open(at: path, role: role, clock: TestDay.clock).holdsSampleData)
        }
        _ = try KRATDatabase.create(at: folder.path("real.sqlite"), scope: .county(.kukes), clock: TestDay.clock)
        #expect(try !KRATDatabase.open(at: folder.path("real.sqlite"), role: .analyst).holdsSampleData)
    }

    @Test func generatedCasesGoIntoASampleDatabaseUpToItsToday() throws {
        let sample = try KRATDatabase.inMemory(scope: .county(.kukes), sampleData: true, clock: TestDay.clock)
        let summary = try SampleCases.add(200, years: 3, seed: 42, to: sample)
        #expect(summary.inserted == 200)
        #expect(try sample.countMatching(CaseQuery()) == 200)
        // Three years ending on the database's today (2025-10-21): 2023-01-01 to that day, never after.
        let window = try Period(parsing: "2023-01-01..2025-10-21")
        #expect(try sample.countMatching(CaseQuery(period: window)) == 200)
        // A second run with another seed adds other cases (ids carry the seed).
        #expect(try SampleCases.add(10, years: 1, seed: 43, to: sample).inserted == 10)
        #expect(try sample.countMatching(CaseQuery()) == 210)
    }

    @Test func theDemoIsTheSameForTheSameCountyAndDay() throws {
        let first = try DemoDatabase.create(at: folder.path("a.sqlite"), county: .berat, clock: TestDay.clock)
        let second = try DemoDatabase.create(at: folder.path("b.sqlite"), county: .berat, clock: TestDay.clock)
        #expect(first.holdsSampleData && second.holdsSampleData)
        let everything = try Period(parsing: "1990..2100")
        #expect(try first.countMatching(CaseQuery()) == DemoDatabase.caseCount)
        #expect(try first.countCases(in: everything, by: [.status]) == second.countCases(in: everything, by: [.status]))
        // Ten years ending on the test day: nothing before 2016, nothing after 2025-10-21.
        #expect(try first.countMatching(CaseQuery(period: try Period(parsing: "2016-01-01..2025-10-21"))) == DemoDatabase.caseCount)
    }
}
