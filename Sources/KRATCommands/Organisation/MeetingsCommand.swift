import KRATCore
import KRATShell
import KRATStorage

/// `meetings [PERIOD]`: the committees' meetings of a period (default: this year).
public struct MeetingsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `meetings`.
    public var name: String { "meetings" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Mbledhjet e komiteteve", en: "The committees' meetings") }
    public var examples: [CommandExample] {
        [CommandExample("meetings 2025", Label(sq: "mbledhjet e vitit, me pjesëmarrjen dhe vendimet", en: "the year's meetings, with attendance and decisions")),
         CommandExample("meetings 2025-Q4", Label(sq: "mbledhjet e një tremujori", en: "one quarter's meetings"))]
    }
    /// How to call it.
    public var usage: String { "meetings [PERIOD]" }

    /// One row per meeting: date, committee, kind, place, chair, attendees, decisions.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["period"], command: name)
        let period = try invocation.periodArgument(positionalAt: 0, command: name, usage: usage)
            ?? Period.year(database.today.year)
        let meetings = try storage(name) { () throws(StorageError) in try database.meetings(in: period) }
        let committees = try storage(name) { () throws(StorageError) in try database.committees() }
        let committeeNames = Dictionary(committees.compactMap { c in c.id.map { ($0, c.name) } },
                                        uniquingKeysWith: { a, _ in a })
        let today = database.today
        let column = OrganisationTables.column
        let rows: [[ResultTable.Cell]] = meetings.map { meeting in
            [
                .integer(Int(meeting.id ?? 0)), .text(meeting.date.description),
                .coded(code: String(meeting.committeeID),
                       label: Label(committeeNames[meeting.committeeID] ?? "Committee \(meeting.committeeID)")),
                .coded(meeting.kind), .text(meeting.place), .text(meeting.chair),
                .integer(meeting.attendees.count), .integer(Set(meeting.institutionsPresent).count),
                .integer(meeting.decisions.count), .integer(meeting.openDecisions(on: today).count),
            ]
        }
        let table = ResultTable(
            title: Label(sq: "Mbledhjet, \(period)", en: "Meetings, \(period)"),
            columns: [column("id", "Nr.", "No."), column("date", "Data", "Date"),
                      column("committee", "Komiteti", "Committee"), column("kind", "Lloji", "Kind"),
                      column("place", "Vendi", "Place"), column("chair", "Kryesuesi", "Chair"),
                      OrganisationTables.measure("attendees", "Të pranishëm", "Attendees"),
                      OrganisationTables.measure("institutions", "Institucione", "Institutions"),
                      OrganisationTables.measure("decisions", "Vendime", "Decisions"),
                      OrganisationTables.measure("open_decisions", "Vendime të hapura", "Open decisions")],
            rows: rows)
        return CommandOutput(table: table)
    }
}
