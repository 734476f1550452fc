import KRATCore
import KRATShell
import KRATStorage

/// `meeting new`: records a committee meeting, one field at a time on a terminal (guided
/// entry), or on one line in scripts: date, kind, place, chair, attendees and agenda.
///
/// Attendees are officials, never victims: `INSTITUTION:PERSON[:FUNCTION]`, several separated
/// by `;`; the institution is a number or a unique part of a name. Agenda items are separated by `;`.
public struct MeetingCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `meeting`.
    public var name: String { "meeting" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Regjistron një mbledhje", en: "Records a meeting") }
    /// How to call it.
    public var usage: String {
        "meeting new [date=YYYY-MM-DD kind=CODE place=TEXT chair=NAME attendees=\"INSTITUTION:PERSON[:FUNCTION];…\" "
            + "agenda=\"ITEM;…\" [committee=krat|technical_table]]"
    }
    /// `new`.
    public var subcommands: [String] { ["new"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("meeting new", Label(sq: "në terminal: një pyetje për secilën fushë, Tab plotëson institucionet",
                                             en: "on a terminal: one question per field, Tab completes the institutions")),
         CommandExample("meeting new date=2025-10-07 kind=technical_table place=\"Prefektura\" chair=\"Arben Gjoka\" "
                        + "attendees=\"Prefektura:Arben Gjoka:Sekretar i Përgjithshëm;Policisë:Mira Leka\" agenda=\"Kalendari i tetorit\"",
                        Label(sq: "në një rresht, për skriptet", en: "on one line, for scripts"))]
    }

    /// The one-line keys, in the order guided entry asks them.
    static let keys = ["date", "kind", "committee", "place", "chair", "attendees", "agenda"]

    /// Stores the meeting from one line, or from guided entry when the line gives no field.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        guard invocation.subcommand == "new" else { throw .usage(command: name, problem: "say what to do: new", usage: usage) }
        try invocation.requireKnownKeys(Self.keys, command: name)
        try invocation.requirePositionals(atMost: 1, command: name, usage: usage)
        try Recording.requireWriter(database, "recording a meeting", command: name)
        let institutions = try Recording.institutions(database, command: name)
        var answers = Dictionary(invocation.options.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if answers.isEmpty {
            guard let prompter = context.prompter else {
                throw .usage(command: name, problem: "give the fields on the line (guided entry needs a terminal)", usage: usage)
            }
            let members = Recording.memberNames(database, on: database.today)
            guard let guided = GuidedEntry.run(Self.fields(institutions, members: members, today: database.today),
                                               prompter: prompter, language: context.language) else {
                return CommandOutput(message: Label(sq: "Anuluar: asgjë nuk u ruajt.", en: "Cancelled: nothing was stored.")
                    .text(context.language))
            }
            answers = guided
        }
        let meeting = try Self.meeting(answers, institutions: institutions, database: database, command: name, usage: usage)
        let stored = try storage(name) { () throws(StorageError) in try database.insert(meeting) }
        return Recording.done(Label(sq: "U ruajt mbledhja \(stored.id ?? 0) e \(stored.date).",
                                    en: "Stored meeting \(stored.id ?? 0) of \(stored.date)."), context)
    }

    // MARK: - From answers to a meeting

    /// The meeting the answers describe (by one-line key), or the first argument at fault.
    static func meeting(_ answers: [String: String], institutions: [Institution], database: KRATDatabase,
                        command: String, usage: String) throws(ShellError) -> Meeting {
        func required(_ key: String) throws(ShellError) -> String {
            guard let value = answers[key], !value.isEmpty else { throw .usage(command: command, problem: "give \(key)=", usage: usage) }
            return value
        }
        let dateText = try required("date")
        guard let date = Day(iso: dateText) else { throw .invalidArgument(key: "date", value: dateText, expected: "a day written YYYY-MM-DD") }
        let kind = try Recording.coded(try required("kind"), MeetingKind.self, key: "kind")
        let committeeKind = try answers["committee"].map { text throws(ShellError) in
            try Recording.coded(text, CommitteeKind.self, key: "committee")
        } ?? (kind == .annualAnalysis ? .krat : .technicalTable)
        let committee = try Recording.requireCommittee(committeeKind, database, command: command)
        var attendees: [Attendee] = []
        for entry in Self.items(answers["attendees"]) {
            attendees.append(try attendee(entry, institutions: institutions))
        }
        return Meeting(committeeID: committee.id ?? 0, kind: kind, date: date, place: answers["place"] ?? "",
                       chair: try required("chair"), attendees: attendees, agenda: Self.items(answers["agenda"]))
    }

    /// `INSTITUTION:PERSON[:FUNCTION]` as an attendee.
    static func attendee(_ text: String, institutions: [Institution]) throws(ShellError) -> Attendee {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2, !parts[1].isEmpty else {
            throw .invalidArgument(key: "attendees", value: text, expected: "INSTITUTION:PERSON or INSTITUTION:PERSON:FUNCTION")
        }
        let institution = try Recording.institution(parts[0], in: institutions, key: "attendees")
        let function = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
        return Attendee(institutionID: institution.id ?? 0, person: parts[1], function: function)
    }

    /// The non-empty items of a `;`-separated list.
    static func items(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: - Guided entry

    /// The fields of guided entry, each checked as it is typed.
    static func fields(_ institutions: [Institution], members: [String], today: Day) -> [GuidedField] {
        [GuidedField("date", Label(sq: "Data (VVVV-MM-DD)", en: "Date (YYYY-MM-DD)"), required: true, candidates: [today.description]) {
            Day(iso: $0) == nil ? "write the day as YYYY-MM-DD" : nil
        },
         GuidedField("kind", Label(sq: "Lloji", en: "Kind"), required: true, candidates: MeetingKind.codes) {
            MeetingKind(code: $0) == nil ? "one of " + MeetingKind.codes.joined(separator: ", ") : nil
        },
         GuidedField("committee", Label(sq: "Komiteti (bosh: sipas llojit)", en: "Committee (empty: by kind)"),
                     candidates: CommitteeKind.codes) {
            CommitteeKind(code: $0) == nil ? "one of " + CommitteeKind.codes.joined(separator: ", ") : nil
        },
         GuidedField("place", Label(sq: "Vendi", en: "Place")),
         GuidedField("chair", Label(sq: "Kryesuesi", en: "Chair"), required: true),
         GuidedField("attendees", Label(sq: "Të pranishmit (INSTITUCIONI:EMRI:FUNKSIONI; …)",
                                        en: "Attendees (INSTITUTION:NAME:FUNCTION; …)"), candidates: members) { text in
            for entry in items(text) {
                do { _ = try attendee(entry, institutions: institutions) } catch { return "\(error)" }
            }
            return nil
        },
         GuidedField("agenda", Label(sq: "Rendi i ditës (pika; …)", en: "Agenda (item; …)"))]
    }

    /// Subcommand, then keys and values.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        switch arguments.last {
        case "kind=": return MeetingKind.codes.filter { $0.hasPrefix(partial) }
        case "committee=": return CommitteeKind.codes.filter { $0.hasPrefix(partial) }
        default: return Self.keys.map { $0 + "=" }.filter { $0.hasPrefix(partial) }
        }
    }
}
