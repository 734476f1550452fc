import KRATTestSupport
import Testing
import KRATCore
import KRATSampleData
import KRATStatistics
@testable import KRATStorage

/// An attacker with the public role and the whole public API: it asks every question the
/// public may ask, tries the differencing attacks a reviewer used (complementary filters,
/// nested periods, overlapping tables), and works out what it can from every published
/// table at once. The true counts come from the generated cases themselves, not from
/// KRATKit's counting.
@Suite struct PublicDifferencingAttackTests {
    static let threshold = 10
    static let today = Day(year: 2025, month: 3, day: 1)!
    static let years = 2015...2024
    static let dimensions: [CaseDimension] = [.sex, .status, .ageBand, .municipality, .identifiedBy]

    /// 1,200 generated cases of Kukës over 2015–2024: many small cells by municipality and age band.
    static let records = Array(CaseGenerator(counties: [.kukes], years: years, count: 1200, seed: 23, asOf: GeneratedData.asOf))

    /// A database file holding the cases, opened for the public role.
    static func publicStatistics(in directory: TemporaryDirectory) throws -> CaseStatistics {
        let path = directory.path("public.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(.kukes),
                                             settings: CountySettings(suppressionThreshold: threshold, ageBands: .standard))
        try writer.importCases(records, asOf: GeneratedData.asOf)
        return CaseStatistics(try KRATDatabase.open(at: path, role: .public), today: today)
    }

    /// The value of a case for a dimension, read from the record itself.
    static func value(_ record: CaseRecord, _ dimension: CaseDimension) -> String {
        switch dimension {
        case .sex: record.sex.code
        case .status: record.status.code
        case .ageBand: record.ageAtIdentification.map { AgeBands.standard.band(forAge: $0).code } ?? ""
        case .municipality: record.municipality?.code ?? ""
        case .identifiedBy: record.identifiedBy.code
        default: ""
        }
    }

    /// The true count of a cell (`total` for the year's total), from the generated cases.
    static func truth(year: Int, _ dimension: CaseDimension, _ code: String) -> Int {
        records.filter { $0.identifiedOn.year == year && (code == "total" || value($0, dimension) == code) }.count
    }

    /// The refusal a public question gets, or nil when it is answered.
    static func refusal(_ question: () throws -> ResultTable) -> StorageError? {
        do {
            _ = try question()
            return nil
        } catch let error as StorageError {
            return error
        } catch {
            return nil
        }
    }

    static func isNotPublished(_ error: StorageError?) -> Bool {
        if case .notPublished = error { return true }
        return false
    }

    // MARK: - The reviewer's attacks are refused

    @Test func complementaryFiltersAreRefused() throws {
        let directory = TemporaryDirectory()
        let statistics = try Self.publicStatistics(in: directory)
        var bothSexes = CaseFilter()
        bothSexes.sexes = [.female, .male]
        var men = CaseFilter()
        men.sexes = [.male]
        #expect(Self.isNotPublished(Self.refusal { try statistics.breakdown(by: [.ageBand], period: .year(2024), filter: bothSexes) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.breakdown(by: [.sex], period: .year(2024), filter: men) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.trend(unit: .year, filter: men) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.compare(period: .year(2024), filter: men) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.flow(period: .year(2024), filter: men) }))
        // The same questions without a filter are answered.
        #expect(Self.refusal { try statistics.breakdown(by: [.ageBand], period: .year(2024)) } == nil)
    }

    @Test func nestedAndPartialPeriodsAreRefused() throws {
        let directory = TemporaryDirectory()
        let statistics = try Self.publicStatistics(in: directory)
        let partial: [Period] = [try Period(parsing: "2024-01-01..2024-06-02"), try Period(parsing: "2024-01-01..2024-06-03"),
                                 .day(Day(year: 2024, month: 10, day: 21)!), .month(6, of: 2024), .quarter(2, of: 2024),
                                 try Period(parsing: "2023..2024"), .year(2025)]
        for period in partial {
            #expect(Self.isNotPublished(Self.refusal { try statistics.breakdown(by: [.sex], period: period) }), "\(period)")
            #expect(Self.isNotPublished(Self.refusal { try statistics.compare(period: period) }), "\(period)")
            #expect(Self.isNotPublished(Self.refusal { try statistics.flow(period: period) }), "\(period)")
        }
        #expect(Self.isNotPublished(Self.refusal { try statistics.breakdown(by: [.sex]) }), "all years at once")
        #expect(Self.isNotPublished(Self.refusal { try statistics.trend(unit: .month) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.trend(unit: .quarter, period: .year(2024)) }))
        #expect(Self.isNotPublished(Self.refusal { try statistics.trend(unit: .year, period: try Period(parsing: "2020-01-01..2024-06-30")) }))
    }

