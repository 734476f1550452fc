import Foundation
import KRATCommands
import KRATCore
import KRATShell
import KRATStorage
import KRATTestSupport
import Testing

/// The case commands through the shell: a case worker records a case's process; analysts and
/// the public are refused every write; no personal value reaches an error or the analyst's tasks.
@Suite struct CaseProcessCommandTests {
    /// A Durrës database file made on the fixed test day, opened by `role` in a shell.
    final class County {
        let directory = TemporaryDirectory()
        var path: String { directory.path("durres.sqlite") }

        init() throws {
            _ = try KRATDatabase.create(at: path, scope: .county(.durres), user: "test", clock: TestDay.clock)
        }

        func shell(_ role: Role, prompter: (any Prompter)? = nil) throws -> Shell {
            let database = try KRATDatabase.open(at: path, role: role, user: "test", clock: TestDay.clock)
            var context = ShellContext(mode: .csv, language: .en, session: DatabaseSession(database: database))
            context.prompter = prompter
            let shell = Shell(context: context)
            try DomainCommands.install(into: shell)
            return shell
        }
    }

    /// Answers guided prompts from a list, recording what was shown.
    final class ScriptedPrompter: Prompter {
        var answers: [String]
        var shown: [String] = []
        var asked: [String] = []
        init(_ answers: [String]) { self.answers = answers }
        func ask(_ prompt: String, candidates: [String]) -> String? {
            asked.append(prompt)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
        func show(_ text: String) { shown.append(text) }
    }

    let newCase = "case new id=DU-1 identified_on=2025-10-15 identified_by=state_police sex=F status=VMT municipality=Shijak first_name=Arta phone=\"+355 69 111 2222\""

    @Test func aCaseWorkersDay() throws {
        let county = try County()
        let shell = try county.shell(.caseWorker)
        _ = DomainFixture.output(shell, newCase)
        #expect(DomainFixture.output(shell, "tasks").contains("case step DU-1 referral"))
        _ = DomainFixture.output(shell, "case step DU-1 referral on=2025-10-16")
        let tasks = DomainFixture.output(shell, "tasks case=DU-1")
        #expect(!tasks.contains("DU-1 referral") && tasks.contains("needs_assessment"))
        _ = DomainFixture.output(shell, "case status DU-1 VT on=2025-10-17")
        _ = DomainFixture.output(shell, "case edit DU-1 municipality=Durres phone=\"+355 69 333 4444\"")
        let history = DomainFixture.output(shell, "case history DU-1")
        #expect(history.contains("referral") && history.contains("VMT,VT") && history.contains("Shijak,Durrës"))
        #expect(!history.contains("Arta") && !history.contains("355"))
        _ = DomainFixture.output(shell, "case close DU-1 on=2025-10-18 reason=declined_services")
        #expect(DomainFixture.output(shell, "tasks within=3650").split(separator: "\n").count == 1)   // the header only
        _ = DomainFixture.output(shell, "case reopen DU-1 on=2025-10-19")
        _ = DomainFixture.output(shell, "case erase DU-1 reason=\"request of the person\"")
        _ = DomainFixture.output(shell, "settings sop referral=1")
        #expect(DomainFixture.output(shell, "settings sop").contains("referral,1,2"))
    }

    @Test func refusalsNameTheFieldAndNoPersonalValue() throws {
        let county = try County()
        let shell = try county.shell(.caseWorker)
        _ = DomainFixture.output(shell, newCase)
        let cases: [(String, String)] = [
            ("case step DU-1 referral on=2025-10-14", "on:"),
            ("case step DU-1 referral on=2025-10-30", "after today"),
            ("case step DU-1 shelter on=2025-10-16 provider=1", "provider:"),
            ("case status DU-1 VMT on=2025-10-16", "VT or not_victim"),
            ("case new id=DU-2 identified_on=2025-10-15 identified_by=ngo sex=F status=VMT municipality=Pogradec first_name=Arta personal_id=Z1", "municipality:"),
            ("case edit DU-1 personal_id=Z1", "personal_id:"),
            ("case new id=DU-1 identified_on=2025-10-15 identified_by=ngo sex=F status=VMT", "already exists"),
        ]
        for (line, expected) in cases {
            let error = DomainFixture.error(shell, line)
            #expect(error.contains(expected), "\(line): \(error)")
            #expect(!error.contains("Arta") && !error.contains("Z1") && !error.contains("Pogradec"), "\(error)")
        }
    }

    @Test func analystsAndThePublicAreRefusedEveryWrite() throws {
        let county = try County()
        _ = DomainFixture.output(try county.shell(.caseWorker), newCase)
        let writes = [newCase.replacingOccurrences(of: "DU-1", with: "DU-2"), "case new", "case step DU-1 referral on=2025-10-16",
                      "case status DU-1 VT on=2025-10-16", "case close DU-1 on=2025-10-16", "case reopen DU-1 on=2025-10-16",
                      "case review DU-1 on=2025-10-16", "case edit DU-1 sex=M", "case erase DU-1 reason=x", "settings sop referral=1"]
        for role in [Role.analyst, .public, .secretary] {
            let prompter = ScriptedPrompter(["DU-3"])
            let shell = try county.shell(role, prompter: prompter)
            for line in writes {
                let error = DomainFixture.error(shell, line)
                #expect(error.contains("not permitted") && !error.contains("Arta"), "\(role) \(line): \(error)")
            }
            #expect(prompter.asked.isEmpty, "\(role) was prompted")
        }
        // The analyst's tasks: counts by step, no case id, no day.
        let analyst = try county.shell(.analyst)
        let tasks = DomainFixture.output(analyst, "tasks")
        #expect(tasks.contains("Referral") && !tasks.contains("DU-1") && !tasks.contains("2025-10-17"), "\(tasks)")
        #expect(DomainFixture.error(try county.shell(.public), "tasks").contains("not permitted"))
    }

    @Test func guidedEntryAsksAgainAndSummarisesWithoutPersonalValues() throws {
        let county = try County()
        // id (proposed), a wrong day then a right one, kind, sex, status, municipality, then the rest empty, first name, yes.
        let prompter = ScriptedPrompter(["", "2025-13-40", "2025-10-15", "state_police", "F", "VMT", "Shijak",
                                         "", "", "", "", "", "Arta", "", "", "", "", "yes"])
        let shell = try county.shell(.caseWorker, prompter: prompter)
        let output = DomainFixture.output(shell, "case new")
        #expect(output.contains("DU-2025-0001"))
        #expect(prompter.shown.contains { $0.contains("identified_on: is not a day") })
        let summary = prompter.shown.joined(separator: "\n")
        #expect(summary.contains("first_name = (given)") && !summary.contains("Arta") && !summary.contains("2025-13-40"))
        let cancelled = ScriptedPrompter(["DU-X", "2025-10-15"])
        let again = try county.shell(.caseWorker, prompter: cancelled)
        #expect(DomainFixture.output(again, "case new").contains("Nothing was saved"))
        let database = try KRATDatabase.open(at: county.path, role: .caseWorker, user: "test", clock: TestDay.clock)
        #expect(try database.caseIDs(in: .durres) == ["DU-2025-0001"])
    }
}
