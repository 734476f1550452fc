import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATSampleData
@testable import KRATStorage

/// What each role may do with the file and its cases: backups, file modes, listings by day.
@Suite struct RoleLimitTests {
    /// A database file with 200 generated cases of Kukës in 2024.
    static func file(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("kukes.sqlite")
        let worker = try KRATDatabase.create(at: path, scope: .county(.kukes))
        let asOf = Day(year: 2024, month: 12, day: 31)!
        try worker.importCases(CaseGenerator(counties: [.kukes], years: 2024...2024, count: 200, seed: 5, asOf: asOf), asOf: asOf)
        return path
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func databaseKeyAndBackupAreReadableByTheOwnerOnly() throws {
        let directory = TemporaryDirectory()
        let path = try Self.file(in: directory)
        #expect(Self.mode(path) == 0o600)
        #expect(Self.mode(path + ".key") == 0o600)
        let backup = directory.path("backup.sqlite")
        try KRATDatabase.open(at: path, role: .caseWorker).backup(to: backup)
        #expect(Self.mode(backup) == 0o600)
        #expect((try KRATDatabase.open(at: backup, role: .analyst).countCases(in: .year(2024))).total == 200)
    }

    @Test func onlyTheCaseWorkerBacksUp() throws {
        let directory = TemporaryDirectory()
        let path = try Self.file(in: directory)
        for role in [Role.analyst, .public] {
            let target = directory.path("\(role.code).sqlite")
            #expect(throws: StorageError.notPermitted(role: role, action:
                "backing up the database (a backup holds every case record with its exact days)")) {
                try KRATDatabase.open(at: path, role: role).backup(to: target)
            }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test func analystsListCasesByWholeMonthsOnly() throws {
        let directory = TemporaryDirectory()
        let analyst = try KRATDatabase.open(at: try Self.file(in: directory), role: .analyst)
        let january = try analyst.countMatching(CaseQuery(period: .month(1, of: 2024)))
        #expect(january > 0)
        #expect(try analyst.countMatching(CaseQuery(period: try Period(parsing: "2024-01-01..2024-03-31"))) >= january)
        #expect(try analyst.cases(CaseQuery(period: .year(2024), limit: 5)).count == 5)
        for day in ["2024-01-09", "2024-01-01..2024-01-30", "2024-01-02..2024-02-29"] {
            let period = try Period(parsing: day)
            #expect(throws: StorageError.self) { try analyst.countMatching(CaseQuery(period: period)) }
            #expect(throws: StorageError.self) { try analyst.cases(CaseQuery(period: period)) }
        }
        // The case worker, who sees the exact day anyway, is not limited.
        let worker = try KRATDatabase.open(at: directory.path("kukes.sqlite"), role: .caseWorker)
        #expect(try worker.countMatching(CaseQuery(period: try Period(parsing: "2024-01-09"))) >= 0)
    }
}
