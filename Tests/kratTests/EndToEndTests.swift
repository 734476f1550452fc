import Foundation
import KRATTestSupport
import Testing

/// The `krat` executable run as a user's script would run it.
@Suite struct EndToEndTests {
    @Test func commandsWithDashC() throws {
        let outcome = try KratProcess.run(["-c", ".mode json", "-c", ".help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.allSatisfy { Set($0.keys) == ["command", "summary"] })
        #expect(rows.contains { $0["command"] as? String == ".quit" })
    }

    @Test func dashCStopsAtTheFirstError() throws {
        let outcome = try KratProcess.run(["-c", ".mode csv", "-c", ".mode nonsense", "-c", ".help"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError
                == "Error: .mode=nonsense is not valid; expected table, box, csv, json, markdown, line\n")
    }

    @Test func pipedScript() throws {
        let script = ".lang en\n.mode line\n\n# a comment\n.help lang\n.timer\n"
        let outcome = try KratProcess.run([], input: script)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == ".lang sq|en\n    Chooses the language (Albanian or English)\ntimer: off\n")
        #expect(!outcome.standardOutput.contains("krat>"))
    }

    @Test func pipedScriptStopsWithLineNumber() throws {
        let outcome = try KratProcess.run([], input: ".mode csv\n.tables\n.help\n")
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "Error: stdin:2: .tables needs an open database; start krat with a FILE or --demo\n")
        #expect(outcome.standardOutput == "")
    }

    @Test func aMissingDatabaseIsAClearErrorAndHelpIsComplete() throws {
        let outcome = try KratProcess.run(["no-such-county.sqlite", "-c", ".tables"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError ==
            "Error: krat: no-such-county.sqlite: no such database. Create one with `krat init no-such-county.sqlite --county NAME`.\n")
        let help = try KratProcess.run(["--help"], environment: ["COLUMNS": "80"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("krat init FILE --county NAME [--sample] [--share-pseudonyms-with KEYFILE]"))
        // At 80 columns every page of help fits, and no option is described twice.
        for arguments in [["--help"], ["open", "--help"], ["init", "--help"], ["merge", "--help"]] {
            let page = try KratProcess.run(arguments, environment: ["COLUMNS": "80"]).standardOutput
            #expect(page.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(arguments): \(page)")
            #expect(page.components(separatedBy: "--key-file").count <= 3, "\(arguments): \(page)")
        }
    }
}
