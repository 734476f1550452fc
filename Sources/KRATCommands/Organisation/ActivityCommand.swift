import KRATCore
import KRATShell
import KRATStorage

/// `activity add OBJECTIVE title=… responsible=INSTITUTION deadline=DATE` and
/// `activity done ID on=DATE`: the action plan's activities and their deadlines (*afate kohore*).
///
/// Not the awareness calendar's activities: those are `calendar add`.
public struct ActivityCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `activity`.
    public var name: String { "activity" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Aktivitetet e planit të veprimit", en: "Activities of the action plan") }
    /// How to call it.
    public var usage: String { "activity add OBJECTIVE title=TEXT responsible=INSTITUTION deadline=YYYY-MM-DD | activity done ID on=YYYY-MM-DD" }
    /// `add`, `done`.
    public var subcommands: [String] { ["add", "done"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("activity add 1 title=\"Trajnim për mësuesit\" responsible=\"Bashkia Durrës\" deadline=2025-11-30",
                        Label(sq: "aktiviteti i objektivit 1", en: "an activity of objective 1")),
         CommandExample("activity done 4 on=2025-11-20")]
    }

    /// Stores a planned activity, or marks one done.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, action) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                     keys: ["add": ["title", "responsible", "deadline"], "done": ["on"]],
                                                     positionals: 2, action: "recording a planned activity")
        let id = try Recording.id(try Recording.positional(invocation, 1, action == "add" ? "objective's number" : "activity's number",
                                                          command: name, usage: usage), action == "add" ? "objective" : "activity")
        if action == "add" {
            let responsible = try Recording.institution(try Recording.required(invocation, "responsible", command: name, usage: usage),
                                                        in: try Recording.institutions(database, command: name), key: "responsible")
            let activity = PlannedActivity(objectiveID: id, title: try Recording.required(invocation, "title", command: name, usage: usage),
                                           responsibleInstitutionID: responsible.id ?? 0,
                                           deadline: try Recording.requiredDay(invocation, "deadline", command: name, usage: usage))
            let stored = try storage(name) { () throws(StorageError) in try database.insert(activity) }
            return Recording.done(Label(sq: "U ruajt aktiviteti \(stored.id ?? 0) i objektivit \(id).",
                                        en: "Stored activity \(stored.id ?? 0) of objective \(id)."), context)
        }
        let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
        guard var activity = try storage(name, { () throws(StorageError) in try database.plannedActivity(id: id) }) else {
            throw .failed(command: name, reason: "there is no planned activity \(id); list them with `plan`")
        }
        let year = try storage(name) { () throws(StorageError) in
            guard let objective = try database.objective(id: activity.objectiveID) else { return nil as Int? }
            return try database.actionPlan(id: objective.planID)?.year
        } ?? day.year
        try Recording.require(RecordChecks.completion(activity, on: day, planYear: year), "planned activity \(id)", command: name)
        activity.status = .done
        activity.completedOn = day
        let done = activity
        try storage(name) { () throws(StorageError) in _ = try database.update(done) }
        return Recording.done(Label(sq: "Aktiviteti \(id) u realizua më \(day).", en: "Activity \(id) done on \(day)."), context)
    }

    /// Subcommands, then keys.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        let keys = arguments.first == "add" ? ["title=", "responsible=", "deadline="] : ["on="]
        return keys.filter { $0.hasPrefix(partial) }
    }
}
