import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATStorage
@testable import KRATExport

@Suite("Case CSV import: malformed input")
struct CaseImportTests {
    static let good = "KU-1,Kukës,Has,VT,2023-03-01,state_police,F,2005-04-02,AL,sexual;labour,true,false,2023-03-05,,Ana,Hoxha,J12345678A,+355 69 123 4567,\"Rruga 1, Kukës\""
    static let good2 = "KU-2,Kukes,Tropoje,VMT,2023-04-01,ngo,M,,XK,begging,,true,,,,,,,"

    let dir = TemporaryDirectory()

    /// Imports a file into a database holding 3 cases; returns the problems, and checks nothing was written.
    func problems(_ name: String, _ text: String? = nil, bytes: [UInt8]? = nil,
                  options: CaseCSVImporter.Options = .init(asOf: Fixtures.asOf)) throws -> [String] {
        let database = try Fixtures.database(count: 3)
        let before = try Fixtures.rows("case_record", in: database)
        let path = bytes.map { dir.write(name, bytes: $0) } ?? dir.write(name, text ?? "")
        var found: [String] = []
        do {
            try CaseCSVImporter(database: database, options: options).importFile(atPath: path)
        } catch {
            if case .rejected(_, let total) = error { #expect(error.problems.count == total) } else { throw error }
            found = error.problems.map(\.description)
        }
        #expect(try Fixtures.rows("case_record", in: database) == before)
        #expect(try Fixtures.rows("case_personal", in: database) == before)
        return found
    }

    func path(_ name: String) -> String { dir.path(name) }

    @Test("a 0-byte file and a file of blank lines: the header is missing")
    func emptyFiles() throws {
        for (name, text) in [("zero.csv", ""), ("blank.csv", "\r\n\n")] {
            let found = try problems(name, text)
            #expect(found.count == 1)
            #expect(found.first?.hasPrefix("\(path(name)):1: header: the file is empty; expected a header line") == true)
        }
    }

    @Test("a header only: no case follows it")
    func headerOnly() throws {
        let found = try problems("h.csv", Fixtures.header + "\r\n")
        #expect(found == ["\(path("h.csv")):2: record: no case follows the header; expected one line per case after it"])
    }

    @Test("an unknown column and a missing required column are named")
    func columns() throws {
        let unknown = try problems("u.csv", Fixtures.header + ",age\n" + Self.good + ",30\n")
        #expect(unknown.count == 1)
        #expect(unknown.first?.hasPrefix("\(path("u.csv")):1: header: unknown column 'age' (column 20); expected only these columns") == true)
        let missing = try problems("m.csv", Fixtures.header.replacingOccurrences(of: "identified_on,", with: "") + "\n")
        #expect(missing == ["\(path("m.csv")):1: header: missing column identified_on; it is required (a date YYYY-MM-DD)"])
    }

    @Test("a wrong number of fields")
    func fieldCount() throws {
        let found = try problems("c.csv", Fixtures.header + "\n" + Self.good.replacingOccurrences(of: ",\"Rruga 1, Kukës\"", with: "") + "\n")
        #expect(found == ["\(path("c.csv")):2: record: 18 fields, expected 19 as in the header; quote fields that contain commas"])
    }

    @Test("bad quoting: a stray quote and an unterminated quote")
    func quoting() throws {
        let row = Self.good.replacingOccurrences(of: "Ana", with: "A\"na")
        let column = row.distance(from: row.startIndex, to: try #require(row.firstIndex(of: "\""))) + 1
        let stray = try problems("q.csv", Fixtures.header + "\n" + row + "\n")
        #expect(stray.count == 1)
        #expect(stray.first?.hasPrefix("\(path("q.csv")):2: first_name: a quote (\") inside an unquoted field at line 2, column \(column)") == true)
        #expect(stray.first?.contains("Ana") == false)
        let open = try problems("o.csv", Fixtures.header + "\n" + Self.good2 + "\n" + Self.good.replacingOccurrences(of: "\"Rruga 1, Kukës\"", with: "\"Rruga 1"))
        #expect(open.count == 1)
        #expect(open.first?.hasPrefix("\(path("o.csv")):3: address: a quoted field opened at line 3, column") == true)
    }

    @Test("bytes that are not UTF-8")
    func invalidUTF8() throws {
        let bytes = Array((Fixtures.header + "\n").utf8) + Array(Self.good.replacingOccurrences(of: "Hoxha", with: "Ho#ha").utf8).map { $0 == UInt8(ascii: "#") ? 0xFF : $0 } + [10]
        let found = try problems("x.csv", bytes: bytes)
        #expect(found.count == 1, "\(found)")
        let column = Self.good.distance(from: Self.good.startIndex, to: try #require(Self.good.range(of: "Hoxha")).lowerBound) + 1
        #expect(found.first == "\(path("x.csv")):2: last_name: bytes that are not UTF-8 at line 2, column \(column); save the file as UTF-8 (in Excel: CSV UTF-8)")
    }

    @Test("bad and impossible dates, unknown codes: every problem of every row")
    func valuesAndCodes() throws {
        let rows = [
            Self.good.replacingOccurrences(of: "2023-03-01", with: "2023/03/01"),
            Self.good2.replacingOccurrences(of: "2023-04-01", with: "2023-02-30"),
            Self.good.replacingOccurrences(of: "KU-1,", with: "KU-3,").replacingOccurrences(of: ",VT,", with: ",XX,")
                .replacingOccurrences(of: "state_police", with: "police").replacingOccurrences(of: "sexual;labour", with: "sexual;slavery"),
        ]
        let found = try problems("v.csv", ([Fixtures.header] + rows).joined(separator: "\n"))
        let p = path("v.csv")
        #expect(found == [
            "\(p):2: identified_on: the value is not a date; expected a date YYYY-MM-DD",
            "\(p):3: identified_on: the value is not a day of the calendar; expected a date YYYY-MM-DD",
            "\(p):4: status: the value is not a case status; expected one of VMT, VT, not_victim",
            "\(p):4: identified_by: the value is not a kind of institution; expected one of " + InstitutionKind.codes.joined(separator: ", "),
            "\(p):4: exploitation: one of the values is not a form of exploitation; expected codes separated by ; from sexual, labour, begging, forced_criminality, forced_marriage, organ_removal, other, or empty",
        ])
    }

    @Test("personal values are never echoed: a bad personal ID or birth date says the form expected")
    func noPersonalValues() throws {
        let row = Self.good.replacingOccurrences(of: "J12345678A", with: "12345").replacingOccurrences(of: "2005-04-02", with: "2005-13-02")
        let found = try problems("p.csv", Fixtures.header + "\n" + row)
        let p = path("p.csv")
        #expect(found == [
            "\(p):2: birth_date: the value is not a day of the calendar; expected a date YYYY-MM-DD, or empty",
            "\(p):2: personal_id: is not an Albanian personal ID number; expected a letter, eight digits and a letter (like J12345678A)",
        ])
        #expect(!found.joined().contains("12345,") && !found.joined().contains("2005-13"))
    }

    @Test("validation issues map to CSV columns: municipality of another county, referral before identification")
    func validation() throws {
        let row = Self.good.replacingOccurrences(of: ",Has,", with: ",Shijak,").replacingOccurrences(of: "2023-03-05", with: "2023-02-01")
        let found = try problems("val.csv", Fixtures.header + "\n" + row)
        let p = path("val.csv")
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("\(p):2: municipality: the value is not a municipality of Kukës (it is in Durrës)") == true)
        #expect(found.last == "\(p):2: referred_on: referral on 2023-02-01 is before identification on 2023-03-01")
    }

    @Test("duplicate ids within the file and against the database")
    func duplicates() throws {
        let within = try problems("d.csv", [Fixtures.header, Self.good, Self.good2, Self.good].joined(separator: "\n"))
        #expect(within == ["\(path("d.csv")):4: case_id: KU-1 appears again (first on line 2); expected each case once in a file"])

        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        let file = dir.write("twice.csv", [Fixtures.header, Self.good, Self.good2].joined(separator: "\r\n"))
        let first = try CaseCSVImporter(database: database, options: .init(asOf: Fixtures.asOf)).importFile(atPath: file)
        #expect(first.summary.inserted == 2)
        #expect(throws: CaseImportError.self) {
            try CaseCSVImporter(database: database, options: .init(asOf: Fixtures.asOf)).importFile(atPath: file)
        }
        do {
            try CaseCSVImporter(database: database, options: .init(asOf: Fixtures.asOf)).importFile(atPath: file)
        } catch {
            let problems = error.problems
            #expect(problems.map(\.description).first == "\(file):2: case_id: KU-1 is already in the database; import with the update duplicate policy to replace it, or the skip policy to keep the stored case")
            #expect(error.description.hasSuffix("2 problems; nothing was imported. Correct the file, or import it again skipping bad rows (skipBadRows) to load the good rows (the bad ones go to \(file).rejects.csv)."))
            #expect(problems.count == 2)
        }
        let skipped = try CaseCSVImporter(database: database, options: .init(duplicates: .skip, asOf: Fixtures.asOf)).importFile(atPath: file)
        #expect(skipped.summary.skipped == 2 && skipped.summary.duplicateIDs == ["KU-1", "KU-2"])
        let updated = try CaseCSVImporter(database: database, options: .init(duplicates: .update, asOf: Fixtures.asOf)).importFile(atPath: file)
        #expect(updated.summary.updated == 2)
        #expect(try Fixtures.rows("case_record", in: database) == 2)
    }

    @Test("with skip-invalid the good rows go in and the bad ones go to a 0600 rejects file")
    func skipBadRows() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes))
        let bad = Self.good.replacingOccurrences(of: "KU-1,", with: "KU-9,").replacingOccurrences(of: ",F,", with: ",X,")
        let file = dir.write("s.csv", [Fixtures.header, Self.good, bad, Self.good2].joined(separator: "\n"))
        let report = try CaseCSVImporter(database: database, options: .init(skipBadRows: true, asOf: Fixtures.asOf)).importFile(atPath: file)
        #expect(report.summary.inserted == 2)
        #expect(report.rejectedRows == 1)
        #expect(report.problems.map(\.description) == ["\(file):3: sex: the value is not a sex code; expected one of F, M, U"])
        let rejects = try #require(report.rejectsPath)
        #expect(rejects == file + ".rejects.csv")
        let attributes = try FileManager.default.attributesOfItem(atPath: rejects)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let reader = try CSVReader(path: rejects)
        #expect(try reader.next() == Fixtures.header.split(separator: ",").map(String.init) + ["error"])
        #expect(try reader.next()?.last == "sex: the value is not a sex code; expected one of F, M, U")
        #expect(try Fixtures.rows("case_record", in: database) == 2)
    }
}
