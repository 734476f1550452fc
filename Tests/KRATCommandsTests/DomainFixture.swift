import Foundation
import KRATCore
import KRATSampleData
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// A county sample database file with generated cases and organisation data over the five
/// years up to the fixed test day, made once per test run and opened afresh for each test.
enum DomainFixture {
    static let county = County.kukes
    static let today = TestDay.today
    static let years = (today.year - 4)...today.year

    /// The file, created on first use.
    static let path: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-shellcmds-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("kukes.sqlite").path
            let database = try KRATDatabase.create(at: path, scope: .county(county), user: "test",
                                                   sampleData: true, clock: TestDay.clock)
            try database.importCases(CaseGenerator(counties: [county], years: years, count: 2_500, seed: 11, asOf: today),
                                     asOf: today)
            try OrganisationGenerator(county: county, years: years, asOf: today, seed: 5).fill(database)
            return path
        } catch {
            Issue.record("the fixture database could not be made: \(error)")
            return directory.appendingPathComponent("missing.sqlite").path
        }
    }()

    /// The fixture opened for `role`.
    static func database(role: Role = .analyst) throws -> KRATDatabase {
        try KRATDatabase.open(at: path, role: role, user: "test", clock: TestDay.clock)
    }

    /// A shell with the domain commands over the fixture, in `mode`.
    static func shell(role: Role = .analyst, mode: OutputMode = .table) throws -> (Shell, KRATDatabase) {
        let database = try database(role: role)
        let shell = Shell(context: ShellContext(mode: mode, language: .en, session: DatabaseSession(database: database)))
        try DomainCommands.install(into: shell)
        return (shell, database)
    }

    /// Runs `line`, failing the test on an error; returns the output.
    static func output(_ shell: Shell, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = shell.execute(line: line)
        #expect(result.error == nil, "\(line): \(result.errorLine ?? "")", sourceLocation: sourceLocation)
        return result.output
    }

    /// Runs `line` in JSON mode and parses the array of objects it prints.
    static func rows(_ shell: Shell, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> [[String: Any]] {
        let mode = shell.context.mode
        shell.context.mode = .json
        defer { shell.context.mode = mode }
        let text = output(shell, line, sourceLocation: sourceLocation)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]],
                            sourceLocation: sourceLocation)
    }

    /// The error line of `line`, which must fail.
    static func error(_ shell: Shell, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = shell.execute(line: line)
        #expect(result.error != nil, "\(line) should fail", sourceLocation: sourceLocation)
        return result.errorLine ?? ""
    }

    /// A plain count of the matching cases.
    static func count(_ database: KRATDatabase, _ period: Period? = nil, _ filters: [String: String] = [:]) throws -> Int {
        var filter = CaseFilter()
        for (key, value) in filters { filter = try filter.setting(key, to: value) }
        // As the case worker, whose listings take any period (an analyst's take whole months only).
        _ = database
        return try caseWorker().countMatching(CaseQuery(period: period, filter: filter))
    }

    /// The fixture opened by the case worker, for counts the tests check against.
    static func caseWorker() throws -> KRATDatabase {
        try KRATDatabase.open(at: path, role: .caseWorker, user: "test", clock: TestDay.clock)
    }
}
