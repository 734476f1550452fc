import KRATCore
import KRATShell
import KRATStorage

/// `decisions open [on=YYYY-MM-DD]`: the meeting decisions still open, with owner, due
/// day and whether they are overdue.
public struct DecisionsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `decisions`.
    public var name: String { "decisions" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Vendimet e hapura të mbledhjeve", en: "Open decisions of the meetings") }
    public var examples: [CommandExample] {
        [CommandExample("decisions open", Label(sq: "vendimet e pazbatuara, me shenjë ato të vonuarat", en: "decisions not yet carried out, late ones marked")),
         CommandExample("decisions open on=2025-06-30", Label(sq: "si ishin në fund të qershorit", en: "as they stood at the end of June"))]
    }
    /// How to call it.
    public var usage: String { "decisions open [on=YYYY-MM-DD]" }
    /// `open`.
    public var subcommands: [String] { ["open"] }

    /// One row per decision open on the day (default today), by meeting date.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["on"], command: name)
        guard invocation.subcommand == "open", invocation.positionals.count == 1 else {
            throw .usage(command: name, problem: "say which decisions: open", usage: usage)
        }
        let day = try invocation.day("on") ?? database.today
        let decisions = try storage(name) { () throws(StorageError) in try database.openDecisions(on: day) }
        let names = try OrganisationTables.institutionNames(database, command: name)
        let column = OrganisationTables.column
        let rows: [[ResultTable.Cell]] = decisions.map { item in
            let decision = item.decision
            return [
                .text("\(item.meetingID).\(item.index + 1)"), .integer(Int(item.meetingID)), .text(item.meetingDate.description),
                .text(decision.text),
                OrganisationTables.institution(decision.ownerInstitutionID, names), OrganisationTables.day(decision.due),
                OrganisationTables.flag(decision.isOverdue(on: day)),
                decision.isOverdue(on: day) ? decision.due.map { .integer($0.distance(to: day)) } ?? .none : .none,
            ]
        }
        let overdue = decisions.filter { $0.decision.isOverdue(on: day) }.count
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Vendimet e hapura më \(day)", en: "Decisions open on \(day)"),
            columns: [column("decision_id", "Nr.", "No."), column("meeting", "Mbledhja", "Meeting"), column("meeting_date", "Data e mbledhjes", "Meeting date"),
                      column("decision", "Vendimi", "Decision"), column("owner", "Përgjegjës", "Owner"),
                      column("due", "Afati", "Due"), column("overdue", "Me vonesë", "Overdue"),
                      OrganisationTables.measure("days_overdue", "Ditë vonesë", "Days overdue")],
            rows: rows,
            notes: [Label(sq: "\(decisions.count) të hapura, \(overdue) me afat të kaluar.",
                          en: "\(decisions.count) open, \(overdue) past their due day.")]))
    }
}
