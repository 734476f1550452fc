import Foundation
import KRATTestSupport
import Testing

/// Every example builds with the package and runs against a generated database; its output
/// says what the example claims to show.
@Suite struct ExampleRunTests {
    /// Runs an example on the fixed test day (`KRAT_TODAY`); its standard output, then its errors.
    static func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let outcome = try KratProcess.run(try KratProcess.product(name), arguments)
        return (outcome.status, outcome.standardOutput + outcome.standardError)
    }

    @Test func newCountyKRATSetsUpKukesUnderTheFourPillars() throws {
        let (status, output) = try Self.run("NewCountyKRAT")
        #expect(status == 0, "\(output)")
        #expect(output.contains("Qarku Kukës (Has, Kukës, Tropojë)"))
        #expect(output.contains("Technical Table members on 1 March 2024: 7"))
        for pillar in ["Ndjekja Penale", "Mbrojtja", "Bashkërendimi", "Parandalimi"] { #expect(output.contains(pillar)) }
        #expect(!output.contains("Durr"))
    }

    @Test func caseIntakeShowsEachRoleItsOwnView() throws {
        let (status, output) = try Self.run("CaseIntake")
        #expect(status == 0, "\(output)")
        let caseWorker = output.components(separatedBy: "ANALYST sees").first ?? ""
        let rest = output.components(separatedBy: "ANALYST sees").dropFirst().joined()
        #expect(caseWorker.contains("Elira Marku, ID K05123456M"))
        #expect(caseWorker.contains("read_personal_data (preparing the individual protection plan)"))
        #expect(rest.contains("VT, days to referral 1"))
        // A library example: the refusal speaks of the role, not of a command-line flag.
        #expect(rest.contains("reading personal data is not permitted to the analyst role; open the database as the case worker, with its key file, to do so."))
        #expect(!rest.contains("--role"))
        // Its database holds invented cases, so it is made as sample data.
        #expect(output.contains("VL-2025-INTAKE"))
        #expect(rest.contains("Counts under 10 are hidden"))
        for marker in ["Elira", "Marku", "K05123456M", "555 0101"] { #expect(!rest.contains(marker), "\(marker)") }
    }

    @Test func customCommandIsRegisteredWithoutEditingThePackage() throws {
        let (status, output) = try Self.run("CustomCommand", ["2024"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("street-children"))
        #expect(output.contains("Fëmijë në situatë rruge, qershor–shtator 2024"))
        #expect(output.contains("Shijak"))
        // Opened through KRATCommands: the demo is sample data and every table says so.
        #expect(output.contains("TË DHËNA SHEMBULL"))
    }

    @Test func awarenessCalendarFlagsTheBrokenRulesAndWritesTheBundle() throws {
        let tar = FileManager.default.temporaryDirectory.appendingPathComponent("calendar-\(UUID().uuidString).tar").path
        defer { try? FileManager.default.removeItem(atPath: tar) }
        let (status, output) = try Self.run("AwarenessCalendar", [tar])
        #expect(status == 0, "\(output)")
        #expect(output.contains("2025-10-08 Seminar me mësuesit: notice on_time, changed without notice no, report on_time"))
        #expect(output.contains("2025-10-18 Marshim ndërgjegjësues: notice late, changed without notice no, report late  ← rule broken"))
        #expect(output.contains("2025-10-24 Takim me prindërit: notice missing, changed without notice YES, report missing  ← rule broken"))
        #expect(output.contains("4 activities with their notices, reports and photos"))
        let listing = Process()
        listing.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        listing.arguments = ["-tf", tar]
        let pipe = Pipe()
        listing.standardOutput = pipe
        try listing.run()
        let names = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        listing.waitUntilExit()
        #expect(names.contains("bundle.json") && names.contains("seminar-1.jpg") && names.contains("mbyllja.jpg"))
    }

    @Test func annualAnalysisPrintsTheHeadlineAndWritesTheReport() throws {
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("annual-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: html) }
        let (status, output) = try Self.run("AnnualAnalysis", ["--county", "Lezhe", "--year", "2024", "--lang", "en",
                                                               "--prepared-on", "2025-02-13", "--out", html])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Lezhë County:") && output.contains("potential victims (VMT) from 2024-01-01 to 2024-12-31"))
        let report = try String(contentsOfFile: html, encoding: .utf8)
        #expect(report.contains("Annual Analysis 2024") && report.contains("<svg"))
        #expect(report.contains("Prepared on 13 February 2025") && report.contains("Data up to 31 December 2024"))
    }
}
