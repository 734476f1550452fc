import Benchmark
import Foundation
import GRDB
import KRATCore
import KRATExport
import KRATSampleData
import KRATStorage

// Each question is timed twice in the same run: through KRATKit, and as the plain SQL
// `GROUP BY` over the case table that a person would otherwise write. Compare the two.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 200)

    let thisYear = try! Period(parsing: "2025-01-01..2025-10-15")
    let allYears = try! Period(parsing: "1996-01-01..2025-12-31")

    // MARK: - Same period, previous year

    Benchmark("Same-period comparison by status (KRATKit)") { benchmark in
        let database = BenchmarkData.national
        for _ in benchmark.scaledIterations {
            blackHole(try database.countCases(in: [thisYear, thisYear.samePeriodPreviousYear], by: [.status]))
        }
    }
    Benchmark("Same-period comparison by status (plain SQL)") { benchmark in
        let plain = BenchmarkData.plain
        let previous = thisYear.samePeriodPreviousYear
        for _ in benchmark.scaledIterations {
            blackHole(try plain.read { db in
                try [thisYear, previous].map { period in
                    try Row.fetchAll(db, sql: """
                        SELECT status, count(*) FROM case_record WHERE identified_on BETWEEN ? AND ? GROUP BY status
                        """, arguments: [Int(period.start.ordinal), Int(period.end.ordinal)])
                }
            })
        }
    }

    // MARK: - 30-year trend

    Benchmark("30-year trend by year (KRATKit)") { benchmark in
        let database = BenchmarkData.national
        let years = allYears.split(by: .year)
        for _ in benchmark.scaledIterations {
            blackHole(try database.countCases(in: years))
        }
    }
    Benchmark("30-year trend by year (plain SQL)") { benchmark in
        let plain = BenchmarkData.plain
        for _ in benchmark.scaledIterations {
            blackHole(try plain.read { db in
                try Row.fetchAll(db, sql: "SELECT identified_month / 12, count(*) FROM case_record GROUP BY 1")
            })
        }
    }

    // MARK: - Two-way breakdown

    Benchmark("Two-way breakdown municipality x status, 30 years (KRATKit)") { benchmark in
        let database = BenchmarkData.national
        for _ in benchmark.scaledIterations {
            blackHole(try database.countCases(in: allYears, by: [.municipality, .status]))
        }
    }
    Benchmark("Two-way breakdown municipality x status, 30 years (plain SQL)") { benchmark in
        let plain = BenchmarkData.plain
        for _ in benchmark.scaledIterations {
            blackHole(try plain.read { db in
                try Row.fetchAll(db, sql: "SELECT municipality, status, count(*) FROM case_record GROUP BY 1, 2")
            })
        }
    }

    // MARK: - Listing and redaction

    Benchmark("20 most recent cases of a county (KRATKit)") { benchmark in
        let database = BenchmarkData.national
        let query = CaseQuery(filter: try CaseFilter().setting("county", to: "Kukes"), order: .newestFirst, limit: 20)
        for _ in benchmark.scaledIterations {
            blackHole(try database.cases(query))
        }
    }
    Benchmark("20 most recent cases of a county (plain SQL)") { benchmark in
        let plain = BenchmarkData.plain
        for _ in benchmark.scaledIterations {
            blackHole(try plain.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT * FROM case_record WHERE county = 'kukes' ORDER BY identified_on DESC, id DESC LIMIT 20
                    """)
            })
        }
    }
    Benchmark("Redaction of every case, streamed",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .throughput], maxIterations: 3)) { benchmark in
        let database = BenchmarkData.national
        for _ in benchmark.scaledIterations {
            var count = 0
            try database.forEachCase(CaseQuery()) { _ in count += 1 }
            blackHole(count)
        }
    }

    Benchmark("CSV export of every case, streamed",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 2)) { benchmark in
        let database = BenchmarkData.national
        for iteration in benchmark.scaledIterations {
            let path = BenchmarkData.directory + "/export-\(iteration)-\(UUID().uuidString).csv"
            blackHole(try CaseCSVExporter().exportRedacted(from: database, toPath: path))
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    // MARK: - Opening

    Benchmark("Open a database and answer a first count (cold start)",
              configuration: .init(maxIterations: 10)) { benchmark in
        _ = BenchmarkData.national
        for _ in benchmark.scaledIterations {
            let database = try KRATDatabase.open(at: BenchmarkData.nationalPath, role: .analyst)
            blackHole(try database.countCases(in: thisYear, by: [.status]))
        }
    }

    // MARK: - Import

    Benchmark("Bulk import of 100,000 cases with encryption and aggregates",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .throughput],
                                   scalingFactor: .one, maxIterations: 3)) { benchmark in
        // Generated before the clock starts: the benchmark times storing cases, not making them up.
        let cases = Array(CaseGenerator(counties: [.tirane], years: 2016...2025, count: 100_000, seed: 5,
                                        asOf: BenchmarkData.asOf))
        for iteration in benchmark.scaledIterations {
            let path = BenchmarkData.directory + "/import-\(iteration)-\(UUID().uuidString).sqlite"
            let database = try KRATDatabase.create(at: path, scope: .county(.tirane))
            benchmark.startMeasurement()
            blackHole(try database.importCases(cases, asOf: BenchmarkData.asOf))
            benchmark.stopMeasurement()
            for suffix in ["", "-wal", "-shm", ".key"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
