import Foundation
import Glibc

/// Long output on a terminal through a pager, as psql does: `$PAGER`, else `less -FRSX`.
///
/// Only the interactive loop pages, and only output with more lines than the screen; scripts,
/// pipes and `-c` never do. `.pager off` turns it off for the session.
enum Pager {
    /// The pager's command line: `$PAGER` when set and not empty, else `less -FRSX` (quit if
    /// one screen, raw colours, chop long lines, keep the screen).
    static var command: String {
        let pager = ProcessInfo.processInfo.environment["PAGER"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return pager.isEmpty ? "less -FRSX" : pager
    }

    /// Whether `text` is longer than a screen of `rows` lines (one kept for the prompt).
    static func isLong(_ text: String, rows: Int) -> Bool {
        var lines = 0
        for character in text.utf8 where character == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }

    /// Shows `text` through the pager and waits for it to end; false when the pager could not
    /// be started (the caller then prints the text itself).
    static func show(_ text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        // A pager left before the end closes the pipe: the write fails instead of killing krat.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        Terminal.write(text, to: pipe.fileHandleForWriting.fileDescriptor)
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus != 127
    }
}
