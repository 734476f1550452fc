import Foundation
import KRATCore

/// The shell without a terminal: it runs one entry at a time and returns the text to show.
///
/// An entry is a meta command (`.mode json`), an SQL statement (`SELECT …`, sent to the
/// open session) or a registered command (`stats trend by=year`). Front ends collect
/// lines with ``LineAccumulator``, pass each complete entry to ``execute(line:)``, print
/// ``ExecutionResult/output`` and the ``ExecutionResult/errorLine``, and go on.
public final class Shell {
    /// The settings and the open database.
    public let context: ShellContext
    /// The commands, built-in and the county's own.
    public var registry: CommandRegistry
    /// How deep `.read` may nest.
    public static let maximumReadDepth = 16

    var readDepth = 0

    /// Creates a shell.
    public init(context: ShellContext = ShellContext(), registry: CommandRegistry = CommandRegistry()) {
        self.context = context
        self.registry = registry
    }

    // MARK: - Running

    /// Runs one complete entry. Errors come back in the result; the shell stays usable.
    public func execute(line: String) -> ExecutionResult {
        let entry = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if entry.isEmpty { return ExecutionResult() }
        if entry.hasPrefix(".") {
            do { return try runMeta(entry) } catch { return ExecutionResult(error: error) }
        }
        if LineAccumulator.startsSQL(entry) {
            var accumulator = LineAccumulator()
            var statements = accumulator.add(entry)
            if accumulator.isContinuing { statements.append(accumulator.pendingText) }
            var result = ExecutionResult()
            for statement in statements {
                result.append(timed { () throws(ShellError) in try runSQL(statement) })
                if result.failed { break }
            }
            return result
        }
        return timed { () throws(ShellError) in try runCommand(entry) }
    }

    /// Runs the lines of a script in order, as `.read` does, stopping at the first error.
    ///
    /// - Parameter source: the name used in error messages (`FILE` in `FILE:LINE`).
    public func run(script: String, source: String) -> ExecutionResult {
        var accumulator = LineAccumulator()
        var result = ExecutionResult()
        var startLine = 1
        let lines = script.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, line) in lines.enumerated() {
            if !accumulator.isContinuing { startLine = index + 1 }
            for entry in accumulator.add(String(line)) {
                var step = execute(line: entry)
                if let error = step.error { step.error = .inScript(source: "\(source):\(startLine)", error: error) }
                result.append(step)
                if result.failed || result.shouldQuit { return result }
                startLine = index + 1
            }
        }
        if accumulator.isContinuing {
            result.error = .unterminatedStatement(source: "\(source):\(startLine)")
        }
        return result
    }

    /// Renders `output` in the current mode and sends it where output goes.
    ///
    /// - Parameter consumesOnce: whether this output uses up a `.once FILE`.
    public func deliver(_ output: CommandOutput, consumesOnce: Bool) throws(ShellError) -> String {
        let text = OutputRenderer(context: context).render(output.noting(context.session?.dataNotice))
        switch context.output {
        case .standardOutput:
            return text
        case .file:
            try context.output.write(text)
        case .once:
            guard consumesOnce else { return text }
            defer { context.resetOutput() }
            try context.output.write(text)
        }
        return ""
    }

    // MARK: - Private

    private func runSQL(_ statement: String) throws(ShellError) -> String {
        let session = try context.requireSession(for: "SQL")
        let table: ResultTable
        do { table = try session.runSQL(statement) } catch let error as ShellError {
            throw error
        } catch {
            throw .sql(message: String(describing: error))
        }
        return try deliver(CommandOutput(table: table), consumesOnce: true)
    }

    private func runCommand(_ entry: String) throws(ShellError) -> String {
        let invocation = try Invocation(parsing: entry)
        let command = try registry.lookup(invocation.commandWord)
        let output = try command.run(invocation, context: context)
        return try deliver(output, consumesOnce: true)
    }

    /// Runs `body`, turning its error into a result and adding the run time when the timer is on.
    private func timed(_ body: () throws(ShellError) -> String) -> ExecutionResult {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            var output = try body()
            if context.timerEnabled {
                let elapsed = clock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                output += String(format: "Run Time: real %.6f\n", seconds)
            }
            return ExecutionResult(output: output)
        } catch {
            return ExecutionResult(error: error)
        }
    }
}
