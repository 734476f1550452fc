import KRATCore
import KRATShell
import KRATStorage

/// `tasks [on=DATE] [case=ID] [subject=ID] [institution=NAME] [within=DAYS]`: what is due, overdue first,
/// each with the command that does it.
///
/// The work comes from ``TaskSource``s (the case process, the committee's records). A role
/// that does a source's work sees its tasks one by one; a role that only reads sees how many
/// are due and overdue, by area, step and institution, without records or days; the public
/// sees none. Those counts are always as of today over the default window: a count that moved
/// with `on=` or `within=` would tell, day by day, when a case's deadline falls.
public struct TasksCommand: ShellCommand {
    /// Where the tasks come from.
    public let sources: [any TaskSource]

    /// A command over `sources`.
    public init(sources: [any TaskSource]) { self.sources = sources }

    public var name: String { "tasks" }
    public var summary: Label { Label(sq: "Çfarë duhet bërë, me afatin dhe komandën", en: "What is due, by when, and the command that does it") }
    public var usage: String { "tasks [on=DATE] [case=ID] [subject=ID] [institution=NAME] [within=DAYS]" }
    public var examples: [CommandExample] {
        [CommandExample("tasks", Label(sq: "gjithçka e vonuar dhe me afat në 14 ditët e ardhshme",
                                       en: "everything overdue, and due in the next 14 days")),
         CommandExample("tasks within=60 institution=\"Shërbimi Social\"",
                        Label(sq: "afatet e dy muajve të ardhshëm të një institucioni",
                              en: "one institution's deadlines over the next two months")),
         CommandExample("tasks case=DU-2025-0007 within=365", Label(sq: "gjithçka që pret një rast, edhe larg në kohë",
                                                                    en: "everything one case waits for, also far ahead")),
         CommandExample("tasks on=2025-10-31", Label(sq: "si do të duken afatet më 31 tetor",
                                                     en: "how the deadlines will stand on 31 October"))]
    }

    /// How far ahead tasks are listed by default, in days.
    public static let defaultWindow = 14

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["on", "case", "subject", "institution", "within"], command: name)
        guard database.role != .public else {
            throw StorageError.notPermitted(role: .public, action: "listing what is due", requires: .analyst).shell(name)
        }
        let day = try invocation.day("on") ?? database.today
        let window = try invocation.integer("within", in: 0...3_650) ?? Self.defaultWindow
        let subject = invocation.value("case") ?? invocation.value("subject")
        let institution = invocation.value("institution").map(NameKey.make)
        var items: [DueTask] = []
        var counted: [DueTask] = []
        for source in sources {
            // Counts (no record, no day) are as of today over the default window whatever was asked.
            let itemised = source.itemRoles.contains(database.role)
            let asOf = itemised ? day : database.today
            let horizon = asOf.adding(days: itemised ? window : Self.defaultWindow)
            let found = try storage(name) { () throws(StorageError) in try source.tasks(on: asOf, in: database) }
                .filter { task in
                    task.due <= horizon
                        && (institution.map { wanted in task.institution.map { NameKey.make($0).contains(wanted) } ?? false } ?? true)
                }
            if itemised {
                items += found.filter { subject == nil || $0.subject == subject }
            } else {
                counted += found
            }
        }
        var output = CommandOutput()
        if !items.isEmpty || counted.isEmpty {
            output.append(TaskTables.items(items.sorted { ($0.due, $0.subject) < ($1.due, $1.subject) }, on: day))
        }
        if !counted.isEmpty { output.append(TaskTables.counts(counted, on: database.today)) }
        return output
    }
}
