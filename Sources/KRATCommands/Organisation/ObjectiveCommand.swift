import KRATCore
import KRATShell
import KRATStorage

/// `objective add YEAR pillar=… title=… responsible=INSTITUTION,…`: an objective of the
/// year's action plan under one of the strategy's four pillars.
public struct ObjectiveCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `objective`.
    public var name: String { "objective" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Shton një objektiv në planin e veprimit", en: "Adds an objective to the action plan") }
    /// How to call it.
    public var usage: String { "objective add YEAR pillar=prosecution|protection|coordination|prevention title=TEXT responsible=INSTITUTION[,…]" }
    /// `add`.
    public var subcommands: [String] { ["add"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("objective add 2025 pillar=prevention title=\"Ndërgjegjësimi i publikut\" responsible=Prefektura,\"Bashkia Durrës\"",
                        Label(sq: "institucionet ndahen me presje", en: "institutions separated by commas"))]
    }

    /// Stores the objective in the plan of the year.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, _) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                keys: ["add": ["pillar", "title", "responsible"]], positionals: 2,
                                                action: "recording an objective")
        guard let year = try invocation.year(positionalAt: 1, command: name, usage: usage) else {
            throw .usage(command: name, problem: "give the plan's year", usage: usage)
        }
        guard let plan = try storage(name, { () throws(StorageError) in try database.actionPlan(year: year) })?.plan,
              let planID = plan.id else {
            throw .failed(command: name, reason: "there is no action plan for \(year); add it first with `plan new \(year)`")
        }
        let pillar = try Recording.coded(try Recording.required(invocation, "pillar", command: name, usage: usage),
                                         Pillar.self, key: "pillar")
        let institutions = try Recording.institutions(database, command: name)
        var responsible: [Int64] = []
        for text in (invocation.value("responsible") ?? "").split(separator: ",") {
            responsible.append(try Recording.institution(text.trimmingCharacters(in: .whitespaces), in: institutions,
                                                         key: "responsible").id ?? 0)
        }
        let objective = Objective(planID: planID, pillar: pillar,
                                  title: try Recording.required(invocation, "title", command: name, usage: usage),
                                  responsibleInstitutionIDs: responsible)
        let stored = try storage(name) { () throws(StorageError) in try database.insert(objective) }
        return Recording.done(Label(sq: "U ruajt objektivi \(stored.id ?? 0) i planit \(year).",
                                    en: "Stored objective \(stored.id ?? 0) of the plan \(year)."), context)
    }

    /// Subcommand, then pillars and keys.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        if arguments.last == "pillar=" { return Pillar.codes.filter { $0.hasPrefix(partial) } }
        return ["pillar=", "title=", "responsible="].filter { $0.hasPrefix(partial) }
    }
}
