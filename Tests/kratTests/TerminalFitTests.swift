import Foundation
import KRATTestSupport
import Testing

/// krat on a terminal of 80 columns: the first screen, and wide tables fitted to the width.
@Suite(.serialized) struct TerminalFitTests {
    /// The lines the person sees: the screen split at line ends and carriage returns (a progress
    /// bar redraws its line), without the escape that clears the rest of a line.
    static func screenLines(_ screen: String) -> [String] {
        screen.replacingOccurrences(of: "\u{1B}[K", with: "")
            .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.map(String.init)
    }

    @Test func wideTablesFitEightyColumnsAndTheFirstScreenSaysWhatIsOpen() throws {
        let folder = TemporaryDirectory("krat-terminal-fit")
        let arguments = ["--demo", "--lang", "en"]
        // The demo is the same on the same day: its newest five cases, read through a pipe.
        let listing = try KratProcess.run(arguments + ["-c", ".mode csv", "-c", "cases limit=5"])
        #expect(listing.status == 0, "\(listing.standardError)")
        let ids = listing.standardOutput.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first }
        #expect(ids.count == 5)
        // Through a pipe the table keeps its full width, as scripts read it.
        let piped = try KratProcess.run(arguments + ["-c", "cases limit=5"]).standardOutput
        #expect(piped.split(separator: "\n").contains { $0.count > 80 })
        #expect(!piped.contains("Enter .help"))

        let terminal = try PseudoTerminalTests.Terminal(historyPath: folder.path("history"), arguments: arguments,
                                                        environment: ["PAGER": "cat"], columns: 80)
        #expect(terminal.wait(seconds: 60) { _ in terminal.prompts() >= 1 }, "no first prompt; screen: \(terminal.screen)")
        let first = terminal.screen
        #expect(first.contains("krat ") && first.contains("analyst on Durrës"), "first screen: \(first)")
        #expect(first.contains("SAMPLE DATA") && first.contains("Enter .help"), "first screen: \(first)")
        #expect(first.contains("Data as of \(TestDay.today)"), "first screen: \(first)")

        for (index, line) in ["cases limit=5", "indicators", "performance 2024 2025", ".help"].enumerated() {
            terminal.type(line + "\r")
            #expect(terminal.wait(seconds: 30) { _ in terminal.prompts() >= index + 2 }, "\(line): screen: \(terminal.screen)")
        }
        terminal.type(".quit\r")
        terminal.wait(seconds: 5) { _ in !terminal.process.isRunning }

        let lines = Self.screenLines(terminal.screen)
        if let path = ProcessInfo.processInfo.environment["KRAT_SCREEN_DUMP"] {
            try? terminal.screen.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let wide = lines.filter { $0.count > 80 }
        #expect(wide.isEmpty, "lines over 80 columns: \(wide)")
        for id in ids { #expect(terminal.screen.contains(String(id)), "case \(id) not on the screen") }
        #expect(terminal.screen.contains("Institution"))        // performance, institutions down
        #expect(terminal.screen.contains(".expanded auto|on|off"))   // .help, narrowed
        #expect(!terminal.screen.contains("Error"), "screen: \(terminal.screen)")
    }
}
