import Foundation
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

/// A hostile analyst query and a word its refusal must name.
struct HostileQuery: CustomTestStringConvertible, Sendable {
    let sql: String
    let names: String
    var testDescription: String { sql }
}

private let hostile: [HostileQuery] = [
    // The ciphertext, every way round.
    .init(sql: "SELECT * FROM case_personal", names: "case_personal"),
    .init(sql: "SELECT sealed FROM case_personal", names: "case_personal"),
    .init(sql: "select SEALED from CASE_PERSONAL", names: "case_personal"),
    .init(sql: "SeLeCt * FrOm Case_Personal", names: "case_personal"),
    .init(sql: "SELECT * FROM \"case_personal\"", names: "case_personal"),
    .init(sql: "SELECT * FROM [case_personal]", names: "case_personal"),
    .init(sql: "SELECT * FROM main.case_personal", names: "case_personal"),
    .init(sql: "SELECT * FROM main.\"CASE_PERSONAL\"", names: "case_personal"),
    .init(sql: "SELECT count(*) FROM case_personal", names: "case_personal"),
    .init(sql: "SELECT EXISTS (SELECT 1 FROM case_personal)", names: "case_personal"),
    .init(sql: "SELECT case_id FROM cases WHERE case_id IN (SELECT case_ref FROM case_personal)", names: "case_personal"),
    .init(sql: "SELECT (SELECT length(sealed) FROM case_personal LIMIT 1) FROM cases", names: "case_personal"),
    .init(sql: "SELECT c.case_id, p.sealed FROM cases c JOIN case_personal p ON 1", names: "case_personal"),
    .init(sql: "SELECT case_id FROM cases UNION SELECT hex(sealed) FROM case_personal", names: "case_personal"),
    .init(sql: "WITH p AS (SELECT * FROM case_personal) SELECT * FROM p", names: "case_personal"),
    .init(sql: """
        WITH RECURSIVE r(n, s) AS (SELECT 0, (SELECT sealed FROM case_personal LIMIT 1)
        UNION ALL SELECT n + 1, s FROM r WHERE n < 3) SELECT * FROM r
        """, names: "case_personal"),
    // SQLite's schema, PRAGMAs, other databases.
    .init(sql: "SELECT * FROM sqlite_master", names: "schema"),
    .init(sql: "SELECT sql FROM sqlite_schema WHERE name = 'case_personal'", names: "schema"),
    .init(sql: "SELECT name FROM sqlite_temp_master", names: "schema"),
    .init(sql: "SELECT * FROM temp.sqlite_master", names: "schema"),
    .init(sql: "SELECT * FROM pragma_table_info('case_personal')", names: "schema"),
    .init(sql: "UPDATE sqlite_master SET sql = ''", names: "sqlite_master"),
    .init(sql: "ATTACH DATABASE '/tmp/kratkit-attack.sqlite' AS x", names: "ATTACH"),
    .init(sql: "DETACH DATABASE temp", names: "DETACH"),
    .init(sql: "PRAGMA key = 'secret'", names: "PRAGMA"),
    .init(sql: "PRAGMA writable_schema = 1", names: "PRAGMA"),
    .init(sql: "PRAGMA query_only = 0", names: "PRAGMA"),
    .init(sql: "PRAGMA journal_mode = DELETE", names: "PRAGMA"),
    .init(sql: "PRAGMA table_info(case_personal)", names: "PRAGMA"),
    .init(sql: "PRAGMA table_info(audit_log)", names: "PRAGMA"),
    // Writes.
    .init(sql: "INSERT INTO audit_log (at, user, role, action, case_ids, sealed_purpose) VALUES ('', '', '', '', '', '')", names: "read-only"),
    .init(sql: "UPDATE audit_log SET sealed_purpose = 'nothing'", names: "read-only"),
    .init(sql: "DELETE FROM audit_log", names: "read-only"),
    .init(sql: "DELETE FROM case_record", names: "read-only"),
    .init(sql: "DROP TABLE case_personal", names: "read-only"),
    .init(sql: "CREATE TABLE t (x)", names: "read-only"),
    .init(sql: "CREATE TEMP VIEW leak AS SELECT * FROM case_personal", names: "read-only"),
    .init(sql: "CREATE TEMP VIEW mine AS SELECT * FROM cases", names: "read-only"),
    .init(sql: "CREATE VIRTUAL TABLE f USING fts4(x)", names: "read-only"),
    .init(sql: "ALTER TABLE institution RENAME TO x", names: "read-only"),
    .init(sql: "VACUUM INTO '/tmp/kratkit-attack-copy.sqlite'", names: "read-only"),
    .init(sql: "ANALYZE", names: "read-only"),
    .init(sql: "REINDEX", names: "read-only"),
    .init(sql: "BEGIN", names: "transaction"),
    .init(sql: "SAVEPOINT s", names: "savepoint"),
    // Dangerous functions.
    .init(sql: "SELECT load_extension('x')", names: "load_extension"),
    .init(sql: "SELECT readfile('/etc/passwd')", names: "readfile"),
    .init(sql: "SELECT writefile('/tmp/kratkit-attack', 'x')", names: "writefile"),
    .init(sql: "SELECT fts3_tokenizer('simple')", names: "fts3_tokenizer"),
    .init(sql: "SELECT hex(randomblob(100000000))", names: "randomblob"),
    .init(sql: "SELECT sqlite_offset(case_id) FROM cases", names: "sqlite_offset"),
    // More than one statement.
    .init(sql: "SELECT 1; DELETE FROM audit_log", names: "one statement"),
    .init(sql: "SELECT 1; SELECT * FROM cases", names: "one statement"),
    // Settings and the audit log.
    .init(sql: "SELECT * FROM krat_meta", names: "krat_meta"),
    .init(sql: "SELECT value FROM krat_meta WHERE key = 'key_check'", names: "krat_meta"),
    .init(sql: "SELECT * FROM audit_log", names: "audit_log"),
    .init(sql: "SELECT hex(sealed_purpose), detail FROM audit_log", names: "audit_log"),
    // Case tables read directly: the exact day, the age.
    .init(sql: "SELECT identified_on FROM case_record", names: "case_record.identified_on"),
    .init(sql: "SELECT age FROM case_record", names: "case_record.age"),
    .init(sql: "SELECT * FROM case_record", names: "case_record"),
    .init(sql: "SELECT max(identified_on) FROM case_record", names: "case_record.identified_on"),
    .init(sql: "SELECT c.case_id FROM cases c JOIN case_record r ON r.case_id = c.case_id WHERE r.age = 17", names: "case_record"),
    .init(sql: "SELECT steps FROM case_record", names: "case_record.steps"),
    .init(sql: "SELECT * FROM case_day_cube", names: "case_day_cube"),
    .init(sql: "SELECT * FROM cube_state", names: "cube_state"),
]

