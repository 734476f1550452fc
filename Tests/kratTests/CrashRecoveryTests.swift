import Foundation
import KRATTestSupport
import KRATCore
import KRATStorage
import Testing

/// A case worker's import killed with SIGKILL in the middle of its transaction loses only
/// that import: the file passes the integrity check and keeps every case committed before.
@Suite struct CrashRecoveryTests {
    @Test func killedImportLeavesTheCommittedCasesAndNothingElse() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lezhe.sqlite").path

        // `generate` writes only into a database made for sample data.
        _ = try KRATDatabase.create(at: path, scope: .county(.lezhe), sampleData: true)
        let first = try KratProcess.run([path, "--role", "case-worker", "-c", "generate cases 1500 years=3 seed=1"])
        #expect(first.status == 0, "\(first.standardError)")

        // A large import in a child process, killed once its transaction has written to the WAL.
        let process = Process()
        process.executableURL = try KratProcess.executable()
        process.arguments = [path, "--role", "case-worker", "-c", "generate cases 2000000 years=20 seed=2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let wal = path + "-wal"
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 8_000_000 { break }
            usleep(20_000)
        }
        #expect(process.isRunning, "the import ended before it could be interrupted")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try KRATDatabase.open(at: path, role: .analyst)
        #expect(try reopened.integrityCheck().isEmpty)
        #expect(try reopened.countMatching(CaseQuery()) == 1500)
        let everything = try Period(parsing: "1990..2100")
        #expect(try reopened.countCases(in: everything).total == 1500)
    }
}
