import Foundation
import KRATCore
import KRATSampleData
import KRATShell
import KRATStorage

/// `generate cases N years=Y [seed=S]`: adds generated sample cases (case worker, sample databases only).
///
/// Only a database created for sample data takes them (`krat --demo`, `krat init … --sample`):
/// on a county's real database the command is refused before anything is written.
public struct GenerateCommand: ShellCommand {
    public init() {}
    public var name: String { "generate" }
    public var summary: Label {
        Label(sq: "Gjeneron raste shembull (vetëm në bazë shembull)", en: "Generate sample cases (sample databases only)")
    }
    public var examples: [CommandExample] {
        [CommandExample("generate cases 500 years=3 seed=7", Label(sq: "pesëqind raste të shpikura në tre vjet (vetëm në bazë shembull)", en: "five hundred invented cases over three years (sample databases only)"))]
    }
    public var usage: String { "generate cases N [years=10] [seed=1]" }
    public var subcommands: [String] { ["cases"] }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["years", "seed"], command: name)
        guard invocation.subcommand == "cases", invocation.positionals.count == 2,
              let count = Int(invocation.positionals[1]), (1...10_000_000).contains(count) else {
            throw .usage(command: name, problem: "give how many cases (1 to 10,000,000)", usage: usage)
        }
        let years = try invocation.integer("years", in: 1...100) ?? 10
        let seed = UInt64(try invocation.integer("seed") ?? Int(Date().timeIntervalSince1970))
        guard database.holdsSampleData else {
            throw StorageError.notSampleData(file: database.path ?? ":memory:").shell(name)
        }
        let progress = context.makeProgress(title: "generate", total: count)
        let summary = try storage(name) { () throws(StorageError) in
            try SampleCases.add(count, years: years, seed: seed, to: database) { done, _ in progress.update(done: done) }
        }
        progress.finish()
        return CommandOutput(message: "Generated \(summary.inserted) cases over \(years) years (seed \(seed)).")
    }
}
