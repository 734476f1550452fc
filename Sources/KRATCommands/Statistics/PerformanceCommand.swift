import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// `performance YEAR YEAR`: the member institutions' performance in two years, side by
/// side, with the cases identified by each institution's kind.
public struct PerformanceCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `performance`.
    public var name: String { "performance" }
    /// One line for `.help`.
    public var summary: Label {
        Label(sq: "Performanca e institucioneve vit pas viti", en: "Institution performance year over year")
    }
    public var examples: [CommandExample] {
        [CommandExample("performance 2024 2025", Label(sq: "rastet dhe raportet e çdo institucioni këtë vit kundrejt vitit të kaluar", en: "each institution's cases and reports this year against last year"))]
    }
    /// How to call it.
    public var usage: String { "performance YEAR YEAR (e.g. performance 2023 2024)" }

    /// ``CaseStatistics/institutionPerformance(_:previousYear:currentYear:asOf:)`` for the
    /// earlier year against the later one, as of today.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys([], command: name)
        guard invocation.positionals.count == 2 else {
            throw .usage(command: name, problem: invocation.positionals.count < 2
                         ? "give two years to compare" : "give exactly two years", usage: usage)
        }
        guard let first = try invocation.year(positionalAt: 0, command: name, usage: usage),
              let second = try invocation.year(positionalAt: 1, command: name, usage: usage) else {
            throw .usage(command: name, problem: "give two years to compare", usage: usage)
        }
        guard first != second else {
            throw .usage(command: name, problem: "give two different years", usage: usage)
        }
        let (previous, current) = (min(first, second), max(first, second))
        let records = try OrganisationTables.records(database, years: previous...current, command: name)
        let table = try storage(name) { () throws(StorageError) in
            try CaseStatistics(database).institutionPerformance(records, previousYear: previous, currentYear: current,
                                                                asOf: database.today)
        }
        return CommandOutput(crosstab: Crosstab(table: table, down: "institution", across: "measure",
                                                cell: .change(previous: "previous", current: "current", change: "change")))
    }
}
