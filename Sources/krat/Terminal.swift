#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KRATShell

/// Writing to the process's standard streams without buffering, and asking whether they are terminals.
enum Terminal {
    /// Whether file descriptor `fd` is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Writes `text` to file descriptor `fd`, all of it.
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Prints a result: its output on standard output, its error line on standard error.
    static func show(_ result: ExecutionResult, errorPrefix: String = "") {
        if !result.output.isEmpty { write(result.output, to: STDOUT_FILENO) }
        if let error = result.error {
            write("Error: " + errorPrefix + error.description + "\n", to: STDERR_FILENO)
        }
    }
}

// MARK: - Size

extension Terminal {
    /// A terminal's size in character cells.
    struct Size: Equatable {
        /// Columns.
        var columns: Int
        /// Lines.
        var rows: Int
    }

    /// The size of the terminal on `fd` (TIOCGWINSZ), `$COLUMNS` and `$LINES` where it reports
    /// none; nil when `fd` is not a terminal.
    static func size(_ fd: Int32 = STDOUT_FILENO) -> Size? {
        guard isTerminal(fd) else { return nil }
        var window = winsize()
        let environment = ProcessInfo.processInfo.environment
        let reported = ioctl(fd, UInt(TIOCGWINSZ), &window) == 0
        let columns = reported && window.ws_col > 0 ? Int(window.ws_col) : environment["COLUMNS"].flatMap { Int($0) }
        let rows = reported && window.ws_row > 0 ? Int(window.ws_row) : environment["LINES"].flatMap { Int($0) }
        guard let columns, columns > 0 else { return nil }
        return Size(columns: columns, rows: rows ?? 24)
    }
}
