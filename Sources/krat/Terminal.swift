#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
