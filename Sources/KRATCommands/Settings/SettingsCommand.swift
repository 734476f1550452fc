import KRATCore
import KRATShell
import KRATStorage

/// `settings sop [DEADLINE=DAYS…]`: the county's SOP timetable, shown, or changed by the case worker.
public struct SettingsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `settings`.
    public var name: String { "settings" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Afatet SOP të qarkut", en: "The county's SOP timetable") }
    /// How to call it.
    public var usage: String { "settings sop [" + SOPTimetable.Deadline.codes.map { "\($0)=DAYS" }.joined(separator: " ") + "]" }
    /// The subcommands.
    public var subcommands: [String] { ["sop"] }
    /// Examples for `.help settings`.
    public var examples: [CommandExample] {
        [CommandExample("settings sop", Label(sq: "afatet, dhe cilat janë të parazgjedhura", en: "the deadlines, and which are defaults")),
         CommandExample("settings sop referral=1 review=60", Label(sq: "referim brenda një dite, rishikim çdo 60 ditë",
                                                                   en: "referral within a day, a review every 60 days"))]
    }

    /// Shows the timetable, after storing the days given.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        guard invocation.subcommand == "sop", invocation.positionals.count == 1 else {
            throw .usage(command: name, problem: "give sop", usage: usage)
        }
        try invocation.requireKnownKeys(SOPTimetable.Deadline.codes, command: name)
        var timetable = try storage(name) { () throws(StorageError) in try database.sopTimetable() }
        if !invocation.options.isEmpty {
            for deadline in SOPTimetable.Deadline.allCases {
                if let days = try invocation.integer(deadline.code, in: 0...SOPTimetable.longest) { timetable[deadline] = days }
            }
            let changed = timetable
            try storage(name) { () throws(StorageError) in try database.setSOPTimetable(changed) }
        }
        let column = { (key: String, sq: String, en: String, role: ResultTable.Column.Role) in
            ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: role)
        }
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Afatet SOP të qarkut (ditë)", en: "The county's SOP timetable (days)"),
            columns: [column("deadline", "Afati", "Deadline", .dimension), column("days", "Ditë", "Days", .measure),
                      column("default", "E parazgjedhur", "Default", .measure)],
            rows: SOPTimetable.Deadline.allCases.map { deadline in
                [.coded(code: deadline.code, label: deadline.label), .integer(timetable[deadline]), .integer(deadline.standardDays)]
            },
            notes: [Label(sq: "Vlerat e parazgjedhura janë pikënisje, jo ligj: çdo qark i ndryshon me settings sop.",
                          en: "The defaults are a starting point, not law: each county changes them with settings sop.")]))
    }
}
