import Foundation
import KRATTestSupport
import KRATCore
import KRATSampleData
import Testing
@testable import KRATStorage

/// Cases whose personal fields carry unique marker strings, stored in a temporary file.
struct MarkedDatabase {
    let directory = TemporaryDirectory()
    let path: String
    let cases: [CaseRecord]

    static let county = County.kukes

    /// The personal data of case `index`: every field a unique, searchable marker.
    static func personal(_ index: Int, identifiedOn: Day) -> PersonalData {
        let n = String(format: "%04d", index)
        return PersonalData(firstName: "MRKFN\(n)", lastName: "MRKLN\(n)",
                            personalID: "M\(String(format: "%08d", 12_340_000 + index))K",
                            phone: "+355 69 000 \(n)", address: "MRKADDR\(n)",
                            birthDate: identifiedOn.adding(years: -15), notes: "MRKNOTE\(n)")
    }

    /// Every marker of the stored cases, including the personal ID and phone in plain UTF-8.
    var markers: [String] {
        cases.flatMap { record in
            [record.personal.firstName, record.personal.lastName, record.personal.personalID,
             record.personal.phone, record.personal.address, record.personal.notes].compactMap { $0 }
        }
    }

    init(count: Int = 60) throws {
        path = directory.path("marked.sqlite")
        let generator = CaseGenerator(counties: [Self.county], years: 2019...2024, count: count, seed: 11,
                                      asOf: Fixtures.asOf, withPersonalData: false)
        cases = (0..<count).map { index in
            var record = generator.generate(at: index)
            record.personal = Self.personal(index, identifiedOn: record.identifiedOn)
            return record
        }
        let database = try KRATDatabase.create(at: path, scope: .county(Self.county), user: "worker")
        try database.importCases(cases, asOf: Fixtures.asOf)
    }

    func open(_ role: Role) throws(StorageError) -> KRATDatabase {
        try KRATDatabase.open(at: path, role: role, keyFilePath: path + ".key", user: role.code)
    }

    /// The markers found in a text (searched as UTF-8 bytes: fast on megabytes of output).
    func found(in text: String) -> [String] {
        let bytes = Data(text.utf8)
        return markers.filter { bytes.range(of: Data($0.utf8)) != nil }
    }

    /// The markers found in the raw bytes of a file (and nothing if it does not exist).
    func found(inFile file: String) -> [String] {
        guard let bytes = FileManager.default.contents(atPath: file) else { return [] }
        return markers.filter { bytes.range(of: Data($0.utf8)) != nil }
    }

    /// The markers found in a database file and its -wal and -shm files.
    func foundInFiles(of file: String) -> [String] {
        ["", "-wal", "-shm"].flatMap { found(inFile: file + $0) }
    }
}

/// Everything the analyst and public read paths return, as text, and as JSON where Codable.
private func rendered(_ values: [Any]) -> String {
    values.map { value in
        var text = String(describing: value) + "\n" + String(reflecting: value)
        if let encodable = value as? any Encodable, let json = try? JSONEncoder().encode(encodable) {
            text += "\n" + String(decoding: json, as: UTF8.self)
        }
        return text
    }.joined(separator: "\n")
}

@Suite("Personal data does not leak")
struct LeakTests {
    @Test("Analyst and public read paths show no marker, nor text typed into the audit log")
    func readPaths() throws {
        let log = try MarkedAuditLog(count: 60)
        let marked = log.marked
        #expect(marked.markers.count == 360)
        #expect(marked.found(in: "… M12340007K, MRKNOTE0007 …") == ["M12340007K", "MRKNOTE0007"])  // the scan finds what is there
        var outputs: [Any] = []
        var analystText = ""
        for role in [Role.analyst, .caseWorker] {
            let start = outputs.count
            let database = try marked.open(role)
            outputs.append(try database.countCases(in: .year(2023), by: [.status, .sex, .ageBand]))
            outputs.append(try database.countCases(in: [.year(2022), .year(2024)], by: [.municipality]))
            outputs.append(try database.cases(CaseQuery(limit: 1000)))
            outputs.append(try database.countMatching(CaseQuery()))
            for record in marked.cases.prefix(5) { outputs.append(try database.redactedCase(id: record.id)) }
            try database.forEachCase(CaseQuery()) { outputs.append($0) }
            for relation in try database.analystSchema() {
                outputs.append(try database.runAnalystSQL("SELECT * FROM \(relation.name)"))
            }
            outputs.append(try database.analystSchema())
            outputs.append(try database.analystSchema().map(\.schemaText))
            outputs.append(try database.auditEntries())
            if role == .analyst { analystText = rendered(Array(outputs[start...])) }
        }
        let publicDatabase = try marked.open(.public)
        // The public reads no exact counts (only KRATStatistics' publication tables): the refusal is its output.
        do {
            _ = try publicDatabase.countCases(in: .year(2023), by: [.status])
            Issue.record("the public role read exact counts")
        } catch {
            outputs.append(error.description)
        }
        let text = rendered(outputs)
        #expect(text.contains(marked.cases[0].id))
        #expect(marked.found(in: text).isEmpty)
        // The case worker reads the audit log's typed text back; the analyst and the public never do.
        #expect(MarkedAuditLog.found(in: text) == MarkedAuditLog.markers)
        #expect(analystText.contains(AuditText.sealedCode))
        #expect(MarkedAuditLog.found(in: analystText + rendered(Array(outputs.suffix(1)))).isEmpty)
    }

