import Foundation
import KRATCore
import Testing
@testable import KRATShell

@Suite struct ShellTests {
    @Test func customCommandRuns() throws {
        let shell = try makeTestShell()
        #expect(shell.execute(line: "hello name='Ana Hoxha'").output == "Tungjatjeta, Ana Hoxha!\n")
        #expect(shell.execute(line: "hel").output == "Tungjatjeta, botë!\n")   // unique prefix
        let bad = shell.execute(line: "hello colour=red")
        #expect(bad.errorLine == "Error: hello has no argument 'colour'; known: name")
        #expect(shell.execute(line: "nothing").errorLine
                == "Error: unknown command 'nothing'; type .help for the list of commands")
        #expect(throws: ShellError.duplicateCommand("hello")) { try shell.registry.register(HelloCommand()) }
    }

    @Test func unterminatedQuoteIsOneLineAndTheShellGoesOn() throws {
        let shell = try makeTestShell()
        let result = shell.execute(line: "hello name='Ana")
        #expect(result.errorLine == "Error: unterminated ' quote opened at column 12; close it with '")
        #expect(shell.execute(line: "hello").failed == false)
    }

    @Test func modeAndHeaders() throws {
        let shell = try makeTestShell()
        #expect(shell.execute(line: ".mode csv").output == "")
        #expect(shell.execute(line: "hello table").output.hasPrefix("status,count,share\r\n"))
        _ = shell.execute(line: ".headers off")
        #expect(shell.execute(line: "hello table").output.hasPrefix("vt,12,57.14\r\n"))
        #expect(shell.execute(line: ".headers").output == "headers: off\n")
        #expect(shell.execute(line: ".mode").output == "mode: csv\n")
        let wrong = shell.execute(line: ".mode fancy")
        #expect(wrong.errorLine == "Error: .mode=fancy is not valid; expected table, box, csv, json, markdown, line")
        _ = shell.execute(line: ".mode json")
        let json = shell.execute(line: "hello table").output
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["vt", "vmt", "ne_verifikim"])
    }

    @Test func languageSwitchesLabels() throws {
        let shell = try makeTestShell()
        #expect(shell.execute(line: "hello table").output.contains("| Statusi "))
        _ = shell.execute(line: ".lang en")
        #expect(shell.execute(line: "hello table").output.contains("| Status "))
        #expect(shell.execute(line: ".lang fr").failed)
    }

    @Test func timerPrintsRunTime() throws {
        let shell = try makeTestShell()
        _ = shell.execute(line: ".timer on")
        let output = shell.execute(line: "hello").output
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].wholeMatch(of: /Run Time: real \d+\.\d{6}/) != nil)
        _ = shell.execute(line: ".timer off")
        #expect(shell.execute(line: "hello").output == "Tungjatjeta, botë!\n")
    }

    @Test func readStopsAtTheFirstErrorWithFileAndLine() throws {
        let shell = try makeTestShell()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("krat-\(UUID()).krat").path
        try ".mode csv\n\n# greet\nhello name=A\nbogus here\nhello name=B\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = shell.execute(line: ".read \(path)")
        #expect(result.output == "Tungjatjeta, A!\n")
        #expect(result.errorLine == "Error: \(path):5: unknown command 'bogus'; type .help for the list of commands")
        #expect(shell.context.mode == .csv)
        #expect(shell.execute(line: ".read /no/such/file").errorLine
                == "Error: /no/such/file: cannot be read; check the name and that the file exists")
    }

    @Test func outputAndOnceRedirect() throws {
        let shell = try makeTestShell()
        let folder = FileManager.default.temporaryDirectory
        let all = folder.appendingPathComponent("krat-out-\(UUID()).txt").path
        let once = folder.appendingPathComponent("krat-once-\(UUID()).txt").path
        defer { try? FileManager.default.removeItem(atPath: all); try? FileManager.default.removeItem(atPath: once) }
        _ = shell.execute(line: ".output \(all)")
        #expect(shell.execute(line: "hello name=1").output == "")
        #expect(shell.execute(line: "hello name=2").output == "")
        _ = shell.execute(line: ".output")
        #expect(try String(contentsOfFile: all, encoding: .utf8) == "Tungjatjeta, 1!\nTungjatjeta, 2!\n")
        // Owner-only: a case worker's output may hold personal data and typed purposes.
        let mode = try FileManager.default.attributesOfItem(atPath: all)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        _ = shell.execute(line: ".once \(once)")
        #expect(shell.execute(line: "hello name=3").output == "")
        #expect(shell.execute(line: "hello name=4").output == "Tungjatjeta, 4!\n")
        #expect(try String(contentsOfFile: once, encoding: .utf8) == "Tungjatjeta, 3!\n")
    }

    @Test func sqlGoesToTheSession() throws {
        let session = RecordingSession()
        let shell = try makeTestShell(session: session)
        _ = shell.execute(line: ".mode csv")
        let result = shell.execute(line: "select * from cases; WITH a AS (SELECT 1) SELECT 'x;y' FROM a")
        #expect(session.statements == ["select * from cases", "WITH a AS (SELECT 1) SELECT 'x;y' FROM a"])
        #expect(result.output.components(separatedBy: "status,count,share").count == 3)
        #expect(shell.execute(line: ".tables").output == "name\r\ncases\r\ncase_status\r\nmeetings\r\n")
        #expect(shell.execute(line: ".role").output == "analyst (test)\n")
        let noDatabase = try makeTestShell()
        #expect(noDatabase.execute(line: "SELECT 1").errorLine
                == "Error: SQL needs an open database; start krat with a FILE or --demo")
    }

    @Test func helpListsMetaAndRegisteredCommands() throws {
        let shell = try makeTestShell()
        _ = shell.execute(line: ".mode json")
        let text = shell.execute(line: ".help").output
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let commands = rows.compactMap { $0["command"] as? String }
        #expect(commands.contains(".mode table|box|csv|json|markdown|line"))
        #expect(commands.contains("hello [table] [name=NAME]"))
        _ = shell.execute(line: ".mode table")
        #expect(shell.execute(line: ".help stats").output
                == "stats compare|trend|breakdown [filters]\n    Statistika\n    nënkomandat: compare, trend, breakdown\n")
        #expect(shell.execute(line: ".quit").shouldQuit)
    }

    @Test func helpFitsEightyColumnsWithUsageWrappedUnderTheCommand() throws {
        let shell = try makeTestShell()
        shell.context.terminalWidth = 40
        let lines = shell.execute(line: ".help").output.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(lines)")
        // The .mode form goes on under itself, indented, in its cell.
        let mode = try #require(lines.firstIndex { $0.hasPrefix("| .mode ") })
        #expect(lines[mode + 1].hasPrefix("|   ") && lines[mode + 1].contains("|box|"), "\(lines)")
        #expect(shell.execute(line: ".width").output == "width: auto (40)\n")
        shell.context.terminalWidth = nil
        #expect(shell.execute(line: ".help").output.contains("| .mode table|box|csv|json|markdown|line "))
        #expect(shell.execute(line: ".width").output == "width: auto (full)\n")
    }
}
