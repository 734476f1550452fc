import Glibc
import KRATShell

/// Runs commands without a terminal: the `-c` commands, or standard input line by line.
///
/// Both stop at the first error, print it as one line on standard error and give a
/// non-zero exit status, so a script can rely on `set -e`.
struct ScriptRunner {
    /// The shell that runs the entries.
    let shell: Shell

    /// Runs each `-c` command in order; returns the exit status.
    func run(commands: [String]) -> Int32 {
        for command in commands {
            let result = shell.execute(line: command)
            Terminal.show(result)
            if result.failed { return 1 }
            if result.shouldQuit { return 0 }
        }
        return 0
    }

    /// Reads standard input line by line, with no prompt; returns the exit status.
    func runStandardInput() -> Int32 {
        var accumulator = LineAccumulator()
        var lineNumber = 0
        var startLine = 1
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if !accumulator.isContinuing { startLine = lineNumber }
            for entry in accumulator.add(line) {
                let result = shell.execute(line: entry)
                Terminal.show(result, errorPrefix: "stdin:\(startLine): ")
                if result.failed { return 1 }
                if result.shouldQuit { return 0 }
                startLine = lineNumber
            }
        }
        if accumulator.isContinuing {
            Terminal.show(ExecutionResult(error: .unterminatedStatement(source: "stdin:\(startLine)")))
            return 1
        }
        return 0
    }
}
