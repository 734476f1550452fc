import KRATCore
import KRATShell
import KRATStorage

/// `decision add MEETING text=… owner=INSTITUTION [due=DATE]`, `decision done|drop ID on=DATE`:
/// the decisions a meeting took, and their closing.
///
/// A decision is named `MEETING.N`, its meeting's number and its place in the meeting (`3.2`
/// is meeting 3's second decision), as `decisions open` and `tasks` show it.
public struct DecisionCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `decision`.
    public var name: String { "decision" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Vendimet e mbledhjeve: shto, zbato, hiq", en: "Meeting decisions: add, done, drop") }
    /// How to call it.
    public var usage: String { "decision add MEETING text=TEXT owner=INSTITUTION [due=YYYY-MM-DD] | decision done|drop MEETING.N on=YYYY-MM-DD" }
    /// `add`, `done`, `drop`.
    public var subcommands: [String] { ["add", "done", "drop"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("decision add 1 text=\"Njoftimi i aktiviteteve një ditë para\" owner=Prefektura due=2025-10-31",
                        Label(sq: "pronari duhet të jetë anëtar i komitetit", en: "the owner must be a member of the committee")),
         CommandExample("decision done 1.2 on=2025-10-20", Label(sq: "vendimi i dytë i mbledhjes 1 u zbatua",
                                                                  en: "meeting 1's second decision was carried out")),
         CommandExample("decision drop 1.1 on=2025-10-20")]
    }

    /// Adds a decision to a stored meeting, or closes one.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, action) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                     keys: ["add": ["text", "owner", "due"], "done": ["on"], "drop": ["on"]],
                                                     positionals: 2, action: "recording a decision")
        let reference = try Recording.positional(invocation, 1, action == "add" ? "meeting's number" : "decision (MEETING.N)",
                                                 command: name, usage: usage)
        if action == "add" { return try add(meetingText: reference, invocation, database, context) }
        let (meetingID, position) = try Self.decisionReference(reference)
        let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
        var meeting = try meeting(meetingID, database)
        guard meeting.decisions.indices.contains(position - 1) else {
            throw .failed(command: name, reason: "meeting \(meetingID) has \(meeting.decisions.count) decision(s), no \(reference); "
                          + "list them with `decisions open`")
        }
        let field = "decisions[\(position - 1)]"
        try Recording.require(RecordChecks.closing(meeting.decisions[position - 1], on: day, meetingDay: meeting.date, field: field),
                              "decision \(reference)", command: name)
        meeting.decisions[position - 1].status = action == "done" ? .done : .dropped
        meeting.decisions[position - 1].closedOn = day
        let closed = meeting
        try storage(name) { () throws(StorageError) in _ = try database.update(closed) }
        return Recording.done(Label(sq: "Vendimi \(reference) u mbyll (\(action == "done" ? "zbatuar" : "hequr")) më \(day).",
                                    en: "Decision \(reference) closed (\(action)) on \(day)."), context)
    }

    /// `decision add MEETING …`: the owner must be a member of the meeting's committee that day.
    private func add(meetingText: String, _ invocation: Invocation, _ database: KRATDatabase,
                     _ context: ShellContext) throws(ShellError) -> CommandOutput {
        var meeting = try meeting(try Recording.id(meetingText, "meeting"), database)
        let owner = try Recording.institution(try Recording.required(invocation, "owner", command: name, usage: usage),
                                              in: try Recording.institutions(database, command: name), key: "owner")
        let decision = Decision(text: try Recording.required(invocation, "text", command: name, usage: usage),
                                ownerInstitutionID: owner.id ?? 0, due: try invocation.day("due"))
        let memberships = try storage(name) { () throws(StorageError) in try database.memberships(committeeID: meeting.committeeID) }
        let field = "decisions[\(meeting.decisions.count)]"
        try Recording.require(RecordChecks.decisionOwner(decision.ownerInstitutionID, committeeID: meeting.committeeID,
                                                         meetingDay: meeting.date, memberships: memberships, field: "\(field).owner"),
                              "decision of meeting \(meetingText)", command: name)
        meeting.decisions.append(decision)
        let updated = meeting
        try storage(name) { () throws(StorageError) in _ = try database.update(updated) }
        return Recording.done(Label(sq: "U ruajt vendimi \(meetingText).\(updated.decisions.count).",
                                    en: "Stored decision \(meetingText).\(updated.decisions.count)."), context)
    }

    private func meeting(_ id: Int64, _ database: KRATDatabase) throws(ShellError) -> Meeting {
        guard let meeting = try storage(name, { () throws(StorageError) in try database.meeting(id: id) }) else {
            throw .failed(command: name, reason: "there is no meeting \(id); list them with `meetings`")
        }
        return meeting
    }

    /// `3.2` as meeting 3, decision 2 (counted from 1).
    static func decisionReference(_ text: String) throws(ShellError) -> (meeting: Int64, position: Int) {
        let parts = text.split(separator: ".")
        guard parts.count == 2, let meeting = Int64(parts[0]), let position = Int(parts[1]), meeting > 0, position > 0 else {
            throw .invalidArgument(key: "decision", value: text,
                                   expected: "MEETING.N, the meeting's number and the decision's place in it (3.2)")
        }
        return (meeting, position)
    }

    /// Subcommands, then keys.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        let keys = arguments.first == "add" ? ["text=", "owner=", "due="] : ["on="]
        return keys.filter { $0.hasPrefix(partial) }
    }
}
