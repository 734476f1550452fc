import Foundation
import GRDB
import KRATCore
import KRATSampleData
import Testing
@testable import KRATStorage

@Suite struct CaseStoreTests {
    static func sample(id: String = "KU-2024-1") -> CaseRecord {
        CaseRecord(id: id, county: .kukes, municipality: Municipality.named("Tropoje"), status: .potentialVictim,
                   identifiedOn: Fixtures.day("2024-03-10"), identifiedBy: .borderPolice, sex: .female,
                   citizenship: Citizenship(code: "XK"), exploitation: [.labour, .sexual], transnational: true,
                   streetSituation: false,
                   steps: [SOPStep(.identification, on: Fixtures.day("2024-03-10")),
                           SOPStep(.referral, on: Fixtures.day("2024-03-12")),
                           SOPStep(.shelter, on: Fixtures.day("2024-03-13"), providerID: 4)],
                   personal: PersonalData(firstName: "Arta", lastName: "Gjoka", personalID: "J51234567K",
                                          phone: "+355 69 123 4567", address: "Rruga e Kavajës 5",
                                          birthDate: Fixtures.day("2007-05-01"), notes: "shënim"))
    }

    @Test func roundTripKeepsEveryFieldForTheCaseWorker() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        let record = Self.sample()
        try database.insert(record, asOf: Fixtures.asOf)
        let read = try database.caseRecord(id: record.id, purpose: "test")
        #expect(read == record)
        #expect(read.ageAtIdentification == 16)
    }

    @Test func redactedCaseHasBandMonthAndPseudonymOnly() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        try database.insert(Self.sample(), asOf: Fixtures.asOf)
        let redacted = try database.redactedCase(id: "KU-2024-1")
        #expect(redacted.identifiedMonth == "2024-03")
        #expect(redacted.ageBand?.code == "12-17")
        #expect(redacted.isChild == true)
        #expect(redacted.daysToReferral == 2 && redacted.daysToFirstService == 3)
        #expect(redacted.exploitation == [.sexual, .labour])
        #expect(redacted.pseudonym != nil)
    }

    @Test func updateFollowsStatusRulesAndDeleteRemoves() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        var record = Self.sample()
        try database.insert(record, asOf: Fixtures.asOf)
        try record.changeStatus(to: .victim, on: Fixtures.day("2024-04-01"))
        try database.update(record, asOf: Fixtures.asOf)
        #expect(try database.caseRecord(id: record.id, purpose: "test").statusChange?.on == Fixtures.day("2024-04-01"))
        record.status = .potentialVictim
        record.statusChange = nil
        #expect(throws: StorageError.self) { try database.update(record, asOf: Fixtures.asOf) }
        try database.deleteCase(id: record.id, county: .kukes)
        #expect(throws: StorageError.caseNotFound(id: record.id)) { try database.redactedCase(id: record.id) }
    }

    @Test func duplicatesAndOtherCountiesAreRefused() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        try database.insert(Self.sample(), asOf: Fixtures.asOf)
        #expect(throws: StorageError.duplicateCase(id: "KU-2024-1", county: .kukes)) {
            try database.insert(Self.sample(), asOf: Fixtures.asOf)
        }
        var other = Self.sample(id: "X-1")
        other.county = .vlore
        other.municipality = nil
        #expect(throws: StorageError.self) { try database.insert(other, asOf: Fixtures.asOf) }
    }

    @Test func bulkImportIsAllOrNothing() throws {
        let database = try Fixtures.database(count: 100)
        var bad = Self.sample(id: "BAD-1")
        bad.identifiedOn = Fixtures.day("2030-01-01")
        let batch = Array(CaseGenerator(counties: [.kukes], years: 2023...2023, count: 50, seed: 3, asOf: Fixtures.asOf)
            .map { record -> CaseRecord in var r = record; r.id = "NEW-" + r.id; return r }) + [bad]
        #expect(throws: StorageError.self) { try database.importCases(batch, asOf: Fixtures.asOf) }
        #expect(try database.countMatching(CaseQuery()) == 100)
        #expect(try database.integrityCheck().isEmpty)
    }

    @Test func importReportsProgressAndHandlesDuplicates() throws {
        let database = try Fixtures.database(count: 2500)
        var seen: [(Int, Int?)] = []
        let again = CaseGenerator(counties: [.kukes], years: 2015...2024, count: 2500, seed: 7, asOf: Fixtures.asOf)
        let skipped = try database.importCases(again, onDuplicate: .skip, asOf: Fixtures.asOf) { seen.append(($0, $1)) }
        #expect(skipped.skipped == 2500 && skipped.inserted == 0)
        #expect(seen.map(\.0) == [1000, 2000, 2500] && seen.allSatisfy { $0.1 == 2500 })
        let updated = try database.importCases(again, onDuplicate: .update, asOf: Fixtures.asOf)
        #expect(updated.updated == 2500)
        #expect(try database.countMatching(CaseQuery()) == 2500)
        #expect(try database.integrityCheck().isEmpty)
    }

    /// Every filter of the case query against CaseFilter.matches over the same generated cases.
    @Test(arguments: [
        ("county", "Kukes"), ("municipality", "Has"), ("status", "VT"), ("status", "VMT,not_victim"), ("sex", "M"),
        ("age_band", "0-5,6-11"), ("child", "true"), ("child", "false"), ("exploitation", "begging"),
        ("exploitation", "forced_marriage,organ_removal"), ("citizenship", "XK"), ("identified_by", "ngo,self_referral"),
        ("street_situation", "true"), ("transnational", "true"), ("transnational", "false"),
    ])
    func everyFilterSelectsTheMatchingCases(key: String, value: String) throws {
        let generator = CaseGenerator(counties: [.kukes], years: 2018...2024, count: 1500, seed: 11, asOf: Fixtures.asOf)
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        try database.importCases(generator, asOf: Fixtures.asOf)
        let filter = try CaseFilter().setting(key, to: value)
        let period = try Period(parsing: "2019-03-15..2023-08-20")
        let expected = generator.filter { period.contains($0.identifiedOn) && filter.matches($0) }
            .sorted { ($0.identifiedOn, $0.id) > ($1.identifiedOn, $1.id) }
        #expect(!expected.isEmpty)
        #expect(try database.countMatching(CaseQuery(period: period, filter: filter)) == expected.count)
        let page = try database.cases(CaseQuery(period: period, filter: filter, order: .newestFirst, limit: 7, offset: 3))
        #expect(page.map(\.id) == expected.dropFirst(3).prefix(7).map(\.id))
        let counted = try database.countCases(in: period, filter: filter)
        #expect(counted.total == expected.count)
    }

    @Test func oldestFirstAndIDOrder() throws {
        let database = try Fixtures.database(count: 200)
        let oldest = try database.cases(CaseQuery(order: .oldestFirst, limit: 200))
        #expect(oldest.map(\.identifiedMonth) == oldest.map(\.identifiedMonth).sorted())
        let byID = try database.cases(CaseQuery(order: .caseID, limit: 200))
        #expect(byID.map(\.id) == byID.map(\.id).sorted())
    }
}
