import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATSampleData
@testable import KRATStorage
@testable import KRATExport

@Suite("National consolidation")
struct NationalMergeTests {
    let dir = TemporaryDirectory()

    /// A county file with generated cases and, optionally, one extra case of a known person.
    func county(_ county: County, count: Int, seed: UInt64, key: PseudonymKey, person: PersonalData? = nil) throws -> String {
        let path = dir.path("\(county.code).sqlite")
        let database = try KRATDatabase.create(at: path, scope: .county(county), keys: .generate(sharing: key),
                                               keyFilePath: path + ".key")
        try database.importCases(CaseGenerator(counties: [county], years: 2020...2024, count: count, seed: seed,
                                               asOf: Fixtures.asOf), asOf: Fixtures.asOf)
        if let person {
            try database.insert(CaseRecord(id: "\(county.code)-shared", county: county, municipality: nil, status: .victim,
                                           identifiedOn: Day(year: 2023, month: 5, day: 10)!, identifiedBy: .statePolice,
                                           sex: .female, citizenship: .albania, exploitation: [.sexual], personal: person),
                                asOf: Fixtures.asOf)
        }
        return path
    }

    @Test("two counties merged; merging one again replaces it; a shared person counts once")
    func merge() throws {
        let key = PseudonymKey.generate()
        let person = PersonalData(firstName: "Ana", lastName: "Hoxha", personalID: "J12345678A")
        let kukes = try county(.kukes, count: 150, seed: 1, key: key, person: person)
        let durres = try county(.durres, count: 200, seed: 2, key: key, person: PersonalData(personalID: "j12345678a"))
        let national = try KRATDatabase.create(at: dir.path("national.sqlite"), scope: .national)

        let first = try NationalMerge.merge(into: national, from: [kukes, durres], asOf: Fixtures.asOf)
        #expect(first.map(\.cases) == [151, 201])
        #expect(try Fixtures.rows("case_record", in: national) == 352)
        #expect(try Fixtures.rows("case_personal", in: national) == 0)

        let again = try NationalMerge.merge(into: national, from: [kukes], asOf: Fixtures.asOf)
        #expect(again.map(\.cases) == [151])
        #expect(try Fixtures.rows("case_record", in: national) == 352)

        // Counts from the aggregates equal the county files' own counts.
        let period = Period.year(2023)
        let kukesDB = try KRATDatabase.open(at: kukes, role: .analyst)
        let durresDB = try KRATDatabase.open(at: durres, role: .analyst)
        let nationalCounts = try national.countCases(in: period, by: [.county])
        #expect(nationalCounts["kukes"] == (try kukesDB.countCases(in: period).total))
        #expect(nationalCounts["durres"] == (try durresDB.countCases(in: period).total))
        #expect(try national.countCases(in: period, filter: CaseFilter(), by: [.ageBand]).total
                == (try kukesDB.countCases(in: period).total + durresDB.countCases(in: period).total))

        // The shared person: two cases, one person.
        let may = Period.month(5, of: 2023)
        let cases = try national.countCases(in: may).total
        let persons = try national.countPersons(in: may)
        let sharedPseudonyms = try national.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record WHERE case_id LIKE '%-shared'") ?? 0
        }
        #expect(sharedPseudonyms == 2)
        let distinctShared = try national.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT pseudonym) FROM case_record WHERE case_id LIKE '%-shared'") ?? 0
        }
        #expect(distinctShared == 1)
        let expectedPersons = try national.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(DISTINCT pseudonym) FROM case_record WHERE identified_month = 2023 * 12 + 4)
                     + (SELECT count(*) FROM case_record WHERE identified_month = 2023 * 12 + 4 AND pseudonym IS NULL)
                """) ?? 0
        }
        #expect(persons == expectedPersons)
        #expect(persons <= cases - 1)

        // Redacted reads from the national file keep the age band.
        var kukesOnly = CaseFilter()
        kukesOnly.counties = [.kukes]
        let listed = try national.cases(CaseQuery(filter: kukesOnly, limit: 200))
        #expect(listed.contains { $0.ageBand != nil })
    }

    @Test("a county database cannot be the target, and the national one cannot be a source")
    func refusals() throws {
        let key = PseudonymKey.generate()
        let kukes = try county(.kukes, count: 5, seed: 1, key: key)
        let target = try KRATDatabase.open(at: kukes, role: .analyst)
        #expect(throws: NationalMergeError.notNational(file: kukes)) { try NationalMerge.merge(into: target, from: []) }
        let nationalPath = dir.path("n.sqlite")
        let national = try KRATDatabase.create(at: nationalPath, scope: .national)
        #expect(throws: NationalMergeError.notACounty(file: nationalPath)) {
            try NationalMerge.merge(into: national, from: [nationalPath])
        }
    }
}
