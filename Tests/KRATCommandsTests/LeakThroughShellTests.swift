import Foundation
import KRATCore
import KRATSampleData
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// Every analyst and public path of the shell — each command in each output mode, SQL on
/// every view the role may read, every export, and provoked errors — shows no personal data.
@Suite(.serialized) struct LeakThroughShellTests {
    static let asOf = Day(year: 2025, month: 11, day: 30)!

    /// Text typed into the audit log (a purpose, an erasure's reason, an export's destination), each with a marker.
    static let auditMarkers = ["LKPURPOSE", "LKREASON", "LKEXPORT", "LKDEST"]

    /// A county database whose 300 cases carry marker strings in every personal field, and
    /// whose audit log holds a read, an erasure and an export with markers in their typed text.
    static func makeDatabase(in directory: String) throws -> (path: String, markers: [String]) {
        let path = directory + "/fier.sqlite"
        let database = try KRATDatabase.create(at: path, scope: .county(.fier), sampleData: true)
        var markers: [String] = []
        let cases = CaseGenerator(counties: [.fier], years: 2022...2025, count: 300, seed: 4, asOf: asOf).enumerated()
            .map { index, record -> CaseRecord in
                var copy = record
                let n = String(format: "%05d", index)
                copy.personal = PersonalData(firstName: "LKFN\(n)", lastName: "LKLN\(n)", personalID: "L9\(n)00K",
                                             phone: "+355 69 7\(n)", address: "LKADDR\(n)",
                                             birthDate: record.personal.birthDate, notes: "LKNOTE\(n)")
                markers += ["L9\(n)00K", "+355 69 7\(n)", "69 7\(n)"]
                return copy
            }
        try database.importCases(cases, asOf: asOf)
        _ = try OrganisationGenerator(county: .fier, years: 2023...2025, asOf: asOf, seed: 3).fill(database)
        _ = try database.caseRecord(id: cases[150].id, purpose: "LKPURPOSE read Arta Hoxha's file for court")
        try database.erasePersonalData(caseID: cases[151].id, county: .fier, reason: "LKREASON lawful request of Arta Hoxha")
        try database.forEachCaseRecord(CaseQuery(), purpose: "LKEXPORT transfer of Arta Hoxha",
                                       destination: directory + "/LKDEST-arta-hoxha.csv") { _ in }
        return (path, ["LKFN", "LKLN", "LKADDR", "LKNOTE"] + markers + auditMarkers)
    }

    static let commands = [
        "cases limit=300", "case show FI-2024-0000150", "stats compare 2025", "stats compare 2025-Q2 by=sex",
        "stats trend by=year", "stats trend by=month split=status period=2025", "stats breakdown by=sex,age_band",
        "stats breakdown by=exploitation,municipality", "stats flow", "plan 2025", "indicators 2024",
        "performance 2024 2025", "calendar 2025", "calendar compliance 2025", "meetings 2025", "decisions open",
        "institutions", "committee", ".tables", ".schema", ".role",
        "SELECT * FROM cases;", "SELECT * FROM case_steps;", "SELECT * FROM monthly_counts LIMIT 500;",
        // Provoked errors.
        "case show NO-SUCH-CASE", "cases status=victimised", "SELECT * FROM case_personal;",
        "SELECT first_name FROM cases;", "stats breakdown by=first_name", "audit",
    ]

    @Test(arguments: [Role.analyst, Role.public])
    func noMarkerInAnyOutputModeOrExport(role: Role) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-leak-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (path, markers) = try Self.makeDatabase(in: directory)
        let shell = Shell(context: ShellContext())
        try DomainCommands.install(into: shell)
        shell.context.session = DatabaseSession(database: try KRATDatabase.open(at: path, role: role))

        var seen: [String] = []
        for mode in ["table", "box", "csv", "json", "markdown", "line"] {
            _ = shell.execute(line: ".mode \(mode)")
            for command in Self.commands {
                let result = shell.execute(line: command)
                seen.append("[\(mode)]\n\(result.output)\(result.errorLine ?? "")")
            }
        }
        let exports = ["export cases \(directory)/c.csv", "export cases \(directory)/c.json",
                       "export htcds \(directory)/h.csv", "export stats breakdown by=sex \(directory)/s.json",
                       "export report 2025 \(directory)/r.html", "export bundle 2025 \(directory)/b.tar missing=list",
                       "export cases \(directory)/p.csv personal=true purpose=leak"]
        for command in exports {
            let result = shell.execute(line: command)
            seen.append("\(command)\n\(result.output)\(result.errorLine ?? "")")
        }
        for file in (try FileManager.default.contentsOfDirectory(atPath: directory)) where !file.hasPrefix("fier.sqlite") {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
            seen.append("file \(file)\n" + String(decoding: data, as: UTF8.self))
        }
        #expect(seen.count > 187)  // 6 modes × 30 commands, 7 exports, and the files written
        if role == .public {
            // A refused case export leaves no file behind, not even a header.
            for name in ["c.csv", "c.json", "h.csv", "p.csv"] {
                #expect(!FileManager.default.fileExists(atPath: directory + "/" + name), "\(name)")
            }
        }
        #expect(seen.contains { $0.contains("Rastet") || $0.contains("case_id") || role == .public })
        for text in seen {
            for marker in markers where text.contains(marker) {
                Issue.record("personal data \(marker) leaked through: \(text.prefix(200))")
            }
        }
        // The raw database file, its WAL and shared memory hold no marker either.
        for suffix in ["", "-wal", "-shm"] {
            guard let bytes = FileManager.default.contents(atPath: path + suffix) else { continue }
            for marker in markers where bytes.range(of: Data(marker.utf8)) != nil {
                Issue.record("\(marker) is readable in fier.sqlite\(suffix)")
            }
        }
    }

    @Test("audit: the analyst sees the purpose as sealed in both languages, the case worker reads it")
    func auditPurposeSealed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-audit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (path, _) = try Self.makeDatabase(in: directory)
        func output(_ role: Role, _ lines: [String]) throws -> String {
            let shell = Shell(context: ShellContext())
            try DomainCommands.install(into: shell)
            shell.context.session = DatabaseSession(database: try KRATDatabase.open(at: path, role: role))
            return lines.map { line in
                let result = shell.execute(line: line)
                return result.output + (result.errorLine ?? "")
            }.joined(separator: "\n")
        }
        let analyst = try output(.analyst, [".lang sq", "audit", ".lang en", "audit", ".mode csv", "audit action=erase_personal_data"])
        #expect(analyst.contains("E koduar") && analyst.contains("Sealed: readable with the data key only"))
        #expect(analyst.contains("erase_personal_data") && analyst.contains("sealed"))
        #expect(analyst.contains("FI-") && analyst.contains("cases exported"))
        #expect(Self.auditMarkers.allSatisfy { !analyst.contains($0) })
        let worker = try output(.caseWorker, [".mode csv", "audit"])
        #expect(worker.contains("LKPURPOSE read Arta Hoxha's file for court") && worker.contains("LKREASON lawful request of Arta Hoxha"))
        #expect(worker.contains("LKDEST-arta-hoxha.csv") && !worker.contains("E koduar"))
    }
}
