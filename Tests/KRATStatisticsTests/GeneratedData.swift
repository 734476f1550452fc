import KRATCore
import KRATSampleData
@testable import KRATStorage

/// Generated cases over 2015–2024, shared by the trend and breakdown tests.
enum GeneratedData {
    static let asOf = Day(year: 2024, month: 6, day: 30)!

    static func database(count: Int = 3000, role: Role = .caseWorker, threshold: Int = 10) throws -> KRATDatabase {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes), role: .caseWorker,
                                                 settings: CountySettings(suppressionThreshold: threshold, ageBands: .standard))
        try database.importCases(CaseGenerator(counties: [.kukes], years: 2015...2024, count: count, seed: 11, asOf: asOf),
                                 asOf: asOf)
        return database
    }
}
