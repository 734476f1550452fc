import Foundation
import GRDB
import KRATCore
import Testing
@testable import KRATStorage

@Suite("Encryption at rest")
struct EncryptionAtRestTests {
    @Test("Every stored value has its own nonce and opens only for its own case")
    func sealing() throws {
        let cipher = PersonalDataCipher(key: KeyFile.generate().dataKey)
        let personal = MarkedDatabase.personal(1, identifiedOn: Fixtures.asOf)
        let first = try cipher.seal(personal, county: .kukes, caseID: "K-1")
        let second = try cipher.seal(personal, county: .kukes, caseID: "K-1")
        #expect(first != second)
        #expect(try cipher.open(first, county: .kukes, caseID: "K-1") == personal)
        #expect(throws: StorageError.self) { _ = try cipher.open(first, county: .kukes, caseID: "K-2") }
        #expect(throws: StorageError.self) { _ = try cipher.open(first, county: .durres, caseID: "K-1") }
        #expect(throws: StorageError.self) {
            _ = try PersonalDataCipher(key: KeyFile.generate().dataKey).open(first, county: .kukes, caseID: "K-1")
        }
        var tampered = first
        tampered[tampered.count / 2] ^= 1
        #expect(throws: StorageError.self) { _ = try cipher.open(tampered, county: .kukes, caseID: "K-1") }
    }

    @Test("Ciphertext moved to another case does not open there")
    func swapped() throws {
        let marked = try MarkedDatabase(count: 4)
        let worker = try marked.open(.caseWorker)
        try worker.writer.write { db in
            try db.execute(sql: "UPDATE case_personal SET sealed = (SELECT sealed FROM case_personal ORDER BY case_ref LIMIT 1) WHERE case_ref = (SELECT max(case_ref) FROM case_personal)")
        }
        let last = try #require(marked.cases.last)
        do {
            _ = try worker.caseRecord(id: last.id, purpose: "check")
            Issue.record("a moved ciphertext opened")
        } catch {
            #expect(error == .corrupt(what: "personal data of case \(last.id)"))
        }
    }

    @Test("Keys never describe themselves")
    func keysArePrivate() throws {
        let keys = KeyFile.generate()
        var text = String(describing: keys) + String(reflecting: keys)
        dump(keys, to: &text)
        #expect(!text.contains(keys.dataKey.hexString) && !text.contains(keys.pseudonymKey.bytes.hexString))
        #expect(!text.contains(where: \.isNumber) && text.contains("KeyFile"))
    }
}
