import Foundation
import KRATTestSupport
import GRDB
import KRATCore
import KRATSampleData
@testable import KRATStorage

enum Fixtures {
    static let asOf = Day(year: 2024, month: 6, day: 30)!

    static func generator(county: County = .kukes, count: Int, seed: UInt64 = 7) -> CaseGenerator {
        CaseGenerator(counties: [county], years: 2015...2024, count: count, seed: seed, asOf: asOf)
    }

    /// An in-memory county database with `count` generated cases.
    static func database(county: County = .kukes, count: Int, seed: UInt64 = 7) throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(county))
        try database.importCases(generator(county: county, count: count, seed: seed), asOf: asOf)
        return database
    }

    /// A case reduced to what the case CSV format holds: steps identification, referral and closure;
    /// no status change; the age only from a birth date; no notes.
    static func csvProjection(_ record: CaseRecord) -> CaseRecord {
        var steps = [SOPStep(.identification, on: record.identifiedOn)]
        if let referred = record.referredOn { steps.append(SOPStep(.referral, on: referred)) }
        if let closed = record.closedOn { steps.append(SOPStep(.closure, on: closed)) }
        var personal = record.personal
        personal.notes = nil
        return CaseRecord(id: record.id, county: record.county, municipality: record.municipality, status: record.status,
                          identifiedOn: record.identifiedOn, identifiedBy: record.identifiedBy, sex: record.sex,
                          citizenship: record.citizenship, exploitation: record.exploitation,
                          transnational: record.transnational, streetSituation: record.streetSituation,
                          steps: steps, personal: personal)
    }

    /// The number of rows in a table, by plain SQL.
    static func rows(_ table: String, in database: KRATDatabase) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    static let header = "case_id,county,municipality,status,identified_on,identified_by,sex,birth_date,citizenship,exploitation,transnational,street_situation,referred_on,closed_on,first_name,last_name,personal_id,phone,address"
}
