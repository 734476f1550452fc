import CReadline
import Foundation
import Glibc

/// GNU readline through its callback interface: prompts, history, Ctrl-C and Ctrl-D.
///
/// The callback interface lets the program wait in `poll`, so a Ctrl-C (which makes
/// `poll` return) abandons the line being typed and the program goes on.
@MainActor
final class LineEditor {
    /// What one call of ``readLine(prompt:)`` gave.
    enum Input: Equatable {
        /// A line the user entered.
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal closed.
        case endOfInput
    }

    /// The history file, or `nil` to keep no history.
    let historyPath: String?
    /// How many lines the history keeps.
    static let historyLimit: Int32 = 2000

    /// The input the line handler received, if any yet.
    static var received: Input?
    private var lastRemembered: String?

    /// Sets readline up for krat and loads the history.
    init(historyPath: String?) {
        self.historyPath = historyPath
        krat_rl_set_readline_name("krat")
        krat_rl_set_catch_signals(0)
        krat_rl_set_catch_sigwinch(0)
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath { _ = read_history(historyPath) }
    }

    // MARK: - Reading

    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> Input {
        _ = Signals.takeInterrupt()
        Self.received = nil
        rl_callback_handler_install(prompt, kratLineHandler)
        while true {
            if Signals.takeResize() { rl_resize_terminal() }
            if Signals.takeInterrupt() { return abandonLine() }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                rl_callback_handler_remove()
                return .endOfInput
            }
            rl_callback_read_char()
            if let input = Self.received { return input }
        }
    }

    // MARK: - History

    /// Adds a line to the history (blank lines, repeats of the last line and lines that state
    /// a purpose are left out).
    func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        // A stated purpose may name a person: the audit log keeps it sealed with the data key,
        // and the history file, plain text on disk, must not keep a copy.
        guard !line.lowercased().contains("purpose=") else { return }
        // A line that gives a person's data (`case new … first_name=…`, `case edit … phone=…`)
        // or an erasure's reason is not kept either.
        guard !Self.holdsPersonalValue(line) else { return }
        guard line != lastRemembered else { return }
        lastRemembered = line
        add_history(line)
    }

    /// The keys whose values are personal data or free text that may name a person (an erasure's
    /// `reason=` too: it states a person's request).
    static let personalKeys = ["birth_date=", "first_name=", "last_name=", "personal_id=", "phone=", "address=",
                               "notes="]

    /// Whether a line gives a value of a personal field (or free text that may name a person).
    static func holdsPersonalValue(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return personalKeys.contains { lowered.contains($0) } || (lowered.contains("erase") && lowered.contains("reason="))
    }

    /// Writes the history file, keeping the last ``historyLimit`` lines.
    func saveHistory() {
        guard let historyPath else { return }
        if write_history(historyPath) == 0 { _ = history_truncate_file(historyPath, Self.historyLimit) }
    }

    // MARK: - Private

    /// Forgets the line being typed after Ctrl-C and moves to a fresh line.
    private func abandonLine() -> Input {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        rl_callback_handler_remove()
        Terminal.write("\n", to: STDOUT_FILENO)
        return .interrupted
    }
}

// MARK: - C callback

/// Called by readline with the finished line (or nil for end of input).
private func kratLineHandler(_ pointer: UnsafeMutablePointer<CChar>?) {
    let input: LineEditor.Input
    if let pointer {
        input = .line(String(cString: pointer))
        free(pointer)
    } else {
        input = .endOfInput
    }
    MainActor.assumeIsolated { LineEditor.received = input }
    // Removing the handler stops readline from drawing the next prompt itself:
    // the loop installs it again with the right prompt after running the entry.
    rl_callback_handler_remove()
}
