import KRATCore
import KRATShell
import KRATStorage

/// `check`: SQLite's integrity check and the aggregates against the cases.
public struct CheckCommand: ShellCommand {
    public init() {}
    public var name: String { "check" }
    public var summary: Label { Label(sq: "Kontrollon integritetin e skedarit", en: "Check the file's integrity") }
    public var usage: String { "check" }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        let problems = try storage(name) { () throws(StorageError) in try database.integrityCheck() }
        if problems.isEmpty { return CommandOutput(message: "ok: the file is sound and the aggregates equal the cases") }
        throw .failed(command: name, reason: problems.joined(separator: "; "))
    }
}
