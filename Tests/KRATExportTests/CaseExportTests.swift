import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATSampleData
import KRATStorage
@testable import KRATExport

@Suite("Case export and round trips")
struct CaseExportTests {
    let dir = TemporaryDirectory()

    @Test("an analyst's CSV has no personal column and one row per case")
    func redacted() throws {
        let database = try Fixtures.database(count: 200)
        let analyst = database // the same file read through the redacted API
        let path = dir.path("redacted.csv")
        let count = try CaseCSVExporter().exportRedacted(from: analyst, toPath: path)
        #expect(count == 200)
        let reader = try CSVReader(path: path)
        let header = try #require(try reader.next())
        #expect(header == RedactedCaseColumns.header)
        for personal in CaseCSVColumn.allCases where personal.isPersonal { #expect(!header.contains(personal.name)) }
        var rows = 0
        while try reader.next() != nil { rows += 1 }
        #expect(rows == 200)
        let text = dir.read(path)
        var names = 0
        try database.forEachCaseRecord(CaseQuery(), purpose: "test", destination: "test") { record in
            if let id = record.personal.personalID, text.contains(id) { names += 1 }
        }
        #expect(names == 0)
    }

    @Test("case worker's CSV: export, import into a fresh database, records equal (personal data included)")
    func csvRoundTrip() throws {
        let source = try KRATDatabase.inMemory(scope: .county(.kukes))
        let originals = Fixtures.generator(count: 300).map(Fixtures.csvProjection)
        try source.importCases(originals, asOf: Fixtures.asOf)
        let path = dir.path("full.csv")
        let exported = try CaseCSVExporter(options: .init(byteOrderMark: true)).exportFull(from: source, query: CaseQuery(order: .caseID), purpose: "transfer", toPath: path)
        #expect(exported == 300)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try source.auditEntries(AuditFilter()).contains { $0.action == .exportPersonalData })

        let target = try KRATDatabase.inMemory(scope: .county(.kukes))
        let report = try CaseCSVImporter(database: target, options: .init(asOf: Fixtures.asOf)).importFile(atPath: path)
        #expect(report.summary.inserted == 300)
        var back: [String: CaseRecord] = [:]
        try target.forEachCaseRecord(CaseQuery(), purpose: "test", destination: "test") { back[$0.id] = $0 }
        for original in originals { #expect(back[original.id] == original) }
    }

    @Test("JSON: one array, element by element; redacted round trip decodes to equal values")
    func jsonRoundTrip() throws {
        let database = try Fixtures.database(count: 120)
        let path = dir.path("cases.json")
        #expect(try CaseJSONExporter.exportRedacted(from: database, query: CaseQuery(order: .caseID), toPath: path) == 120)
        let decoded = try JSONDecoder().decode([RedactedCase].self, from: try #require(FileManager.default.contents(atPath: path)))
        var expected: [RedactedCase] = []
        try database.forEachCase(CaseQuery(order: .caseID)) { expected.append($0) }
        #expect(decoded == expected)

        let full = dir.path("full.json")
        #expect(try CaseJSONExporter.exportFull(from: database, query: CaseQuery(order: .caseID), purpose: "transfer", toPath: full) == 120)
        let records = try JSONDecoder().decode([CaseRecord].self, from: try #require(FileManager.default.contents(atPath: full)))
        var stored: [CaseRecord] = []
        try database.forEachCaseRecord(CaseQuery(order: .caseID), purpose: "test", destination: "test") { stored.append($0) }
        #expect(records == stored)

        let empty = try KRATDatabase.inMemory(scope: .county(.kukes))
        let none = dir.path("none.json")
        #expect(try CaseJSONExporter.exportRedacted(from: empty, toPath: none) == 0)
        #expect(try JSONDecoder().decode([RedactedCase].self, from: try #require(FileManager.default.contents(atPath: none))).isEmpty)
    }

    @Test("an analyst may not export full cases")
    func analystRefused() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes), role: .analyst)
        #expect(throws: ExportError.self) {
            try CaseCSVExporter().exportFull(from: database, purpose: "x", toPath: dir.path("no.csv"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path("no.csv")))
    }

    /// Every stored case is written, however many. How much memory the streamed export takes is
    /// measured where it can be, in the benchmark "CSV export of every case, streamed"
    /// (Benchmarks/, peak resident memory), not here. Set KRAT_EXPORT_DB=FILE (and
    /// KRAT_EXPORT_CASES=N) to keep the database between runs.
    @Test("exporting 50,000 cases from a file database writes every one of them")
    func streamingExport() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = Int(environment["KRAT_EXPORT_CASES"] ?? "") ?? 50_000
        let dbPath = environment["KRAT_EXPORT_DB"] ?? dir.path("big.sqlite")
        if !FileManager.default.fileExists(atPath: dbPath) {
            let database = try KRATDatabase.create(at: dbPath, scope: .county(.tirane))
            try database.importCases(CaseGenerator(counties: [.tirane], years: 2005...2024, count: count, seed: 3,
                                                   asOf: Fixtures.asOf), asOf: Fixtures.asOf)
        }
        let analyst = try KRATDatabase.open(at: dbPath, role: .analyst)
        let stored = try analyst.countMatching(CaseQuery())
        let exported = try CaseCSVExporter().exportRedacted(from: analyst, toPath: dir.path("big.csv"))
        #expect(exported == stored)
        // One header line and one line per case (no field holds a line break here).
        let lines = dir.read(dir.path("big.csv")).split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count == stored + 1)
    }
}
