import Foundation
import KRATCore
import KRATStorage
import KRATTestSupport
import Testing

/// The audit against a process that dies and a file edited with the `sqlite3` tool: written
/// apart from the code, through `krat` and `sqlite3` only, reading the result with KRATStorage.
@Suite struct AuditProcessTests {
    /// A sample county file with `count` generated cases, made through krat.
    static func county(_ folder: TemporaryDirectory, count: Int) throws -> String {
        let path = folder.path("lezhe.sqlite")
        _ = try KRATDatabase.create(at: path, scope: .county(.lezhe), sampleData: true, clock: TestDay.clock)
        let made = try KratProcess.run([path, "--role", "case-worker", "-c", "generate cases \(count) years=3 seed=1"])
        #expect(made.status == 0, "\(made.standardError)")
        return path
    }

    @Test("A personal export killed midway leaves its audit entry", arguments: [SIGKILL, SIGTERM])
    func killedExportIsAudited(signal: Int32) throws {
        let folder = TemporaryDirectory("krat-killed-export")
        let path = try Self.county(folder, count: 40_000)
        let out = folder.path("out.csv")
        // Through `env --default-signal`: a test runner may ignore SIGTERM, and a child inherits that.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=TERM", try KratProcess.executable().path, path, "--role", "case-worker",
                             "-c", "export cases \(out) personal=true purpose=\"transfer\""]
        process.environment = KratProcess.environment()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once personal rows have reached the file (its header is a few hundred bytes).
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            if size > 20_000 { break }
            usleep(2_000)
        }
        #expect(process.isRunning, "the export ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let worker = try KRATDatabase.open(at: path, role: .caseWorker, clock: TestDay.clock)
        let exports = try worker.auditEntries(AuditFilter(action: .exportPersonalData))
        #expect(exports.count == 1)
        #expect(exports.first?.detail.hasPrefix("export started") == true)
        #expect(exports.first?.purpose == .text("transfer") && exports.first?.note == .text("to \(out)"))
        #expect(try worker.checkAuditChain().problem == nil)
    }

    @Test func backupIsAuditedAndCheckNamesAnEntryDeletedWithSqlite3() throws {
        let folder = TemporaryDirectory("krat-audit-sqlite3")
        let path = try Self.county(folder, count: 20)
        let copy = folder.path("copy.sqlite")
        let session = try KratProcess.run([path, "--role", "case-worker", "-c", "backup \(copy)",
                                           "-c", "export cases \(folder.path("a.csv")) personal=true purpose=\"court\"",
                                           "-c", "check"])
        #expect(session.status == 0, "\(session.standardError)")
        // The generated cases' import, the backup, the export's start and its end.
        #expect(session.standardOutput.contains("audit chain holds (4 entries, every link verified with the key; head: entry 4, link "))
        let audit = try KratProcess.run([path, "--role", "analyst", "--lang", "en", "-c", "audit"])
        #expect(audit.standardOutput.contains("Backup of the database"))
        // The analyst prints the same head for the paper record.
        let head = try KratProcess.run([path, "-c", "audit head"])
        let link = session.standardOutput.components(separatedBy: "head: entry 4, link ").last?.prefix(64) ?? ""
        #expect(head.status == 0 && link.count == 64 && head.standardOutput.contains("entry 4, link \(link)"))

        let sqlite = URL(fileURLWithPath: "/usr/bin/sqlite3")
        let edit = try KratProcess.run(sqlite, [path, """
            DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update;
            DELETE FROM audit_log WHERE id = 2;
            """])
        #expect(edit.status == 0, "\(edit.standardError)")
        for role in ["case-worker", "analyst"] {
            let check = try KratProcess.run([path, "--role", role, "-c", "check"])
            #expect(check.status != 0)
            #expect(check.standardError.contains("audit entry 2 is missing"), "\(role): \(check.standardError)")
        }

        // A changed entry: only the key finds it, and names it.
        let otherFolder = TemporaryDirectory("krat-audit-sqlite3b")
        let other = try Self.county(otherFolder, count: 5)
        _ = try KratProcess.run([other, "--role", "case-worker", "-c", "backup \(other).bak"])
        _ = try KratProcess.run(sqlite, [other, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'a restore' WHERE id = 1;"])
        let changed = try KratProcess.run([other, "--role", "case-worker", "-c", "check"])
        #expect(changed.status != 0 && changed.standardError.contains("audit entry 1 was changed"), "\(changed.standardError)")
    }
}