@Suite("Analyst SQL")
struct AnalystSQLTests {
    nonisolated(unsafe) static let marked: Result<MarkedDatabase, any Error> = Result { try MarkedDatabase(count: 80) }

    func analyst() throws -> (MarkedDatabase, KRATDatabase) {
        let marked = try Self.marked.get()
        return (marked, try marked.open(.analyst))
    }

    @Test("At least 30 hostile queries")
    func enoughAttacks() { #expect(hostile.count >= 30) }

    @Test("Each hostile query is refused with a clear error holding no personal data", arguments: hostile)
    func refused(_ query: HostileQuery) throws {
        let (marked, database) = try analyst()
        do {
            let table = try database.runAnalystSQL(query.sql)
            Issue.record("not refused; returned \(table.rows.count) rows")
        } catch {
            #expect(error.description.localizedCaseInsensitiveContains(query.names), "\(error.description)")
            #expect(marked.found(in: error.description).isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/kratkit-attack-copy.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/kratkit-attack"))
    }

    @Test("Counts by status from cases equal COUNT(*) of the stored cases")
    func countsByStatus() throws {
        let (marked, database) = try analyst()
        let table = try database.runAnalystSQL("SELECT status, count(*) AS n FROM cases GROUP BY status ORDER BY status")
        #expect(table.columns.map(\.key) == ["status", "n"])
        let expected = Dictionary(grouping: marked.cases, by: \.status.code).mapValues(\.count)
        var found: [String: Int] = [:]
        for row in table.rows { found[row[0].code ?? ""] = row[1].integer }
        #expect(found == expected)
        let total = try database.runAnalystSQL("SELECT count(*) FROM cases")
        #expect(total.rows == [[.integer(marked.cases.count)]])
    }

    @Test("GROUP BY on monthly_counts, and cases joined with municipality")
    func groupAndJoin() throws {
        let (marked, database) = try analyst()
        let byYear = try database.runAnalystSQL(
            "SELECT substr(month, 1, 4) AS year, sum(cases) AS n FROM monthly_counts GROUP BY year ORDER BY year")
        let expected = Dictionary(grouping: marked.cases, by: { String($0.identifiedOn.year) }).mapValues(\.count)
        #expect(byYear.rows.map { $0[0].code ?? "" } == expected.keys.sorted())
        #expect(byYear.rows.reduce(0) { $0 + ($1[1].integer ?? 0) } == marked.cases.count)
        let joined = try database.runAnalystSQL("""
            SELECT m.name AS municipality, count(*) AS n FROM cases c JOIN municipality m ON m.code = c.municipality
            GROUP BY m.name ORDER BY m.name
            """)
        let withMunicipality = marked.cases.filter { $0.municipality != nil }
        #expect(joined.rows.reduce(0) { $0 + ($1[1].integer ?? 0) } == withMunicipality.count)
        #expect(Set(joined.rows.compactMap { $0[0].code }) == Set(withMunicipality.compactMap { $0.municipality?.name }))
    }

    @Test("Allowed: recursive CTE over allowed views, steps, table_info, a trailing semicolon and comment")
    func allowed() throws {
        let (_, database) = try analyst()
        let months = try database.runAnalystSQL("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 12) SELECT x FROM n")
        #expect(months.rows.count == 12)
        #expect(try database.runAnalystSQL("SELECT kind, count(*) FROM case_steps GROUP BY kind").rows.isEmpty == false)
        let info = try database.runAnalystSQL("PRAGMA table_info(cases)")
        #expect(info.column("name").contains(.text("identified_month")))
        #expect(try database.runAnalystSQL("SELECT 1;  -- done\n").rows == [[.integer(1)]])
    }

    @Test("Row limit, runaway queries, public role and in-memory databases")
    func limits() throws {
        let (_, database) = try analyst()
        let page = try database.runAnalystSQL("SELECT * FROM cases", limit: 5)
        #expect(page.rows.count == 5 && page.notes.count == 1)
        #expect(throws: StorageError.self) {
            _ = try database.runAnalystSQL("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r",
                                           limit: nil, maxSteps: 1_000_000)
        }
        do {
            _ = try database.runAnalystSQL("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT max(x) FROM r",
                                           limit: nil, maxSteps: 1_000_000)
        } catch {
            #expect(error.description.contains("stopped"))
        }
        let publicDatabase = try Self.marked.get().open(.public)
        #expect(throws: StorageError.self) { _ = try publicDatabase.runAnalystSQL("SELECT 1") }
        #expect(throws: StorageError.self) { _ = try publicDatabase.analystSchema() }
        let memory = try KRATDatabase.inMemory(scope: .county(.kukes), role: .analyst)
        #expect(throws: StorageError.sqlRefused(reason: "analyst SQL needs a database file, and this database is in memory; open a file with KRATDatabase.open(at:role:)")) {
            _ = try memory.runAnalystSQL("SELECT 1")
        }
    }

    @Test("The schema lists only what the role may read")
    func schema() throws {
        let (_, database) = try analyst()
        let names = try database.analystSchema().map(\.name)
        #expect(Array(names.prefix(3)) == ["case_steps", "cases", "monthly_counts"])
        #expect(names.contains("municipality") && names.contains("institution"))
        for hidden in ["case_personal", "case_record", "audit_log", "krat_meta", "case_day_cube", "sqlite_master"] {
            #expect(!names.contains(hidden))
        }
        for name in names { #expect(AnalystSQLPolicy.readable.contains(name)) }
    }
}
