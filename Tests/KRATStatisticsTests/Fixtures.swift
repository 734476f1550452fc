import Foundation
import KRATTestSupport
import KRATCore
import KRATStatistics
@testable import KRATStorage
import GRDB

/// Hand-built cases and databases for the statistics tests.
enum Fixtures {
    static let county = County.kukes
    static let asOf = Day(year: 2024, month: 12, day: 31)!

    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("bad fixture day \(text)") }
        return day
    }

    /// A case with sensible defaults; every field the tests group by can be set.
    static func record(_ id: String, _ identified: String, status: CaseStatus = .potentialVictim,
                       sex: Sex = .female, age: Int? = 15, municipality: String? = "kukes",
                       exploitation: [ExploitationType] = [.begging], identifiedBy: InstitutionKind = .statePolice,
                       citizenship: Citizenship? = .albania, steps: [(SOPStepKind, String)] = [],
                       changedTo: CaseStatus? = nil, changedOn: String? = nil) -> CaseRecord {
        let identifiedOn = day(identified)
        var record = CaseRecord(
            id: id, county: county, municipality: municipality.flatMap { Municipality.withCode($0) },
            status: status, identifiedOn: identifiedOn, identifiedBy: identifiedBy, sex: sex,
            citizenship: citizenship, exploitation: exploitation, ageAtIdentification: age,
            steps: steps.map { SOPStep($0.0, on: day($0.1)) })
        if let changedTo {
            try? record.changeStatus(to: changedTo, on: changedOn.map(day) ?? identifiedOn)
        }
        return record
    }

    /// An in-memory case-worker database holding `records`.
    static func database(_ records: [CaseRecord], threshold: Int = 10) throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(county),
                                                 settings: CountySettings(suppressionThreshold: threshold, ageBands: .standard))
        for record in records { _ = try database.insert(record, asOf: asOf) }
        return database
    }

    /// A database file holding `records`, reopened for `role` (the public role cannot write).
    static func database(_ records: [CaseRecord], role: Role, in directory: TemporaryDirectory,
                         threshold: Int = 10) throws -> KRATDatabase {
        let path = directory.path("cases.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(county),
                                             settings: CountySettings(suppressionThreshold: threshold, ageBands: .standard))
        for record in records { _ = try writer.insert(record, asOf: asOf) }
        return try KRATDatabase.open(at: path, role: role)
    }

    /// Runs plain SQL against the database, independently of the code under test.
    static func sql<T>(_ database: KRATDatabase, _ body: (GRDB.Database) throws -> T) throws -> T {
        try database.writer.read(body)
    }
}

extension ResultTable {
    /// The cell in column `key` of the first row whose dimension columns hold `codes`, in order.
    func value(_ key: String, at codes: [String]) -> Cell? {
        let dimensionIndexes = columns.indices.filter { columns[$0].role == .dimension }
        guard let index = columnIndex(key) else { return nil }
        return rows.first { row in
            zip(dimensionIndexes, codes).allSatisfy { row[$0.0].code == $0.1 }
        }?[index]
    }
}
