import Foundation
import GRDB
import KRATCore
import KRATSampleData
import KRATStorage

/// The data every benchmark reads: 1,000,000 generated cases over 30 years for all twelve
/// counties, in a national database built once per run (in a temporary directory).
enum BenchmarkData {
    static let caseCount = Int(ProcessInfo.processInfo.environment["KRAT_BENCH_CASES"] ?? "") ?? 1_000_000
    static let asOf = Day(year: 2025, month: 10, day: 15)!
    static let years = 1996...2025

    static let directory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("krat-bench-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static var nationalPath: String { directory + "/national.sqlite" }

    /// The national database, created and filled the first time it is asked for.
    nonisolated(unsafe) static var national: KRATDatabase = {
        do {
            let database = try KRATDatabase.create(at: nationalPath, scope: .national)
            try database.importCases(CaseGenerator(counties: County.allCases, years: years, count: caseCount, seed: 30,
                                                   asOf: asOf, withPersonalData: false), asOf: asOf)
            return try KRATDatabase.open(at: nationalPath, role: .analyst)
        } catch {
            fatalError("benchmark data could not be built: \(error)")
        }
    }()

    /// A plain GRDB connection to the same file, for the plain-SQL equivalents.
    nonisolated(unsafe) static var plain: DatabaseQueue = {
        _ = national
        do { return try DatabaseQueue(path: nationalPath) } catch { fatalError("\(error)") }
    }()
}
