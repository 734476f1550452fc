import Foundation
import GRDB
import KRATCore
import KRATSampleData
import Testing
@testable import KRATStorage

/// The counting API must equal a plain COUNT(*) over the cases, whatever the period and filter.
@Suite struct AggregateTests {
    /// Plain SQL, written independently of the counting engine, for one dimension.
    static func plainCount(_ db: Database, _ period: Period, _ where: String = "1", groupBy: String? = nil) throws -> [String: Int] {
        let range = "identified_on BETWEEN \(period.start.ordinal) AND \(period.end.ordinal)"
        if let groupBy {
            return try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT CAST(\(groupBy) AS TEXT) AS k, count(*) AS n FROM case_record WHERE \(range) AND \(`where`) GROUP BY 1
                """).map { (($0["k"] as String?) ?? "", $0["n"] as Int) })
        }
        return ["": try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record WHERE \(range) AND \(`where`)") ?? 0]
    }

    @Test func randomPeriodsAndFiltersEqualCountStar() throws {
        let database = try Fixtures.database(count: 4000)
        var random = SeededGenerator(seed: 99)
        let first = Fixtures.day("2014-12-01").ordinal, last = Fixtures.asOf.ordinal
        // Each filter: the CaseFilter and the same condition in plain SQL.
        let filters: [(CaseFilter, String)] = [
            (CaseFilter(), "1"),
            (try CaseFilter().setting("status", to: "VT"), "status = 'VT'"),
            (try CaseFilter().setting("sex", to: "F,U"), "sex IN ('F','U')"),
            (try CaseFilter().setting("age_band", to: "12-17"), "age_band = '12-17'"),
            (try CaseFilter().setting("child", to: "true"), "age IS NOT NULL AND age < 18"),
            (try CaseFilter().setting("child", to: "false"), "age >= 18"),
            (try CaseFilter().setting("exploitation", to: "begging"), "exploitation & 4"),
            (try CaseFilter().setting("exploitation", to: "sexual,labour"), "exploitation & 3"),
            (try CaseFilter().setting("citizenship", to: "XK,AL"), "citizenship IN ('XK','AL')"),
            (try CaseFilter().setting("identified_by", to: "state_police"), "identified_by = 'state_police'"),
            (try CaseFilter().setting("street_situation", to: "true"), "street_situation = 1"),
            (try CaseFilter().setting("transnational", to: "false"), "transnational = 0"),
            (try CaseFilter().setting("municipality", to: "Has"), "municipality = 'has'"),
            (try CaseFilter().setting("status", to: "VMT").setting("sex", to: "F").setting("child", to: "true"),
             "status = 'VMT' AND sex = 'F' AND age < 18"),
        ]
        let groupings: [(CaseDimension?, String?)] = [
            (nil, nil), (.status, "status"), (.sex, "sex"), (.municipality, "municipality"),
            (.identifiedBy, "identified_by"), (.ageBand, "age_band"), (.citizenship, "citizenship"),
        ]
        do {
            for round in 0..<240 {
                let a = Int32.random(in: first...last, using: &random)
                let b = Int32.random(in: first...last, using: &random)
                let period = try Period(from: Day(ordinal: min(a, b)), through: Day(ordinal: max(a, b)))
                let (filter, sql) = filters[round % filters.count]
                let (dimension, column) = groupings[round % groupings.count]
                let counts = try database.countCases(in: period, filter: filter, by: dimension.map { [$0] } ?? [])
                let expected = try database.writer.read { db in try Self.plainCount(db, period, sql, groupBy: column) }
                let got = Dictionary(uniqueKeysWithValues: counts.counts.map { ($0.key.first ?? "", $0.value) })
                #expect(got.filter { $0.value > 0 } == expected.filter { $0.value > 0 } || (expected == ["": 0] && got.isEmpty),
                        "round \(round): \(period) \(sql) by \(column ?? "-")")
                #expect(counts.total == expected.values.reduce(0, +), "round \(round) total")
            }
        }
    }

    @Test func exploitationCountsEachTypeAndTotalCountsCasesOnce() throws {
        let database = try Fixtures.database(count: 2000)
        let period = Period.year(2020)
        let counts = try database.countCases(in: period, by: [.exploitation])
        try database.writer.read { (db: Database) throws -> Void in
            for (bit, type) in ExploitationCodes.types.enumerated() {
                let n = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM case_record WHERE identified_on BETWEEN ? AND ? AND exploitation & ?
                    """, arguments: [Int(period.start.ordinal), Int(period.end.ordinal), 1 << bit]) ?? 0
                #expect(counts[type.code] == n, "\(type.code)")
            }
            let cases = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record WHERE identified_on BETWEEN ? AND ?",
                                         arguments: [Int(period.start.ordinal), Int(period.end.ordinal)]) ?? 0
            #expect(counts.total == cases)
            #expect(counts.counts.values.reduce(0, +) > cases, "some cases have two types")
        }
    }

    @Test func aggregatesFollowInsertUpdateDeleteInTheSameTransaction() throws {
        let database = try Fixtures.database(count: 300)
        let year = Period.year(2023)
        let before = try database.countCases(in: year, by: [.status])
        var record = CaseRecord(id: "KU-NEW-1", county: .kukes, municipality: Municipality.named("Has"),
                                status: .potentialVictim, identifiedOn: Fixtures.day("2023-05-05"),
                                identifiedBy: .statePolice, sex: .female, citizenship: .albania, exploitation: [.labour])
        try database.insert(record, asOf: Fixtures.asOf)
        #expect(try database.countCases(in: year, by: [.status])["VMT"] == before["VMT"] + 1)
        record.status = .victim
        try database.update(record, asOf: Fixtures.asOf)
        let after = try database.countCases(in: year, by: [.status])
        #expect(after["VMT"] == before["VMT"] && after["VT"] == before["VT"] + 1)
        try database.deleteCase(id: "KU-NEW-1", county: .kukes)
        #expect(try database.countCases(in: year, by: [.status]) == before)
        #expect(try database.integrityCheck().isEmpty)
    }
}
