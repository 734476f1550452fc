import KRATCommands
import KRATShell
import KRATTestSupport
import Testing

/// `.help COMMAND` gives a worked example for every command, and each example calls that
/// command with keys it knows.
@Suite struct CommandExampleTests {
    @Test func everyCommandHasExamplesThatCallIt() throws {
        for command in DomainCommands.all() {
            #expect(!command.examples.isEmpty, "\(command.name) has no example")
            for example in command.examples {
                let invocation = try Invocation(parsing: example.line)
                #expect(invocation.commandWord == command.name, "\(example.line)")
            }
        }
    }

    @Test func readingExamplesRunOnACountyDatabase() throws {
        let (shell, _) = try DomainFixture.shell(role: .analyst)
        let reading = ["stats compare", "stats trend by=year split=status", "stats breakdown by=sex,age_band period=2024",
                       "stats flow 2024", "committee", "decisions open", "institutions kind=ngo", "meetings 2025",
                       "indicators 2025", "performance 2024 2025", "plan 2025"]
        for line in reading {
            #expect(DomainCommands.all().contains { command in command.examples.contains { $0.line == line } }, "\(line)")
            _ = DomainFixture.output(shell, line)
        }
    }
}
