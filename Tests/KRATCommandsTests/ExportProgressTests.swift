import Foundation
import KRATCore
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// What a progress bar draws, collected from the writer a terminal front end would set.
final class DrawnText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    var all: String { lock.withLock { text } }
    func write(_ line: String) { lock.withLock { text += line } }
}

/// Every long export draws the same bar on a terminal, ending full; without a terminal
/// nothing is drawn and the matching cases are not counted.
@Suite("Export progress")
struct ExportProgressTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-export-progress-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    @Test("a bar ends at all the matching cases, for the CSV, JSON and HTCDS exports", arguments: [
        (Role.analyst, "export cases FILE.csv"), (.analyst, "export cases FILE.json"), (.analyst, "export htcds FILE.csv"),
        (.caseWorker, "export cases FILE.json personal=true purpose=transfer"),
    ])
    func barEndsFull(role: Role, line: String) throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (shell, database) = try DomainFixture.shell(role: role)
        let drawn = DrawnText()
        shell.context.progressWriter = { drawn.write($0) }
        let output = DomainFixture.output(shell, line.replacingOccurrences(of: "FILE", with: directory + "/out"))
        let total = try DomainFixture.count(database)
        #expect(total > 1000, "the fixture must pass a thousand cases for the bar to move before the end")
        #expect(output.contains("Exported \(total) cases"))
        let lines = drawn.all.split(separator: "\r").map { String($0) }.filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("export [") == true, "\(drawn.all.debugDescription)")
        #expect(lines.contains { $0.contains(" 1000/\(total) ") }, "\(drawn.all.debugDescription)")
        #expect(lines.last?.contains(" \(total)/\(total) 100% ") == true, "\(drawn.all.debugDescription)")
        #expect(drawn.all.hasSuffix("\n"))
    }

    @Test("without a terminal no bar is sized: the count is never asked for")
    func noCountWithoutBar() throws {
        let context = ShellContext()
        var asked = 0
        let none = context.makeProgressBar(title: "export") { () -> Int in asked += 1; return 10 }
        #expect(none == nil)
        #expect(asked == 0)
        context.progressWriter = { _ in }
        let bar = context.makeProgressBar(title: "export") { () -> Int in asked += 1; return 10 }
        #expect(bar?.total == 10)
        #expect(asked == 1)
    }

    @Test("without a terminal the exports write the same files and draw nothing")
    func scriptsDrawNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (shell, database) = try DomainFixture.shell()
        #expect(shell.context.progressWriter == nil)
        let total = try DomainFixture.count(database)
        for line in ["export cases \(directory)/a.json", "export htcds \(directory)/b.csv"] {
            #expect(DomainFixture.output(shell, line).contains("Exported \(total) cases"))
        }
    }
}
