import Foundation
import GRDB
import KRATCore
import KRATTestSupport
import Testing
@testable import KRATStorage

/// Opening files written before migrations went through GRDB's `DatabaseMigrator`.
@Suite("Files from earlier KRATKits") struct LegacyFileTests {
    /// `Fixtures/kukes-schema-2.sqlite` and its key copied into `dir` (key 0600, as it was written).
    static func kukesSchema2(in dir: TemporaryDirectory) throws -> String {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let path = dir.path("kukes.sqlite")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("kukes-schema-2.sqlite"),
                                         to: URL(fileURLWithPath: path))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("kukes-schema-2.sqlite.key"),
                                         to: URL(fileURLWithPath: path + ".key"))
        for file in [path, path + ".key"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        }
        return path
    }

    @Test func aVersion2FileOfTheLadderIsMigratedAndKeepsItsRecords() throws {
        let dir = TemporaryDirectory()
        let path = try Self.kukesSchema2(in: dir)
        let before = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try db.tableExists("grdb_migrations"))
        }
        #expect(before.0 == 2 && before.1 == false)

        let database = try KRATDatabase.open(at: path, role: .caseWorker, user: "test")
        #expect(database.scope == .county(.kukes))
        let (version, recorded) = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(version == KRATDatabase.schemaVersion)
        // The two steps of the old ladder recorded as applied, and every later one applied.
        #expect(recorded == ["v1 cases, aggregates, privacy and audit",
                             "v2 institutions, committees, meetings, plans, awareness",
                             "v3 record history", "v4 audit names the account and the name it gave",
                             "v5 SOP timetable and case reviews", "v6 audit chain",
                             "v7 the national file holds months"])
        #expect(try database.history(kind: "case_import", recordID: "1").isEmpty)

        // The counts of the fixture's README, taken from the files it was imported from.
        func count(_ statuses: Set<CaseStatus>? = nil) throws -> Int {
            var filter = CaseFilter()
            filter.statuses = statuses
            return try database.countMatching(CaseQuery(filter: filter))
        }
        #expect(try count() == 40)
        #expect(try count([.potentialVictim]) == 16)
        #expect(try count([.victim]) == 14)
        #expect(try count([.notVictim]) == 10)
        let everything = try Period(from: Day(year: 2000, month: 1, day: 1)!, through: Day(year: 2099, month: 12, day: 31)!)
        #expect(try database.awarenessActivities(in: everything).count == 18)
        #expect(try database.actionPlans().map(\.year) == [2025])
        #expect(try database.meetings(in: everything).count == 6)

        // Personal data written by the old build still opens with the key.
        let record = try database.caseRecord(id: "KU-2024-0004467", purpose: "migration test")
        #expect(record.status == .victim && record.sex == .male)
        #expect(record.personal.firstName?.isEmpty == false && record.personal.lastName?.isEmpty == false)

        // Opened again, the migrated file is current: an analyst reads it without writing.
        let migrated = try Data(contentsOf: URL(fileURLWithPath: path))
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        #expect(try analyst.countMatching(CaseQuery()) == 40)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == migrated)
    }

    @Test func aLadderVersionAboveThisBuildsIsRefusedNamingBothVersions() throws {
        let dir = TemporaryDirectory()
        let path = try Self.kukesSchema2(in: dir)
        let newer = KRATDatabase.schemaVersion + 1
        try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = \(newer)") }
        #expect(throws: StorageError.newerSchema(file: path, found: newer, supported: KRATDatabase.schemaVersion)) {
            try KRATDatabase.open(at: path, role: .caseWorker)
        }
        let tables = try DatabaseQueue(path: path).read { try $0.tableExists("grdb_migrations") }
        #expect(tables == false)
    }
}
