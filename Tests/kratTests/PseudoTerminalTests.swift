import Foundation
import KRATTestSupport
import Glibc
import Testing

/// krat on a pseudo-terminal: readline's history recall, tab completion and Ctrl-C.
@Suite(.serialized) struct PseudoTerminalTests {
    /// glibc's pseudo-terminal functions, which Swift's Glibc module hides behind _XOPEN_SOURCE.
    enum PTY {
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

        static func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
            return unsafeBitCast(pointer, to: type)
        }

        static func grantpt(_ fd: Int32) -> Int32 { symbol("grantpt", as: IntFunction.self)?(fd) ?? -1 }
        static func unlockpt(_ fd: Int32) -> Int32 { symbol("unlockpt", as: IntFunction.self)?(fd) ?? -1 }
        static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { symbol("ptsname", as: NameFunction.self)?(fd) }
    }

    /// A pseudo-terminal with krat on its far side; reads the screen by polling with a deadline.
    final class Terminal {
        let master: Int32
        let process = Process()
        var screen = ""

        init(historyPath: String, arguments: [String] = [], environment extra: [String: String] = [:],
             columns: UInt16 = 100, rows: UInt16 = 24) throws {
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0, let name = PTY.ptsname(master) else {
                throw POSIXError(.ENODEV)
            }
            var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
            let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
            guard slave >= 0 else { throw POSIXError(.ENODEV) }
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
            process.executableURL = try KratProcess.executable()
            var environment = ProcessInfo.processInfo.environment
            environment["KRAT_HISTORY"] = historyPath
            environment["TERM"] = "dumb"
            environment["INPUTRC"] = "/dev/null"
            environment["PAGER"] = "cat"   // long output is paged; cat pages without waiting for keys
            environment["KRAT_TODAY"] = TestDay.today.description
            environment.merge(extra) { _, new in new }
            process.environment = environment
            process.arguments = arguments
            process.standardInput = handle
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
        }

        deinit {
            if process.isRunning { process.terminate() }
            close(master)
        }

        func type(_ text: String) {
            _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }

        /// Reads until `predicate` holds for the screen read so far, or `seconds` pass.
        @discardableResult
        func wait(seconds: Double = 10, until predicate: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !predicate(screen) {
                let left = deadline.timeIntervalSinceNow
                if left <= 0 { return false }
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, Int32(min(left, 0.2) * 1000)) > 0 else { continue }
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { return predicate(screen) }
                screen += String(decoding: buffer[0..<count], as: UTF8.self)
            }
            return true
        }

        func prompts() -> Int { screen.components(separatedBy: "krat> ").count - 1 }
    }

    @Test func historyRecallTabCompletionAndCtrlC() throws {
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("krat-history-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: history) }
        let terminal = try Terminal(historyPath: history)

        #expect(terminal.wait { _ in terminal.prompts() >= 1 }, "no first prompt; screen: \(terminal.screen)")
        terminal.type(".mode csv\r")
        #expect(terminal.wait { _ in terminal.prompts() >= 2 }, "no second prompt; screen: \(terminal.screen)")

        // Up-arrow recalls the last line; Enter runs it again.
        let beforeRecall = terminal.screen.count
        terminal.type("\u{1B}[A")
        #expect(terminal.wait { String($0.dropFirst(beforeRecall)).contains(".mode csv") },
                "Up did not recall '.mode csv'; screen: \(terminal.screen)")
        terminal.type("\r")
        #expect(terminal.wait { _ in terminal.prompts() >= 3 })

        // TAB completes `.hel` to `.help`, which then lists the commands as CSV.
        terminal.type(".hel\t")
        #expect(terminal.wait { $0.hasSuffix(".help ") || $0.contains(".help ") },
                "TAB did not complete .hel; screen: \(terminal.screen)")
        terminal.type("\r")
        #expect(terminal.wait { $0.contains("command,summary") && terminal.prompts() >= 4 },
                "help did not run; screen: \(terminal.screen)")

        // Ctrl-C (SIGINT) abandons the half-typed line and the program goes on.
        terminal.type("bogus")
        #expect(terminal.wait { $0.hasSuffix("bogus") })
        terminal.process.interrupt()
        #expect(terminal.wait { _ in terminal.prompts() >= 5 }, "no prompt after Ctrl-C; screen: \(terminal.screen)")
        terminal.type(".timer\r")
        #expect(terminal.wait { $0.contains("timer: off") && terminal.prompts() >= 6 }, "screen: \(terminal.screen)")
        #expect(!terminal.screen.contains("unknown command"))

        // A line that states a purpose (it may name a person) runs, but is kept out of the history.
        terminal.type("case show K-1 purpose=\"HISTMARK read Arta Hoxha's file\"\r")
        #expect(terminal.wait { _ in terminal.prompts() >= 7 }, "screen: \(terminal.screen)")

        // Ctrl-D leaves (typed once the prompt shows, as a person would), and the history is saved.
        terminal.type("\u{04}")
        let deadline = Date().addingTimeInterval(10)
        while terminal.process.isRunning, Date() < deadline { terminal.wait(seconds: 0.2) { _ in false } }
        #expect(!terminal.process.isRunning)
        #expect(terminal.process.terminationStatus == 0)
        let saved = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
        #expect(saved.contains(".mode csv") && saved.contains(".help"), "history file: \(saved)")
        #expect(!saved.contains("HISTMARK"), "history file: \(saved)")
    }

    /// Guided `meeting new`: one prompt per field, a wrong day asked again, the summary, then stored.
    @Test func guidedMeetingNew() throws {
        let folder = TemporaryDirectory("krat-guided-meeting")
        let file = folder.path("durres.sqlite")
        #expect(try KratProcess.run(["init", file, "--county", "Durrës"]).status == 0)
        let members = try KratProcess.run([file, "--role", "secretary",
                                           "-c", "member join Prefektura committee=technical_table role=chair on=2025-01-15",
                                           "-c", "member join Policisë committee=technical_table on=2025-01-15"])
        #expect(members.status == 0, "\(members.standardError)")
        let terminal = try Terminal(historyPath: folder.path("history"),
                                    arguments: [file, "--role", "secretary", "--lang", "en"],
                                    environment: ["KRAT_TODAY": TestDay.today.description])
        #expect(terminal.wait { _ in terminal.prompts() >= 1 }, "no first prompt; screen: \(terminal.screen)")
        terminal.type("meeting new\r")
        let answers: [(prompt: String, answer: String)] = [
            ("Date (YYYY-MM-DD) (required): ", "2025-13-40"),
            ("date: write the day as YYYY-MM-DD", "2025-10-07"),
            ("Kind (required): ", "technical_table"),
            ("Committee (empty: by kind): ", ""),
            ("Place: ", "Prefektura"),
            ("Chair (required): ", "Arben Gjoka"),
            ("Attendees (INSTITUTION:NAME:FUNCTION; …): ", "Prefektura:Arben Gjoka:Sekretar;Policisë:Mira Leka"),
            ("Agenda (item; …): ", "Kalendari i tetorit"),
            ("Save it? (yes/no): ", "yes"),
        ]
        for (prompt, answer) in answers {
            #expect(terminal.wait { $0.contains(prompt) }, "no '\(prompt)'; screen: \(terminal.screen)")
            let seen = terminal.screen.count
            terminal.type(answer + "\r")
            terminal.wait(seconds: 0.3) { String($0.dropFirst(seen)).contains("\n") }
        }
        #expect(terminal.wait { $0.contains("Stored meeting 1 of 2025-10-07.") }, "screen: \(terminal.screen)")
        #expect(terminal.screen.contains("attendees = Prefektura:Arben Gjoka:Sekretar;Policisë:Mira Leka"))
        #expect(terminal.wait { _ in terminal.prompts() >= 2 }, "screen: \(terminal.screen)")
        terminal.type("\u{04}")
        let deadline = Date().addingTimeInterval(10)
        while terminal.process.isRunning, Date() < deadline { terminal.wait(seconds: 0.2) { _ in false } }

        let listed = try KratProcess.run([file, "--mode", "json", "-c", "meetings 2025"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?.int("attendees") == 2 && rows.first?.string("chair") == "Arben Gjoka")
    }
}
