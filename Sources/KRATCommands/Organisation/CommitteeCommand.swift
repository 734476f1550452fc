import KRATCore
import KRATShell
import KRATStorage

/// `committee [on=YYYY-MM-DD]`: the county's committees (the KRAT first) with their
/// members on a day (default today) and each member's role.
public struct CommitteeCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `committee`.
    public var name: String { "committee" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Komitetet dhe anëtarët e tyre", en: "Committees and their members") }
    public var examples: [CommandExample] {
        [CommandExample("committee", Label(sq: "anëtarët e KRAT-it dhe të Tryezës Teknike sot", en: "the KRAT's and the Technical Table's members today")),
         CommandExample("committee on=2024-03-01", Label(sq: "anëtarët në një ditë të kaluar", en: "the members on a past day"))]
    }
    /// How to call it.
    public var usage: String { "committee [on=YYYY-MM-DD]" }

    /// One row per membership active on the day: committee, role, institution,
    /// representative, joined; chairs first, then secretaries, then members by name.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["on"], command: name)
        try invocation.requirePositionals(atMost: 0, command: name, usage: usage)
        let day = try invocation.day("on") ?? database.today
        let committees = try storage(name) { () throws(StorageError) in try database.committees() }
        let names = try OrganisationTables.institutionNames(database, command: name)
        let roleOrder = Dictionary(uniqueKeysWithValues: CommitteeRole.allCases.enumerated().map { ($1, $0) })
        var rows: [[ResultTable.Cell]] = []
        for committee in committees {
            guard let id = committee.id else { continue }
            let members = try storage(name) { () throws(StorageError) in
                try database.memberships(committeeID: id, activeOn: day)
            }.sorted {
                (roleOrder[$0.role] ?? 0, names[$0.institutionID] ?? "") < (roleOrder[$1.role] ?? 0, names[$1.institutionID] ?? "")
            }
            for member in members {
                rows.append([
                    .coded(code: String(id), label: Label(committee.name)), .coded(committee.kind), .coded(member.role),
                    OrganisationTables.institution(member.institutionID, names),
                    member.representative.map { .text($0) } ?? .none, .text(member.joined.description),
                ])
            }
        }
        let column = OrganisationTables.column
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Komitetet dhe anëtarët më \(day)", en: "Committees and members on \(day)"),
            columns: [column("committee", "Komiteti", "Committee"), column("kind", "Lloji", "Kind"),
                      column("role", "Roli", "Role"), column("institution", "Institucioni", "Institution"),
                      column("representative", "Përfaqësuesi", "Representative"),
                      column("joined", "Anëtarësuar më", "Joined")],
            rows: rows))
    }
}
