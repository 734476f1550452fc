import Foundation
import KRATTestSupport
import KRATCore
import Testing
@testable import KRATStorage

@Suite("Key files")
struct KeyFileTests {
    /// A county database with one case, and its key file.
    static func database(in directory: TemporaryDirectory, name: String = "county.sqlite") throws -> String {
        let path = directory.path(name)
        let database = try KRATDatabase.create(at: path, scope: .county(.kukes), user: "worker")
        try database.importCases([try MarkedDatabase(count: 1).cases[0]], asOf: Fixtures.asOf)
        return path
    }

    /// Opening as a case worker fails with exactly this error.
    static func refuses(_ path: String, key: String, _ expected: (StorageError) -> Bool) {
        do {
            let database = try KRATDatabase.open(at: path, role: .caseWorker, keyFilePath: key)
            Issue.record("opened with \(key): \(database.role)")
        } catch {
            #expect(expected(error), "\(error)")
            #expect(error.description.contains(key))
        }
    }

    @Test("The key file is written with mode 0600 and opens its database")
    func written() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        var info = stat()
        #expect(stat(path + ".key", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try KRATDatabase.open(at: path, role: .caseWorker).role == .caseWorker)
    }

    @Test("Another database's key is refused")
    func wrongKey() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let other = try Self.database(in: directory, name: "other.sqlite")
        Self.refuses(path, key: other + ".key") { $0 == .wrongKey(path: other + ".key") }
    }

    @Test("A missing key file is refused")
    func missing() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        Self.refuses(path, key: directory.path("nowhere.key")) { $0 == .keyFileMissing(path: directory.path("nowhere.key")) }
    }

    @Test("A key file others can read is refused, and chmod 600 makes it usable", arguments: [0o644, 0o640, 0o604, 0o666])
    func tooOpen(mode: Int) throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let key = path + ".key"
        #expect(chmod(key, mode_t(mode)) == 0)
        Self.refuses(path, key: key) { $0 == .keyFileTooOpen(path: key, mode: String(format: "%04o", mode)) }
        #expect(chmod(key, 0o600) == 0)
        #expect(try KRATDatabase.open(at: path, role: .caseWorker).role == .caseWorker)
    }

    @Test("A malformed key file names the line")
    func malformed() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let cases: [(String, Int, String)] = [
            ("# comment\ndata-key: 00\npseudonym-key: \(String(repeating: "ab", count: 32))\n", 2, "not 64 hex digits"),
            ("data-key: \(String(repeating: "ab", count: 32))\n\nsecret\n", 3, "unexpected line"),
            ("pseudonym-key: \(String(repeating: "ab", count: 32))\n", 1, "no data-key line"),
            ("data-key: \(String(repeating: "zz", count: 32))\n", 1, "not 64 hex digits"),
        ]
        for (index, (text, line, problem)) in cases.enumerated() {
            let key = directory.path("bad\(index).key")
            let fd = open(key, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            #expect(fd >= 0)
            _ = text.withCString { write(fd, $0, strlen($0)) }
            close(fd)
            Self.refuses(path, key: key) { error in
                guard case .keyFileMalformed(_, let found, let message) = error else { return false }
                return found == line && message.contains(problem)
            }
        }
    }

    @Test("An analyst cannot raise its role: no personal reads, no writes")
    func roleCannotBeRaised() throws {
        let directory = TemporaryDirectory()
        let path = try Self.database(in: directory)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        #expect(analyst.cipher == nil && analyst.keys == nil)
        let id = try analyst.cases(CaseQuery()).first?.id ?? ""
        #expect(throws: StorageError.notPermitted(role: .analyst, action: "reading personal data")) {
            _ = try analyst.caseRecord(id: id, purpose: "curiosity")
        }
        #expect(throws: StorageError.self) { try analyst.erasePersonalData(caseID: id, county: .kukes, reason: "x") }
        #expect(throws: StorageError.self) { try analyst.deleteCase(id: id, county: .kukes) }
        #expect(throws: StorageError.self) { try analyst.audit(.readPersonalData, caseIDs: [id], purpose: "x") }
        #expect(throws: StorageError.self) {
            try analyst.forEachCaseRecord(CaseQuery(), purpose: "x", destination: "x") { _ in }
        }
        // Even the internal GRDB connection is read-only.
        #expect(throws: (any Error).self) {
            try analyst.writer.writeWithoutTransaction { db in try db.execute(sql: "DELETE FROM case_record") }
        }
        #expect(try analyst.countMatching(CaseQuery()) == 1)
    }
}
