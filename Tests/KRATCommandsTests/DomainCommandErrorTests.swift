import Foundation
import KRATCore
import KRATCommands
import KRATShell
import KRATTestSupport
import Testing

/// Completion of the statistics and organisation commands, and their one-line errors.
@Suite struct DomainCommandErrorTests {
    func candidates(_ shell: Shell, _ line: String) -> [String] {
        shell.completions(line: line, cursor: line.count).candidates
    }

    @Test func subcommandsAndValuesComplete() throws {
        let (shell, _) = try DomainFixture.shell()
        #expect(candidates(shell, "stats ") == ["compare", "trend", "breakdown", "flow"])
        #expect(candidates(shell, "stats tr") == ["trend"])
        #expect(candidates(shell, "calendar ") == ["compliance", "add", "notice", "move", "cancel", "report"])
        #expect(candidates(shell, "calendar co") == ["compliance"])
        #expect(candidates(shell, "decisions ") == ["open"])
        #expect(candidates(shell, "stats trend by=") == ["year", "quarter", "month"])
        #expect(candidates(shell, "stats trend split=ag") == ["age_band"])
        #expect(candidates(shell, "stats breakdown by=") == CaseDimension.codes)
        #expect(candidates(shell, "stats breakdown by=sex,st") == ["status", "street_situation"])
        #expect(candidates(shell, "stats compare by=identified_by status=") == CaseStatus.codes)
        #expect(candidates(shell, "stats trend sp") == ["split="])
        #expect(!candidates(shell, "stats compare 2024 by=sex ").contains("by="))
        #expect(candidates(shell, "institutions kind=state") == ["state_police", "state_social_service"])
        #expect(candidates(shell, "perf") == ["performance"])
    }

    @Test func badArgumentsAreOneClearLine() throws {
        let (shell, _) = try DomainFixture.shell()
        let cases: [(String, String)] = [
            ("stats compare 2024 by=colour", "by=colour is not valid; expected one of county, municipality, status"),
            ("stats compare 2024-13", "'2024-13' is not a period such as 2023, 2023-Q4"),
            ("stats compare 2024 period=2023", "give the period once"),
            ("stats trend by=week", "by=week is not valid; expected year, quarter or month"),
            ("stats trend split=colour", "split=colour is not valid"),
            ("stats trend period=last-year", "period=last-year is not valid; expected a period such as 2023"),
            ("stats breakdown", "say what to break down by, e.g. by=sex"),
            ("stats breakdown by=sex,sex", "one dimension or two different ones"),
            ("stats breakdown by=sex,status,county", "one dimension or two different ones"),
            ("stats", "say which statistics: compare, trend, breakdown or flow"),
            ("stats median", "unknown subcommand 'median'"),
            ("stats compare colour=red", "stats compare has no argument 'colour'"),
            ("stats compare status=XX", "status=XX is not valid: unknown code 'XX'; expected one of VMT, VT, not_victim"),
            ("stats compare 2024 age_band=0-4", "'0-4' is not one of this county's age bands; expected one of 0-5, 6-11, 12-17, 18+"),
            ("stats compare 2024 age_band=18-99", "expected one of 0-5, 6-11, 12-17, 18+"),
            ("stats breakdown by=sex municipality=Shijak", "'Shijak' is not a municipality of this database"),
            ("cases municipality=Atlantis", "municipality=Atlantis is not valid: unknown municipality 'Atlantis'"),
            ("export calendar 2024-13 never.json", "period=2024-13 is not valid: '2024-13' is not a period; write 2023"),
            ("export bundle 2024-13 never.tar", "period=2024-13 is not valid: '2024-13' is not a period; write 2023"),
            ("performance 2023", "performance: give two years to compare; usage: performance YEAR YEAR"),
            ("performance 2023 2023", "give two different years"),
            ("performance 2023 soon", "'soon' is not a year such as 2023"),
            ("plan 1990", "there is no action plan for 1990; plans exist for"),
            ("indicators next", "'next' is not a year"),
            ("calendar compliance 2024-Q5", "is not a period"),
            ("decisions", "decisions: say which decisions: open"),
            ("decisions open on=yesterday", "on=yesterday is not valid; expected a day written YYYY-MM-DD"),
            ("institutions kind=bakery", "kind=bakery is not valid; expected one of prefecture"),
            ("meetings 2024 2025", "too many words after '2024'"),
        ]
        for (line, expected) in cases {
            let message = DomainFixture.error(shell, line)
            #expect(message.hasPrefix("Error: ") && message.contains(expected), "\(line) → \(message)")
            #expect(!message.contains("\n"), "\(line)")
            #expect(!message.contains("expected unknown") && !message.contains("expected '"), "\(line) → \(message)")
        }
        // The shell goes on after an error.
        #expect(!DomainFixture.output(shell, "stats trend").isEmpty)
    }

    @Test func commandsNeedAnOpenDatabase() throws {
        let shell = Shell()
        try DomainCommands.install(into: shell)
        for line in ["stats compare", "plan", "committee"] {
            let result = shell.execute(line: line)
            #expect(result.errorLine?.contains("needs an open database") == true, "\(line)")
        }
    }

    @Test func helpListsEachFormOfAUsageOnItsOwnRow() throws {
        let shell = Shell()
        try DomainCommands.install(into: shell)
        shell.context.mode = .json
        let text = DomainFixture.output(shell, ".help")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
        let commands = rows.compactMap { $0["command"] }
        // Each form of a command is a row of its own, the summary beside the first.
        #expect(commands.contains("export htcds FILE.csv [filters] [period=P]"))
        #expect(commands.contains("stats flow [PERIOD] [filters]"))
        #expect(commands.contains("calendar compliance [PERIOD]"))
        #expect(rows.first { $0["command"]?.hasPrefix("stats compare") == true }?["summary"]?.isEmpty == false)
        #expect(rows.first { $0["command"] == "stats flow [PERIOD] [filters]" }?["summary"] == "")
        #expect(!commands.contains { $0.contains("\n") || $0.contains(" | ") || $0.hasPrefix(" ") })
        // The table is as wide as its longest form, not as all the forms of `export` put end to end.
        shell.context.mode = .table
        let widest = DomainFixture.output(shell, ".help").split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest < 240, "the .help table is \(widest) columns wide")
    }

    @Test func helpListsTheNewCommands() throws {
        let (shell, _) = try DomainFixture.shell()
        let help = DomainFixture.output(shell, ".help")
        for name in ["stats", "plan", "indicators", "performance", "calendar", "meetings", "decisions", "institutions", "committee"] {
            #expect(help.contains(name), "\(name)")
        }
    }
}
