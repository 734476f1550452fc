import Foundation
import KRATTestSupport
import Testing

/// A case's whole process through `krat -c`, and a guided `case new` on a pseudo-terminal.
@Suite(.serialized) struct CaseProcessEndToEndTests {
    func krat(_ path: String, _ lines: [String], role: String = "case-worker") throws -> KratProcess.Outcome {
        try KratProcess.run([path, "--role", role, "--lang", "en", "--mode", "csv"] + lines.flatMap { ["-c", $0] })
    }

    @Test func identificationToClosureGuidedByTasks() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("durres.sqlite")
        let created = try KratProcess.run(["init", path, "--county", "Durrës"])
        #expect(created.status == 0, "\(created.standardError)")
        let entry = try krat(path, ["case new id=DU-1 identified_on=2025-09-01 identified_by=state_police sex=F status=VMT municipality=Shijak first_name=Arta"])
        #expect(entry.status == 0, "\(entry.standardError)")

        let path_: [(line: String, due: String)] = [
            ("case step DU-1 referral on=2025-09-02 provider=\"Shërbimit Social\"", "case step DU-1 referral"),
            ("case step DU-1 needs_assessment on=2025-09-04", "case step DU-1 needs_assessment"),
            ("case step DU-1 emergency_centre on=2025-09-05", "case step DU-1 emergency_centre"),
            ("case status DU-1 VT on=2025-09-20", "case status DU-1 VT|not_victim"),
            ("case step DU-1 reintegration on=2025-10-01", "case step DU-1 reintegration"),
            ("case close DU-1 on=2025-10-15 reason=reintegrated", "case close DU-1"),
        ]
        for step in path_ {
            let before = try krat(path, ["tasks case=DU-1 within=3650"])
            #expect(before.standardOutput.contains(step.due), "before \(step.line): \(before.standardOutput)")
            let done = try krat(path, [step.line])
            #expect(done.status == 0, "\(step.line): \(done.standardError)")
            let after = try krat(path, ["tasks case=DU-1 within=3650"])
            #expect(!after.standardOutput.contains(step.due), "after \(step.line): \(after.standardOutput)")
        }
        let history = try krat(path, ["case history DU-1"]).standardOutput
        for change in ["referral", "needs_assessment", "emergency_centre", "VMT,VT", "reintegration", "closure", "closure_reason"] {
            #expect(history.contains(change), "\(change) missing: \(history)")
        }
        #expect(!history.contains("Arta"))
        let flow = try krat(path, ["stats flow 2025"], role: "analyst")
        #expect(flow.status == 0, "\(flow.standardError)")
        for row in ["identified,1", "vmt_became_vt,1", "referred,1", "served,1", "open_at_end,0"] {
            #expect(flow.standardOutput.contains(row), "\(row): \(flow.standardOutput)")
        }
        // A refused step stores nothing and names its field.
        let refused = try krat(path, ["case step DU-1 shelter on=2025-10-16"])
        #expect(refused.status == 1 && refused.standardError.contains("reopen it first"), "\(refused.standardError)")
    }

    @Test func guidedCaseNewOnATerminal() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("durres.sqlite")
        #expect(try KratProcess.run(["init", path, "--county", "Durrës"]).status == 0)
        let history = directory.path("history")
        let terminal = try PseudoTerminalTests.Terminal(historyPath: history, arguments: [path, "--role", "case-worker", "--lang", "en"])
        #expect(terminal.wait { _ in terminal.prompts() >= 1 }, "no first prompt; screen: \(terminal.screen)")
        var seen = terminal.screen.count
        func answer(_ prompt: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let ok = terminal.wait { String($0.dropFirst(seen)).contains(prompt) }
            #expect(ok, "no prompt '\(prompt)'; screen: \(terminal.screen)", sourceLocation: sourceLocation)
            seen = terminal.screen.count
            terminal.type(text + "\r")
        }
        terminal.type("case new\r")
        answer("Case id", "")
        answer("Identified on", "2025-13-01")
        answer("identified_on: is not a day", "2025-10-15")   // asked again at the same prompt
        answer("Identified by", "state_police")
        answer("Sex", "F")
        answer("Status", "VMT")
        answer("Municipality", "Shijak")
        for prompt in ["Citizenship", "Exploitation", "Transnational", "Street situation", "Birth date"] { answer(prompt, "") }
        answer("First name", "HISTNAME")
        for prompt in ["Last name", "Personal ID", "Phone", "Address"] { answer(prompt, "") }
        answer("Save it?", "yes")
        #expect(terminal.wait { String($0.dropFirst(seen)).contains("Case recorded") }, "screen: \(terminal.screen)")
        #expect(terminal.screen.contains("first_name = (given)"))
        terminal.type("case new id=DU-9 identified_on=2025-10-15 identified_by=ngo sex=F status=VMT last_name=HISTLAST\r")
        #expect(terminal.wait { $0.contains("DU-9") && terminal.prompts() >= 3 }, "screen: \(terminal.screen)")
        terminal.type("\u{04}")
        let deadline = Date().addingTimeInterval(10)
        while terminal.process.isRunning, Date() < deadline { terminal.wait(seconds: 0.2) { _ in false } }
        #expect(!terminal.process.isRunning)
        let saved = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
        #expect(saved.contains("case new"), "history file: \(saved)")
        #expect(!saved.contains("HISTNAME") && !saved.contains("HISTLAST"), "history file: \(saved)")
        let tasks = try krat(path, ["tasks"])
        #expect(tasks.standardOutput.contains("DU-2025-0001") && tasks.standardOutput.contains("DU-9"), "\(tasks.standardOutput)")
    }
}
