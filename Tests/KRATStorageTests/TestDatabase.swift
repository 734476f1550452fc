import Foundation
import KRATTestSupport
import KRATCore
import KRATSampleData
@testable import KRATStorage

enum Fixtures {
    static let asOf = Day(year: 2024, month: 6, day: 30)!

    /// A county database with `count` generated cases over 2015–2024.
    static func database(county: County = .kukes, count: Int, seed: UInt64 = 7) throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(county))
        try database.importCases(CaseGenerator(counties: [county], years: 2015...2024, count: count, seed: seed, asOf: asOf),
                                 asOf: asOf)
        return database
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }
}
