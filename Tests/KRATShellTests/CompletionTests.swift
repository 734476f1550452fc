import Testing
@testable import KRATShell

@Suite struct CompletionTests {
    func candidates(_ shell: Shell, _ line: String) -> [String] {
        shell.completions(line: line, cursor: line.count).candidates
    }

    @Test func commandsAndMetaCommandsAtTheStart() throws {
        let shell = try makeTestShell()
        #expect(candidates(shell, "st") == ["stats"])
        #expect(candidates(shell, ".mo") == [".mode"])
        #expect(candidates(shell, ".he") == [".help", ".headers"])
        #expect(candidates(shell, "sel") == ["select"])
        #expect(candidates(shell, "").contains("hello"))
        #expect(candidates(shell, "").contains(".quit"))
    }

    @Test func metaCommandArguments() throws {
        let shell = try makeTestShell()
        #expect(candidates(shell, ".mode j") == ["json"])
        #expect(candidates(shell, ".timer o") == ["on", "off"])
        #expect(candidates(shell, ".help he") == ["hello"])
        #expect(shell.completions(line: ".read sc", cursor: 8).completesFilePath)
    }

    @Test func subcommandsFilterKeysAndValues() throws {
        let shell = try makeTestShell()
        shell.context.completionVocabulary.add(values: ["vt", "vmt", "not_victim"], for: "status")
        shell.context.completionVocabulary.add(values: ["sex", "age_band", "status"], for: "by")
        #expect(candidates(shell, "stats t") == ["trend"])
        #expect(candidates(shell, "stats ") == ["compare", "trend", "breakdown"])
        #expect(candidates(shell, "stats trend st") == ["status=", "street_situation="])
        #expect(candidates(shell, "stats trend status=vt st") == ["street_situation="])
        #expect(candidates(shell, "stats trend status=v") == ["vt", "vmt"])
        #expect(candidates(shell, "stats trend by=sex,a") == ["age_band"])
        #expect(!shell.completions(line: "stats trend pe", cursor: 14).appendsSpace)
        #expect(candidates(shell, "nothing ") == [])
    }

    @Test func cursorInTheMiddleUsesTheTextBeforeIt() throws {
        let shell = try makeTestShell()
        #expect(shell.completions(line: ".mode js and more", cursor: 8).candidates == ["json"])
    }

    @Test func tableNamesAfterFromAndJoin() throws {
        let shell = try makeTestShell(session: RecordingSession())
        #expect(candidates(shell, "SELECT * FROM ca") == ["cases", "case_status"])
        #expect(candidates(shell, "select * from cases c join me") == ["meetings"])
        #expect(candidates(shell, "SELECT co") == [])
    }
}
