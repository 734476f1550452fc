import Foundation
import KRATTestSupport
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

@Suite struct MigrationTests {
    @Test func createWritesCurrentVersionSeedsCountyAndKeyFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("korce.sqlite")
        let database = try KRATDatabase.create(at: path, scope: .county(.korce))
        #expect(database.scope == .county(.korce))
        let (version, municipalities, kinds, journal) = try database.writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT name FROM municipality ORDER BY name"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM institution_kind"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(version == KRATDatabase.schemaVersion)
        #expect(municipalities == ["Devoll", "Kolonjë", "Korçë", "Maliq", "Pogradec", "Pustec"])
        #expect(kinds == InstitutionKind.allCases.count)
        #expect(journal == "wal")
        var info = stat()
        #expect(stat(path + ".key", &info) == 0 && info.st_mode & 0o777 == 0o600)
    }

    @Test func newerFileIsRefusedNamingBothVersions() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("future.sqlite")
        _ = try KRATDatabase.create(at: path, scope: .county(.fier))
        try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = 99") }
        #expect(throws: StorageError.newerSchema(file: path, found: 99, supported: KRATDatabase.schemaVersion)) {
            try KRATDatabase.open(at: path)
        }
        let message = StorageError.newerSchema(file: path, found: 99, supported: 2).description
        #expect(message.contains("99") && message.contains("2") && message.contains(path))
    }

    @Test func aFileWithAMigrationThisBuildDoesNotKnowIsRefusedNamingBothVersions() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("future.sqlite")
        _ = try KRATDatabase.create(at: path, scope: .county(.fier))
        // What a newer KRATKit leaves: one more migration recorded, and its count as user_version.
        let newer = KRATDatabase.schemaVersion + 1
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v\(newer) from a newer KRATKit')")
            try db.execute(sql: "PRAGMA user_version = \(newer)")
        }
        for role in [Role.analyst, .caseWorker] {
            #expect(throws: StorageError.newerSchema(file: path, found: newer, supported: KRATDatabase.schemaVersion)) {
                try KRATDatabase.open(at: path, role: role)
            }
        }
        // Only the identifier tells: a newer file that left user_version alone is refused too.
        try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = \(newer - 1)") }
        #expect(throws: StorageError.newerSchema(file: path, found: newer, supported: KRATDatabase.schemaVersion)) {
            try KRATDatabase.open(at: path)
        }
        let message = StorageError.newerSchema(file: path, found: newer, supported: KRATDatabase.schemaVersion).description
        #expect(message.contains("version \(newer)") && message.contains("up to version \(KRATDatabase.schemaVersion)"))
    }

    @Test func olderFileIsMigratedKeepingItsData() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.sqlite")
        // A file as version 1 wrote it: only the first step, with its metadata and a case row.
        try DatabaseQueue(path: path).write { db in
            try Schema.migrations[0].apply(db)
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: "INSERT INTO krat_meta VALUES ('scope', 'county:fier')")
        }
        let database = try KRATDatabase.open(at: path, role: .analyst)
        #expect(database.scope == .county(.fier))
        let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == KRATDatabase.schemaVersion)
        // Step 1 is recorded as applied by the ladder, not run again; step 2 ran.
        let recorded = try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try db.tableExists("institution"))
        }
        #expect(Set(recorded.0) == Set(Schema.migrations.map(\.identifier)) && recorded.1)
    }

    @Test func aMigrationAnotherProcessFinishedMeanwhileIsRecordedOnce() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("raced.sqlite")
        _ = try KRATDatabase.create(at: path, scope: .county(.fier))
        // What GRDB runs when its look found the last step missing and another process then
        // migrated before this transaction began: the step's body, then its own record.
        let last = try #require(Schema.migrations.last?.identifier)
        try DatabaseQueue(path: path).write { db in
            try Schema.applyMissing(db, file: path)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [last])
        }
        let (version, recorded) = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(version == KRATDatabase.schemaVersion)
        #expect(recorded.sorted() == Schema.migrations.map(\.identifier).sorted())
        #expect(try KRATDatabase.open(at: path).scope == .county(.fier))
    }

    @Test func failedMigrationLeavesTheFileUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("broken.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try Schema.migrations[0].apply(db)
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: "INSERT INTO krat_meta VALUES ('scope', 'county:fier')")
            // Make step 2 fail: a table it creates already exists.
            try db.execute(sql: "CREATE TABLE institution_kind (x)")
        }
        #expect(throws: StorageError.self) { try KRATDatabase.open(at: path) }
        let (version, tables) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name = 'institution'"))
        }
        #expect(version == 1)
        #expect(tables.isEmpty)
        #expect(try queue.read { try $0.tableExists("grdb_migrations") } == false)
    }

    @Test func aFileThatIsNotKRATIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t(x)") }
        #expect(throws: StorageError.notAKRATDatabase(file: path)) { try KRATDatabase.open(at: path) }
        let text = dir.path("text.sqlite")
        _ = FileManager.default.createFile(atPath: text, contents: Data("hello, this is not sqlite at all".utf8))
        #expect(throws: StorageError.notAKRATDatabase(file: text)) { try KRATDatabase.open(at: text) }
        #expect(throws: StorageError.missing(file: dir.path("none.sqlite"))) { try KRATDatabase.open(at: dir.path("none.sqlite")) }
    }

    @Test func anAnalystOpensACurrentFileWithoutWritingToIt() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("berat.sqlite")
        let created = try KRATDatabase.create(at: path, scope: .county(.berat))
        try created.importCases([CaseStoreTests.sample(id: "B-1")].map { record -> CaseRecord in
            var r = record
            r.county = .berat
            r.municipality = Municipality.named("Kucove")
            return r
        }, asOf: Fixtures.asOf)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        #expect(try analyst.countMatching(CaseQuery()) == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
    }
}