    @Test("Error messages show no marker and never echo a personal value")
    func errorMessages() throws {
        let marked = try MarkedDatabase(count: 10)
        let worker = try marked.open(.caseWorker)
        var errors: [StorageError] = []
        func capture(_ body: () throws -> Void) {
            do {
                try body()
                Issue.record("no error")
            } catch let error as StorageError {
                errors.append(error)
            } catch {
                Issue.record("not a StorageError: \(error)")
            }
        }
        capture { try worker.insert(marked.cases[0], asOf: Fixtures.asOf) }
        var bad = marked.cases[1]
        bad.id = "new-1"
        bad.personal.personalID = "MRKBADID99"
        bad.personal.phone = "MRKPHONE"
        capture { try worker.insert(bad, asOf: Fixtures.asOf) }
        capture { _ = try worker.caseRecord(id: marked.cases[2].id, purpose: " ") }
        capture { _ = try worker.caseRecord(id: "K-9999", purpose: "MRKPURPOSE follow-up") }
        capture { try worker.erasePersonalData(caseID: "K-9999", county: MarkedDatabase.county, reason: "MRKREASON request") }
        capture { try worker.erasePersonalData(caseID: marked.cases[3].id, county: MarkedDatabase.county, reason: "") }
        capture { _ = try KRATDatabase.open(at: marked.path, role: .caseWorker, keyFilePath: marked.path + ".missing") }
        let other = TemporaryDirectory()
        _ = try KRATDatabase.create(at: other.path("other.sqlite"), scope: .county(.kukes))
        capture { _ = try KRATDatabase.open(at: marked.path, role: .caseWorker, keyFilePath: other.path("other.sqlite.key")) }
        let analyst = try marked.open(.analyst)
        capture { _ = try analyst.caseRecord(id: marked.cases[0].id, purpose: "curiosity") }
        capture { try analyst.insert(bad, asOf: Fixtures.asOf) }
        capture { _ = try analyst.runAnalystSQL("SELECT sealed FROM case_personal") }
        capture { _ = try analyst.runAnalystSQL("SELECT * FROM cases WHERE case_id = 'x' AND") }
        capture { _ = try marked.open(.public).cases(CaseQuery()) }
        #expect(errors.count == 13)
        let text = errors.map(\.description).joined(separator: "\n") + rendered(errors)
        #expect(marked.found(in: text).isEmpty)
        #expect(MarkedAuditLog.found(in: text).isEmpty)
        #expect(!text.contains("MRKBADID99") && !text.contains("MRKPHONE"))
    }

    @Test("The raw file, its WAL, a backup and an erased case hold no marker, nor a typed purpose or reason")
    func rawFiles() throws {
        let marked = try MarkedDatabase()
        #expect(marked.foundInFiles(of: marked.path).isEmpty)
        let worker = try marked.open(.caseWorker)
        let read = try worker.caseRecord(id: marked.cases[4].id, purpose: "MRKPURPOSE leak test")
        #expect(read.personal.firstName == "MRKFN0004")
        #expect(MarkedAuditLog.foundInFiles(of: marked.path).isEmpty)
        try worker.erasePersonalData(caseID: marked.cases[4].id, county: MarkedDatabase.county, reason: "MRKREASON lawful request")
        #expect(marked.foundInFiles(of: marked.path).isEmpty)
        #expect(MarkedAuditLog.foundInFiles(of: marked.path).isEmpty)
        let backup = marked.directory.path("backup.sqlite")
        try worker.backup(to: backup)
        #expect(marked.foundInFiles(of: backup).isEmpty)
        #expect(MarkedAuditLog.foundInFiles(of: backup).isEmpty)
        #expect(FileManager.default.contents(atPath: backup)?.isEmpty == false)
    }
}