    @Test func overlappingTablesAndExactCountsAreRefused() throws {
        let directory = TemporaryDirectory()
        let statistics = try Self.publicStatistics(in: directory)
        #expect(Self.isNotPublished(Self.refusal { try statistics.breakdown(by: [.sex, .ageBand], period: .year(2024)) }))
        let database = statistics.database
        #expect(throws: StorageError.self) { try database.countCases(in: .year(2024), by: [.sex]) }
        #expect(throws: StorageError.self) { try database.caseFlow(in: .year(2024)) }
        #expect(throws: StorageError.self) { try database.identificationSpan() }
        #expect(throws: StorageError.self) { try database.openCases(on: Day(year: 2024, month: 12, day: 31)!) }
        #expect(throws: StorageError.self) { try database.countPersons(in: .year(2024)) }
    }

    // MARK: - Everything published, attacked at once

    /// Every table the public may ask for: per year and dimension the breakdown, the trend
    /// split, both columns of the comparisons, and the flow. Each published count is
    /// recorded under its cell (`2024/sex/M`, `2024/total`), hidden ones as nil.
    static func everythingPublished(_ statistics: CaseStatistics) throws -> [String: [Int?]] {
        var seen: [String: [Int?]] = [:]
        func note(_ year: Int, _ code: String?, _ dimension: CaseDimension, _ cell: ResultTable.Cell?) {
            guard let code, let cell, cell == .suppressed || cell.integer != nil else { return }
            let key = code == "total" ? "\(year)/total" : "\(year)/\(dimension.code)/\(code)"
            seen[key, default: []].append(cell.integer)
        }
        for dimension in dimensions {
            let trend = try statistics.trend(unit: .year, split: dimension)
            for row in trend.rows {
                guard let year = row[0].code.flatMap({ Int($0) }) else { continue }
                note(year, row[1].code, dimension, row[2])
            }
            for year in years {
                let breakdown = try statistics.breakdown(by: [dimension], period: .year(year))
                for row in breakdown.rows { note(year, row[0].code, dimension, row[1]) }
                guard year > years.lowerBound else { continue }
                let compare = try statistics.compare(period: .year(year), by: dimension)
                for row in compare.rows {
                    note(year, row[0].code, dimension, row[1])
                    note(year - 1, row[0].code, dimension, row[2])
                }
            }
        }
        for year in years {
            let flow = try statistics.flow(period: .year(year))
            note(year, "total", .status, flow.value("value", at: [FlowMeasure.identified.code]))
            for code in [FlowMeasure.identifiedVMT, .identifiedVT] {
                #expect(flow.value("value", at: [code.code]) == .suppressed, "\(year) \(code.code)")
            }
        }
        return seen
    }

    @Test func noCountBelowTheThresholdCanBeDerivedFromAllPublishedTables() throws {
        let directory = TemporaryDirectory()
        let statistics = try Self.publicStatistics(in: directory)
        let seen = try Self.everythingPublished(statistics)
        #expect(seen.count > 200, "the attacker should see many cells")

        // Every published count is true, and a cell is hidden everywhere or nowhere.
        var known: [String: Int] = [:]
        var truths: [String: Int] = [:]
        for (key, values) in seen {
            let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard let year = Int(parts[0]) else { continue }
            let dimension = parts.count == 3 ? CaseDimension(code: parts[1]) ?? .sex : .sex
            let truth = Self.truth(year: year, dimension, parts.count == 3 ? parts[2] : "total")
            truths[key] = truth
            #expect(Set(values.map { $0 == nil }).count == 1, "\(key) is hidden in one table and shown in another")
            for value in values.compactMap({ $0 }) {
                #expect(value == truth, "\(key)")
                #expect(value == 0 || value >= Self.threshold, "\(key) = \(value) is published")
                known[key] = value
            }
        }

        // The attacker's equations: in each year, the values of every dimension add up to the total.
        var equations: [[String: Double]] = []
        var unknowns = Set<String>()
        for year in Self.years {
            for dimension in Self.dimensions {
                var equation: [String: Double] = [:]
                let cells = seen.keys.filter { $0.hasPrefix("\(year)/\(dimension.code)/") }
                for key in cells + ["\(year)/total"] {
                    // Published values only move the equation's constant, which does not decide
                    // what it fixes; the unknowns carry +1, the total −1.
                    guard known[key] == nil else { continue }
                    equation[key, default: 0] += key == "\(year)/total" ? -1 : 1
                    unknowns.insert(key)
                }
                // A value with no published cell at all is a zero the tables do not list.
                let listed = Set(cells.map { $0.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? "" })
                let unlisted = Self.records.filter { $0.identifiedOn.year == year && !listed.contains(Self.value($0, dimension)) }
                #expect(unlisted.isEmpty, "\(year) \(dimension.code): a case under an unlisted value")
                if !equation.isEmpty { equations.append(equation) }
            }
        }
        let determined = DisclosureChecker.determined(unknowns.sorted(), equations: equations)
        let small = determined.filter { key in (truths[key] ?? 0) > 0 && (truths[key] ?? 0) < Self.threshold }
        #expect(small.isEmpty, "derived by subtraction across tables: \(small.sorted())")
        let hiddenSmall = unknowns.filter { key in (truths[key] ?? 0) > 0 && (truths[key] ?? 0) < Self.threshold }
        #expect(hiddenSmall.count > 20, "the data should hold many small hidden cells to attack")
    }
}
