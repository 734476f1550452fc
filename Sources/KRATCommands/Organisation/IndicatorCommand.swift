import KRATCore
import KRATShell
import KRATStorage

/// `indicator add OBJECTIVE name=… unit=… baseline=N target=N better=higher|lower [by=DATE]
/// [accumulation=cumulative|level]`: a monitoring indicator (*tregues monitorimi*) of an objective.
public struct IndicatorCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `indicator`.
    public var name: String { "indicator" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Shton një tregues monitorimi", en: "Adds a monitoring indicator") }
    /// How to call it.
    public var usage: String {
        "indicator add OBJECTIVE name=TEXT unit=TEXT baseline=N target=N better=higher|lower [by=YYYY-MM-DD] [accumulation=cumulative|level]"
    }
    /// `add`.
    public var subcommands: [String] { ["add"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("indicator add 1 name=\"Pjesëmarrës në aktivitete\" unit=persona baseline=0 target=400 better=higher",
                        Label(sq: "objektivi me numrin 1; afati: fundi i vitit të planit",
                              en: "objective number 1; target date: the end of the plan's year"))]
    }

    /// Stores the indicator; its target date defaults to the last day of its plan's year.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, _) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                keys: ["add": ["name", "unit", "baseline", "target", "better", "by", "accumulation"]],
                                                positionals: 2, action: "recording an indicator")
        let objectiveID = try Recording.id(try Recording.positional(invocation, 1, "objective's number", command: name, usage: usage),
                                           "objective")
        guard let objective = try storage(name, { () throws(StorageError) in try database.objective(id: objectiveID) }) else {
            throw .failed(command: name, reason: "there is no objective \(objectiveID); list them with `plan`")
        }
        let year = try storage(name) { () throws(StorageError) in try database.actionPlan(id: objective.planID)?.year } ?? database.today.year
        let better = try Recording.required(invocation, "better", command: name, usage: usage)
        guard better == "higher" || better == "lower" else {
            throw .invalidArgument(key: "better", value: better, expected: "higher or lower")
        }
        let indicator = Indicator(
            objectiveID: objectiveID, name: try Recording.required(invocation, "name", command: name, usage: usage),
            unit: try Recording.required(invocation, "unit", command: name, usage: usage),
            baseline: try Recording.number(try Recording.required(invocation, "baseline", command: name, usage: usage), key: "baseline"),
            target: try Recording.number(try Recording.required(invocation, "target", command: name, usage: usage), key: "target"),
            targetDate: try invocation.day("by") ?? Period.year(year).end,
            direction: better == "higher" ? .higherIsBetter : .lowerIsBetter,
            accumulation: try invocation.value("accumulation").map { text throws(ShellError) in
                try Recording.coded(text, IndicatorAccumulation.self, key: "accumulation")
            } ?? .cumulative)
        let stored = try storage(name) { () throws(StorageError) in try database.insert(indicator) }
        return Recording.done(Label(sq: "U ruajt treguesi \(stored.id ?? 0).", en: "Stored indicator \(stored.id ?? 0)."), context)
    }

    /// Subcommand, then values and keys.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        switch arguments.last {
        case "better=": return ["higher", "lower"].filter { $0.hasPrefix(partial) }
        case "accumulation=": return IndicatorAccumulation.codes.filter { $0.hasPrefix(partial) }
        default: return ["name=", "unit=", "baseline=", "target=", "better=", "by=", "accumulation="].filter { $0.hasPrefix(partial) }
        }
    }
}
