import Foundation
import Glibc
import KRATShell

/// The interactive session: prompt, read, run, print, until `.quit` or Ctrl-D.
@MainActor
struct InteractiveLoop {
    /// The primary prompt.
    static let prompt = "krat> "
    /// The prompt while an SQL statement continues.
    static let continuationPrompt = "   ...> "

    /// The shell that runs the entries.
    let shell: Shell

    /// The history file: `$KRAT_HISTORY`, else `~/.krat_history` (no history when empty).
    static var historyPath: String? {
        if let path = ProcessInfo.processInfo.environment["KRAT_HISTORY"] { return path.isEmpty ? nil : path }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".krat_history")
    }

    /// Runs until the user leaves; returns the exit status.
    func run() -> Int32 {
        let editor = LineEditor(historyPath: Self.historyPath)
        shell.context.prompter = ReadlinePrompter(editor: editor)
        defer { shell.context.prompter = nil }
        CompletionBridge.install(shell)
        Signals.install()
        var accumulator = LineAccumulator()
        defer { editor.saveHistory() }
        while true {
            let prompt = accumulator.isContinuing ? Self.continuationPrompt : Self.prompt
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                return 0   // readline has already moved to a new line
            case .interrupted:
                accumulator.reset()
            case .line(let line):
                editor.remember(line)
                for entry in accumulator.add(line) {
                    let size = Terminal.size()
                    shell.context.terminalWidth = size?.columns
                    let result = shell.execute(line: entry)
                    show(result, rows: size?.rows)
                    if result.shouldQuit { return 0 }
                }
            }
        }
    }

    /// Prints a result, its output through the pager when it is longer than the screen.
    private func show(_ result: ExecutionResult, rows: Int?) {
        guard shell.context.pagerEnabled, let rows, Pager.isLong(result.output, rows: rows),
              Pager.show(result.output) else {
            Terminal.show(result)
            return
        }
        var rest = result
        rest.output = ""
        Terminal.show(rest)
    }
}
