import Foundation
import KRATCore
import KRATExport
import KRATSampleData
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// `export calendar|plan|meetings` from a Durrës database and `import …` into a fresh Kukës one.
@Suite struct OrganisationTransferCommandTests {
    let directory: URL
    let year = 2023

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-orgtransfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let durres = try KRATDatabase.create(at: path("durres.sqlite"), scope: .county(.durres), user: "test", sampleData: true)
        try OrganisationGenerator(county: .durres, years: 2022...2023, asOf: Day(year: 2023, month: 12, day: 31)!, seed: 9)
            .fill(durres)
        _ = try KRATDatabase.create(at: path("kukes.sqlite"), scope: .county(.kukes), user: "test", sampleData: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func shell(_ file: String, role: Role = .caseWorker) throws -> (Shell, KRATDatabase) {
        let database = try KRATDatabase.open(at: path(file), role: role, user: "test")
        let shell = Shell(context: ShellContext(mode: .table, language: .en, session: DatabaseSession(database: database)))
        try DomainCommands.install(into: shell)
        return (shell, database)
    }

    func run(_ shell: Shell, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = shell.execute(line: line)
        #expect(result.error == nil, "\(line): \(result.errorLine ?? "")", sourceLocation: sourceLocation)
        return result.output
    }

    func failure(_ shell: Shell, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = shell.execute(line: line)
        #expect(result.error != nil, "\(line) should fail", sourceLocation: sourceLocation)
        return result.errorLine ?? ""
    }

    /// Exports the three files from Durrës and adds its municipal institutions to Kukës by name.
    func exportAll() throws -> (calendar: String, plan: String, meetings: String) {
        let (durres, _) = try shell("durres.sqlite", role: .analyst)
        let files = (path("calendar.json"), path("plan.json"), path("meetings.json"))
        #expect(run(durres, "export calendar \(year) \(files.0)").contains("awareness activities of \(year)"))
        #expect(run(durres, "export plan \(year) \(files.1)").contains("the action plan \(year)"))
        #expect(run(durres, "export meetings \(year) \(files.2)").contains("meetings of \(year)"))
        #expect(failure(durres, "export plan \(year) \(files.1)").contains("already exists"))
        let (_, kukes) = try shell("kukes.sqlite")
        var names = Set(try kukes.institutions().map(\.name))
        for file in [files.1, files.2] {
            let content = try JSONDecoder().decode(Institutions.self, from: try Data(contentsOf: URL(fileURLWithPath: file)))
            for entry in content.institutions where entry.municipalityCode != nil && names.insert(entry.name).inserted {
                try kukes.insert(Institution(name: entry.name, kind: entry.kind, county: .kukes))
            }
        }
        return files
    }

    @Test func exportThenImportIntoAnotherCounty() throws {
        let files = try exportAll()
        let (kukes, database) = try shell("kukes.sqlite")
        let added = run(kukes, "import meetings \(files.meetings) create-missing")
        #expect(added.contains("0 replaced, 0 already present"))
        let meetings = try database.meetings(in: .year(year)).count
        #expect(meetings > 0 && added.contains("\(meetings) added"))
        #expect(try database.committees().map(\.county) == [.kukes, .kukes])
        #expect(run(kukes, "import plan \(files.plan) create-missing").contains("1 added"))
        #expect(try database.actionPlan(year: year)?.plan.county == .kukes)
    }

    @Test func importingTwiceReportsWhatIsPresentAndUpdateReplacesIt() throws {
        let files = try exportAll()
        let (kukes, database) = try shell("kukes.sqlite")
        _ = run(kukes, "import meetings \(files.meetings) create-missing")
        let count = try database.meetings(in: .year(year)).count
        let again = run(kukes, "import meetings \(files.meetings) create-missing")
        #expect(again.contains("0 added, 0 replaced, \(count) already present"))
        #expect(again.contains("[0]: already present ("))
        let replaced = run(kukes, "import meetings \(files.meetings) update")
        #expect(replaced.contains("0 added, \(count) replaced"))
        #expect(try database.meetings(in: .year(year)).count == count)
    }

    @Test func unresolvedReferencesAreListedAndNothingIsWritten() throws {
        let (durres, _) = try shell("durres.sqlite", role: .analyst)
        let file = path("calendar-only.json")
        _ = run(durres, "export calendar \(year) \(file)")
        let (kukes, database) = try shell("kukes.sqlite")
        let before = try database.institutions().count
        let result = kukes.execute(line: "import calendar \(file)")
        let text = result.errorLine ?? ""
        #expect(text.contains("\(file): [0]: organiser_id: no institution named \""))
        #expect(text.contains("add it or import with create-missing"))
        #expect(text.contains("Nothing was imported."))
        #expect(try database.awarenessActivities(in: .year(year)).isEmpty)
        #expect(try database.institutions().count == before)
    }

    @Test func analystsAndBadArgumentsAreRefused() throws {
        let files = try exportAll()
        let (analyst, _) = try shell("kukes.sqlite", role: .analyst)
        let refused = failure(analyst, "import calendar \(files.calendar)")
        #expect(refused.contains("importing organisational records is not permitted to the analyst role; open the database with `--role secretary` (or `--role case-worker`) to do so."))
        let (kukes, _) = try shell("kukes.sqlite")
        #expect(failure(kukes, "import calendar \(files.calendar) overwrite").contains("create-missing"))
        #expect(failure(kukes, "import calendar \(files.meetings)").contains("import it with import meetings"))
        #expect(failure(kukes, "export plan twenty \(path("x.json"))").contains("year"))
        #expect(failure(kukes, "export plan 1999 \(path("x.json"))").contains("there is no action plan 1999 to export"))
        #expect(!FileManager.default.fileExists(atPath: path("x.json")))
    }

    @Test func aBundleWithoutItsPhotosSaysHowToListThemAndHowManyAreMissing() throws {
        let (durres, database) = try shell("durres.sqlite", role: .analyst)
        let photos = try database.awarenessActivities(in: .month(10, of: year))
            .reduce(0) { $0 + ($1.report?.photos.count ?? 0) }
        try #require(photos > 0, "the fixture's October reports name photos")
        let empty = path("no-photos")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let refused = failure(durres, "export bundle \(year)-10 \(path("a.tar")) photos=\(empty)")
        #expect(refused.contains("is not in \(empty)") && refused.hasSuffix("(add missing=list)"), "\(refused)")
        let written = run(durres, "export bundle \(year)-10 \(path("b.tar")) photos=\(empty) missing=list")
        #expect(written.contains(" \(photos) photos are not in it (not in \(empty), or changed)"), "\(written)")
        #expect(written.contains("missing_photos"))
        #expect(run(durres, ".help export").contains("export bundle PERIOD FILE.tar [photos=DIR] [missing=list] [national=true]"))
    }
}

/// The institutions of a transfer file.
private struct Institutions: Decodable {
    let institutions: [TransferInstitution]
}
