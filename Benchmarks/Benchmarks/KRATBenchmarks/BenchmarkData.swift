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

    /// Where the data is kept between runs. The benchmark runner starts one process per
    /// benchmark, so the data is built by the first and reused by the others (and by later
    /// runs with the same schema and size): delete the folder to build it anew.
    static let directory: String = {
        let base = ProcessInfo.processInfo.environment["KRAT_BENCH_DIR"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("krat-benchmark-data").path
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        return base
    }()

    static var nationalPath: String { directory + "/national-v\(KRATDatabase.schemaVersion)-\(caseCount).sqlite" }

    /// The national database: built once (in a temporary file, renamed when complete).
    nonisolated(unsafe) static var national: KRATDatabase = {
        do {
            if !FileManager.default.fileExists(atPath: nationalPath) {
                let building = directory + "/building-\(getpid()).sqlite"
                let database = try KRATDatabase.create(at: building, scope: .national)
                try database.importCases(CaseGenerator(counties: County.allCases, years: years, count: caseCount, seed: 30,
                                                       asOf: asOf, withPersonalData: false), asOf: asOf)
                try database.backup(to: nationalPath + ".partial")
                try FileManager.default.moveItem(atPath: nationalPath + ".partial", toPath: nationalPath)
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
            }
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
