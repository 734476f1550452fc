import KRATCore
import KRATShell
import KRATStorage

/// `history [KIND ID] [limit=N]`: who changed the committee's records, when, and what: the
/// latest changes, or every change of one record (`history meeting 3`).
public struct HistoryCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `history`.
    public var name: String { "history" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Historia e ndryshimeve të regjistrimeve", en: "The history of changes to the records") }
    /// How to call it.
    public var usage: String { "history [KIND ID] [limit=N]" }
    /// The kinds of record, as typed.
    public var subcommands: [String] { Self.kinds.keys.sorted() }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("history", Label(sq: "ndryshimet e fundit", en: "the latest changes")),
         CommandExample("history meeting 3", Label(sq: "çdo ndryshim i mbledhjes 3", en: "every change of meeting 3")),
         CommandExample("history calendar 2", Label(sq: "aktiviteti 2 i kalendarit: njoftime, zhvendosje, raport",
                                                    en: "calendar activity 2: notices, moves, report"))]
    }

    /// The words a person types for each kind of record, and the kind the history keeps.
    static let kinds: [String: String] = [
        "institution": "institution", "committee": "committee", "member": "membership", "membership": "membership",
        "meeting": "meeting", "plan": "action_plan", "objective": "objective", "activity": "planned_activity",
        "indicator": "indicator", "measure": "indicator_measurement", "measurement": "indicator_measurement",
        "calendar": "awareness_activity", "strategy": "strategy",
    ]

    /// One row per change: when, who, role, record, action, and the fields with old and new values.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["limit"], command: name)
        try invocation.requirePositionals(atMost: 2, command: name, usage: usage)
        let limit = try invocation.integer("limit", in: 1...10_000) ?? 30
        let entries: [HistoryEntry]
        if let word = invocation.subcommand {
            guard let kind = Self.kinds[word.lowercased()] else {
                throw .invalidArgument(key: "kind", value: word, expected: "one of " + subcommands.joined(separator: ", "))
            }
            let id = try Recording.id(try Recording.positional(invocation, 1, "record's number", command: name, usage: usage), word)
            entries = try storage(name) { () throws(StorageError) in try database.history(kind: kind, recordID: String(id)) }
        } else {
            entries = try storage(name) { () throws(StorageError) in try database.organisationHistory(limit: limit) }
        }
        let column = OrganisationTables.column
        let rows: [[ResultTable.Cell]] = entries.map { entry in
            [.text(entry.at), .text(entry.user), .coded(entry.role), .text("\(entry.kind) \(entry.recordID)"), .coded(entry.action),
             .text(entry.changes.map { change in
                 change.isPersonal ? change.field : "\(change.field): \(change.old ?? "–") → \(change.new ?? "–")"
             }.joined(separator: "; "))]
        }
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Historia e regjistrimeve", en: "Record history"),
            columns: [column("at", "Kur", "When"), column("user", "Kush", "Who"), column("role", "Roli", "Role"),
                      column("record", "Regjistrimi", "Record"), column("action", "Veprimi", "Action"),
                      column("changes", "Ndryshimet", "Changes")],
            rows: rows))
    }
}
