import KRATCore
import KRATShell
import KRATStorage

/// `backup FILE`: an online copy of the database.
public struct BackupCommand: ShellCommand {
    public init() {}
    public var name: String { "backup" }
    public var summary: Label { Label(sq: "Kopje rezervë e bazës së të dhënave", en: "Back up the database to a file") }
    public var examples: [CommandExample] {
        [CommandExample("backup durres-2025-12-05.sqlite", Label(sq: "një kopje e plotë (punonjësi i rastit; e auditueshme; 0600)", en: "a consistent copy (case worker; audited; mode 0600)"))]
    }
    public var usage: String { "backup FILE" }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        guard invocation.positionals.count == 1 else { throw .usage(command: name, problem: "give one FILE", usage: usage) }
        let path = invocation.positionals[0]
        try storage(name) { () throws(StorageError) in try database.backup(to: path) }
        return CommandOutput(message: "Backed up to \(path). The key file is not in the backup: keep it apart.")
    }
}
