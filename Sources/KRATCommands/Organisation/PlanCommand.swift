import KRATCore
import KRATShell
import KRATStorage

/// `plan [YEAR]`: the regional action plan of a year (default: this year's, else the
/// latest): its objectives by pillar and their activities with deadline and status;
/// `plan new` and `plan approve` record a plan (see `PlanCommand+Recording.swift`).
public struct PlanCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `plan`.
    public var name: String { "plan" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Plani rajonal i veprimit i vitit", en: "The regional action plan of a year") }
    /// How to call it.
    public var usage: String { "plan [YEAR] | plan new YEAR [approved=DATE] [title=TEXT] | plan approve YEAR on=DATE" }
    /// `new`, `approve`.
    public var subcommands: [String] { ["new", "approve"] }

    /// One row per activity (an objective without activities gets one row of its own),
    /// by pillar, objective and deadline.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        if let action = invocation.subcommand, subcommands.contains(action) { return try record(invocation, context: context) }
        let database = try context.database(for: name)
        try invocation.requireKnownKeys([], command: name)
        try invocation.requirePositionals(atMost: 1, command: name, usage: usage)
        let year = try OrganisationTables.planYear(try invocation.year(positionalAt: 0, command: name, usage: usage),
                                                   database: database, command: name)
        guard let detail = try storage(name, { () throws(StorageError) in try database.actionPlan(year: year) }) else {
            throw .failed(command: name, reason: "there is no action plan for \(year)")
        }
        let names = try OrganisationTables.institutionNames(database, command: name)
        let today = database.today
        let pillarOrder = Dictionary(uniqueKeysWithValues: Pillar.allCases.enumerated().map { ($1, $0) })
        let objectives = detail.objectives.sorted {
            (pillarOrder[$0.objective.pillar] ?? 0, $0.objective.id ?? 0) < (pillarOrder[$1.objective.pillar] ?? 0, $1.objective.id ?? 0)
        }
        var rows: [[ResultTable.Cell]] = []
        for item in objectives {
            let objective = item.objective
            let head: [ResultTable.Cell] = [.coded(objective.pillar),
                                            .coded(code: objective.id.map(String.init) ?? "", label: Label(objective.title))]
            if item.activities.isEmpty {
                rows.append(head + [.none, .none, .none, .none, .none, .none])
            }
            for activity in item.activities.sorted(by: { ($0.deadline, $0.id ?? 0) < ($1.deadline, $1.id ?? 0) }) {
                rows.append(head + [
                    .text(activity.title), OrganisationTables.institution(activity.responsibleInstitutionID, names),
                    .text(activity.deadline.description), .coded(activity.status),
                    OrganisationTables.day(activity.completedOn), OrganisationTables.flag(activity.isOverdue(on: today)),
                ])
            }
        }
        let column = OrganisationTables.column
        let plan = detail.plan
        var table = ResultTable(
            title: Label(sq: "Plani rajonal i veprimit \(year): \(plan.title)", en: "Regional action plan \(year): \(plan.title)"),
            columns: [column("pillar", "Shtylla", "Pillar"), column("objective", "Objektivi", "Objective"),
                      column("activity", "Aktiviteti", "Activity"), column("responsible", "Përgjegjës", "Responsible"),
                      column("deadline", "Afati", "Deadline"), column("status", "Statusi", "Status"),
                      column("completed_on", "Realizuar më", "Completed on"), column("overdue", "Me vonesë", "Overdue")],
            rows: rows)
        let activities = detail.activities
        let done = activities.filter { $0.status == .done }.count
        table.notes.append(plan.approvedOn.map {
            Label(sq: "Miratuar më \($0).", en: "Approved on \($0).")
        } ?? Label(sq: "Ende i pamiratuar.", en: "Not approved yet."))
        table.notes.append(Label(sq: "\(detail.objectives.count) objektiva, \(activities.count) aktivitete, \(done) të realizuara.",
                                 en: "\(detail.objectives.count) objectives, \(activities.count) activities, \(done) done."))
        return CommandOutput(table: table)
    }
}
