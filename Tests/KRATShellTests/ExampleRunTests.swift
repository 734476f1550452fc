import Foundation
import Testing

/// Every example builds with the package and runs against a generated database; its output
/// says what the example claims to show.
@Suite struct ExampleRunTests {
    static func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let binary = try KratProcess.executable().deletingLastPathComponent().appendingPathComponent(name)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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
        #expect(rest.contains("the analyst role may not read personal data"))
        #expect(rest.contains("Counts under 10 are hidden"))
        for marker in ["Elira", "Marku", "K05123456M", "555 0101"] { #expect(!rest.contains(marker), "\(marker)") }
    }

    @Test func customCommandIsRegisteredWithoutEditingThePackage() throws {
        let (status, output) = try Self.run("CustomCommand", ["2024"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("street-children"))
        #expect(output.contains("Fëmijë në situatë rruge, qershor–shtator 2024"))
        #expect(output.contains("Shijak"))
    }
}
