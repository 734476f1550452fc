import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// `indicators [YEAR]`: the monitoring indicators of the year's action plan against their
/// baseline and target, as of today (or the end of the year when it is past).
public struct IndicatorsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `indicators`.
    public var name: String { "indicators" }
    /// One line for `.help`.
    public var summary: Label {
        Label(sq: "Ecuria e treguesve të planit të veprimit", en: "Indicator progress of the action plan")
    }
    public var examples: [CommandExample] {
        [CommandExample("indicators 2025", Label(sq: "sa larg është çdo tregues nga objektivi", en: "how far each indicator is from its target, on track or not"))]
    }
    /// How to call it.
    public var usage: String { "indicators [YEAR]" }

    /// ``IndicatorProgress`` for the plan of the year, from its start (approval) day.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys([], command: name)
        try invocation.requirePositionals(atMost: 1, command: name, usage: usage)
        let year = try OrganisationTables.planYear(try invocation.year(positionalAt: 0, command: name, usage: usage),
                                                   database: database, command: name)
        guard let plan = try storage(name, { () throws(StorageError) in try database.actionPlan(year: year) })?.plan else {
            throw .failed(command: name, reason: "there is no action plan for \(year)")
        }
        let records = try OrganisationTables.records(database, years: year...year, command: name)
        let asOf = Self.asOf(year: year, today: database.today)
        var table = IndicatorProgress.table(records, asOf: asOf, start: plan.startDay)
        table.title = Label(sq: "Plani \(year): \(table.title.sq)", en: "Plan \(year): \(table.title.en)")
        return CommandOutput(table: table)
    }

    /// Today, or the last day of `year` when that year is past.
    static func asOf(year: Int, today: Day) -> Day {
        year < today.year ? Period.year(year).end : today
    }
}
