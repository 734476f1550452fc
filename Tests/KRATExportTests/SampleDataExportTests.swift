import Foundation
import KRATCore
import KRATExport
import KRATSampleData
import KRATStorage
import KRATTestSupport
import Testing

/// Every file written from a sample database says that its data are generated, and a county's
/// real database refuses such a file: invented cases cannot reach it through an export and an
/// import either.
@Suite struct SampleDataExportTests {
    let folder = TemporaryDirectory("krat-sample-export")
    static let day = Day(year: 2023, month: 12, day: 31)!

    func sample() throws -> KRATDatabase {
        let database = try KRATDatabase.create(at: folder.path("sample.sqlite"), scope: .county(.kukes),
                                               sampleData: true, clock: .fixed(Self.day))
        try SampleCases.add(30, years: 2, seed: 5, to: database)
        try OrganisationGenerator(county: .kukes, years: 2023...2023, asOf: Self.day, seed: 2).fill(database)
        return database
    }

    func real(_ name: String = "real.sqlite") throws -> KRATDatabase {
        try KRATDatabase.create(at: folder.path(name), scope: .county(.kukes), clock: .fixed(Self.day))
    }

    @Test func caseFilesEndWithTheSampleDataColumnAndARealDatabaseRefusesThem() throws {
        let database = try sample()
        let full = folder.path("full.csv"), redacted = folder.path("redacted.csv"), htcds = folder.path("htcds.csv")
        #expect(try CaseCSVExporter().exportFull(from: database, purpose: "training", toPath: full) == 30)
        #expect(try CaseCSVExporter().exportRedacted(from: database, toPath: redacted) == 30)
        #expect(try HTCDSExporter.export(from: database, toPath: htcds) == 30)
        for (path, column) in [(full, "sample_data"), (redacted, "sample_data"), (htcds, "x_krat_SampleData")] {
            let lines = folder.read(path).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 31)
            #expect(lines[0].hasSuffix("," + column), "\(path)")
            #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",generated") }, "\(path)")
        }
        // Into a real county's database: refused at the header, nothing written.
        let realDatabase = try real()
        #expect {
            try CaseCSVImporter(database: realDatabase).importFile(atPath: full)
        } throws: { error in
            "\(error)".contains("\(full):1: sample_data: the file holds generated sample cases")
        }
        #expect(try realDatabase.countMatching(CaseQuery()) == 0)
        // Into another sample database: taken.
        let other = try KRATDatabase.create(at: folder.path("other.sqlite"), scope: .county(.kukes),
                                            sampleData: true, clock: .fixed(Self.day))
        #expect(try CaseCSVImporter(database: other).importFile(atPath: full).summary.inserted == 30)
    }

    @Test func aRealDatabasesFilesCarryNoMark() throws {
        let database = try real()
        let path = folder.path("real.csv")
        try CaseCSVExporter().exportRedacted(from: database, toPath: path)
        #expect(!folder.read(path).contains("sample_data"))
        let json = folder.path("real.json")
        try CaseJSONExporter.exportRedacted(from: database, toPath: json)
        #expect(!folder.read(json).contains("sample_data"))
    }

    @Test func jsonCasesAreEachMarked() throws {
        let database = try sample()
        let path = folder.path("cases.json")
        try CaseJSONExporter.exportRedacted(from: database, toPath: path)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(folder.read(path).utf8)) as? [[String: Any]])
        #expect(objects.count == 30)
        #expect(objects.allSatisfy { $0["sample_data"] as? String == "generated" && $0["id"] != nil })
    }

    @Test func organisationFilesAreMarkedAndRefusedByARealDatabase() throws {
        let database = try sample()
        let path = folder.path("calendar.json")
        try OrganisationTransferExporter.exportCalendar(from: database, period: .year(2023), toPath: path)
        #expect(folder.read(path).contains("\"sampleData\" : true") || folder.read(path).contains("\"sampleData\":true"))
        let realDatabase = try real()
        #expect {
            try OrganisationTransferImporter(database: realDatabase, options: .init(createMissing: true)).importFile(atPath: path)
        } throws: { error in
            "\(error)".contains("holds generated sample records")
        }
        #expect(try realDatabase.awarenessActivities(in: .year(2023)).isEmpty)
    }

    @Test func theBundleAndTheReportSaySo() throws {
        let database = try sample()
        let bundle = try CoordinatorBundle(database: database, period: .year(2023), generatedOn: Self.day)
        let manifest = try bundle.write(to: folder.path("bundle.tar"), photosDirectory: folder.path("none"), policy: .listMissing)
        #expect(manifest.sampleData == true)
        let report = folder.path("report.html")
        try AnnualReport.write(database: database, year: 2023, language: .en, asOf: Self.day, to: report)
        #expect(folder.read(report).contains("SAMPLE DATA: this report was made from generated cases and records"))
        let realReport = folder.path("real.html")
        try AnnualReport.write(database: try real(), year: 2023, language: .en, asOf: Self.day, to: realReport)
        #expect(!folder.read(realReport).contains("SAMPLE DATA"))
    }
}
