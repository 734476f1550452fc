import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATStorage
@testable import KRATExport

/// OWASP "CSV injection": text that a spreadsheet would run as a formula is written with a
/// leading `'`, numbers are not touched, and the case importer reads back what was written.
@Suite("CSV formula injection")
struct FormulaGuardTests {
    let dir = TemporaryDirectory()
    static let triggers = ["=", "+", "-", "@", "\t", "\r"]

    /// The bytes a writer produces for one row, as text.
    func written(_ fields: [CSVField]) throws -> String {
        let path = dir.path("row-\(UUID().uuidString).csv")
        let writer = try CSVWriter.create(atPath: path)
        try writer.writeRow(fields)
        try writer.close()
        return dir.read(path)
    }

    @Test("text beginning with each trigger gets a leading quote; a CR field is also quoted", arguments: triggers)
    func everyTrigger(trigger: String) throws {
        let text = trigger + "HYPERLINK(\"http://x\")"
        let quotedText = "'" + text.replacingOccurrences(of: "\"", with: "\"\"")
        #expect(try written([.text(text), .text("plain")]) == "\"\(quotedText)\",plain\r\n")
        #expect(try written([.text(trigger + "1")]) == (trigger == "\r" ? "\"'\r1\"\r\n" : "'\(trigger)1\r\n"))
        #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(text)) == text)
    }

    @Test("numbers are written as they are; the same characters as text are guarded")
    func numbersUntouched() throws {
        #expect(try written([.integer(-3), .decimal(-0.5), .integer(12), .decimal(.nan), .text("-3"), .text("-0.5")])
            == "-3,-0.5,12,,'-3,'-0.5\r\n")
        #expect(try written([.text("3-1"), .text("a=b"), .text(""), .text("Durrës")]) == "3-1,a=b,,Durrës\r\n")
    }

    @Test("a text that already begins with quotes before a trigger gets one more, and reads back exactly")
    func existingQuotes() throws {
        #expect(try written([.text("'=x"), .text("''+y"), .text("'abc"), .text("'")]) == "''=x,'''+y,'abc,'\r\n")
        for text in ["'=x", "''+y", "'abc", "'", "=x", "abc", "", "'\t-"] {
            #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(text)) == text, "\(text.debugDescription)")
        }
        #expect(CSVFormulaGuard.unguarded("'abc") == "'abc")
    }

    @Test("rows of strings are text: the redacted case CSV guards a case id, keeps day counts as numbers")
    func redactedCSV() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        var record = Fixtures.csvProjection(Fixtures.generator(count: 1).generate(at: 0))
        record.id = "=cmd|'/c calc'!A1"
        _ = try database.insert(record, asOf: Fixtures.asOf)
        let path = dir.path("redacted.csv")
        try CaseCSVExporter().exportRedacted(from: database, toPath: path)
        let reader = try CSVReader(path: path)
        _ = try reader.next()
        let row = try #require(try reader.next())
        #expect(row[0] == "'=cmd|'/c calc'!A1")
        let redacted = record.redacted(pseudonym: nil)
        #expect(row[13] == (redacted.daysToReferral.map(String.init) ?? ""))
    }

    @Test("HTCDS: no field of the file begins with a trigger, even for cases whose ids do")
    func htcds() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        for (index, record) in Fixtures.generator(count: 12).enumerated() {
            var guarded = record
            guarded.id = Self.triggers[index % Self.triggers.count] + "\(index)"
            _ = try database.insert(guarded, asOf: Fixtures.asOf)
        }
        let path = dir.path("htcds.csv")
        #expect(try HTCDSExporter.export(from: database, toPath: path) == 12)
        let reader = try CSVReader(path: path)
        var rows = 0
        while let row = try reader.next() {
            rows += 1
            for field in row { #expect(!CSVFormulaGuard.needsGuard(field) || field.hasPrefix("'"), "\(field.debugDescription)") }
        }
        #expect(rows == 13)
    }

    @Test("a result table: text cells guarded, integer and decimal cells (negative too) as numbers")
    func resultTable() throws {
        let table = ResultTable(
            title: Label(sq: "Ndryshimi", en: "Change"),
            columns: [.init(key: "place", label: Label(sq: "Vendi", en: "Place"), role: .dimension),
                      .init(key: "change", label: Label(sq: "Ndryshimi", en: "Change")),
                      .init(key: "percent", label: Label(sq: "Përqindja", en: "Percent"))],
            rows: [[.text("=1+1"), .integer(-3), .decimal(-0.5)], [.text("@SUM(A1)"), .suppressed, .none]])
        let path = dir.path("table.csv")
        try ResultTableExporter(suppressedText: "-").writeCSV(table, toPath: path)
        #expect(dir.read(path) == "place,change,percent\r\n'=1+1,-3,-0.5\r\n'@SUM(A1),'-,\r\n")
    }

    @Test("a case whose text fields begin with triggers survives export and import unchanged")
    func caseRoundTrip() throws {
        let source = try KRATDatabase.inMemory(scope: .county(.kukes))
        var originals: [CaseRecord] = []
        for (index, record) in Fixtures.generator(count: Self.triggers.count + 1).map(Fixtures.csvProjection).enumerated() {
            var changed = record
            let trigger = index < Self.triggers.count ? Self.triggers[index] : ""
            changed.id = trigger + "KU-\(index)"
            changed.personal.firstName = trigger + "Ana"
            changed.personal.lastName = "'" + trigger + "Hoxha"
            changed.personal.address = trigger + "Rruga 1, \"Kukës\""
            changed.personal.phone = index.isMultiple(of: 2) ? "+355 69 123 456\(index)" : "-069 123 456\(index)"
            originals.append(changed)
        }
        try source.importCases(originals, asOf: Fixtures.asOf)
        let path = dir.path("full.csv")
        let exported = try CaseCSVExporter().exportFull(from: source, query: CaseQuery(order: .caseID),
                                                        purpose: "formula round trip", toPath: path)
        #expect(exported == originals.count)
        #expect(dir.read(path).contains("'=KU-0,"))

        let target = try KRATDatabase.inMemory(scope: .county(.kukes))
        let report = try CaseCSVImporter(database: target, options: .init(asOf: Fixtures.asOf)).importFile(atPath: path)
        #expect(report.summary.inserted == originals.count)
        var back: [String: CaseRecord] = [:]
        try target.forEachCaseRecord(CaseQuery(), purpose: "test", destination: "test") { back[$0.id] = $0 }
        for original in originals { #expect(back[original.id] == original, "\(original.id.debugDescription)") }
    }

    @Test("the rejects file guards each field once, whether the input was guarded or not")
    func rejectsGuardedOnce() throws {
        let database = try Fixtures.database(count: 1)
        let row = "KU-9,Kukës,Has,BAD,2023-03-01,state_police,F,,AL,,,,,,'=cmd,=raw,,,'abc"
        let path = dir.write("in.csv", Fixtures.header + "\n" + row + "\n")
        let options = CaseCSVImporter.Options(skipBadRows: true, asOf: Fixtures.asOf)
        let report = try CaseCSVImporter(database: database, options: options).importFile(atPath: path)
        let reader = try CSVReader(path: try #require(report.rejectsPath))
        _ = try reader.next()
        let rejected = try #require(try reader.next())
        #expect(Array(rejected[14...16]) == ["'=cmd", "'=raw", ""])
        #expect(rejected[18] == "'abc")
    }
}
