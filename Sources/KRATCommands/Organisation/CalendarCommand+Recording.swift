import Foundation
import KRATCore
import KRATShell
import KRATStorage

extension CalendarCommand {
    // MARK: - Recording the calendar

    /// The subcommands that write: `add`, `notice`, `move`, `cancel`, `report`.
    static let writing = ["add", "notice", "move", "cancel", "report"]

    /// The keys each writing subcommand knows.
    static let writingKeys: [String: [String]] = [
        "add": ["date", "municipality", "theme", "target", "organiser", "title", "place", "national"],
        "notice": ["on"], "move": ["to"], "cancel": [],
        "report": ["on", "purpose", "participants", "theme", "photos"],
    ]

    /// Runs a writing subcommand.
    func record(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        let action = invocation.subcommand ?? ""
        try invocation.requireKnownKeys(Self.writingKeys[action] ?? [], command: name)
        try invocation.requirePositionals(atMost: action == "add" ? 1 : 2, command: name, usage: usage)
        try Recording.requireWriter(database, "recording the awareness calendar", command: name)
        if action == "add" { return try add(invocation, database, context) }
        let id = try Recording.id(try Recording.positional(invocation, 1, "activity's number", command: name, usage: usage), "activity")
        guard var activity = try storage(name, { () throws(StorageError) in try database.awarenessActivity(id: id) }) else {
            throw .failed(command: name, reason: "there is no awareness activity \(id); list them with `calendar`")
        }
        let what = "awareness activity \(id)"
        let message: Label
        switch action {
        case "notice":
            let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
            try Recording.require(RecordChecks.change(of: activity, .notice, on: day), what, command: name)
            activity.addNotice(sentOn: day)
            let state = activity.compliance(asOf: day).noticeStatus
            message = Label(sq: "Njoftimi i aktivitetit \(id) për \(activity.date) u ruajt (\(state.label.sq)).",
                            en: "Notice of activity \(id) for \(activity.date) stored (\(state.label.en)).")
        case "move":
            let to = try Recording.requiredDay(invocation, "to", command: name, usage: usage)
            try Recording.require(RecordChecks.change(of: activity, .move(to: to), on: database.today), what, command: name)
            activity.reschedule(to: to)
            message = Label(sq: "Aktiviteti \(id) u zhvendos në \(to); i duhet një njoftim i ri deri më \(activity.noticeDueDay).",
                            en: "Activity \(id) moved to \(to); it needs a new notice by \(activity.noticeDueDay).")
        case "cancel":
            try Recording.require(RecordChecks.change(of: activity, .cancel, on: database.today), what, command: name)
            activity.cancelled = true
            message = Label(sq: "Aktiviteti \(id) u anulua.", en: "Activity \(id) cancelled.")
        default:
            let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
            try Recording.require(RecordChecks.change(of: activity, .report, on: day), what, command: name)
            activity.report = ActivityReport(
                sentOn: day, purpose: try Recording.required(invocation, "purpose", command: name, usage: usage),
                theme: invocation.value("theme") ?? activity.theme,
                participants: try Self.participants(invocation.value("participants")),
                photos: try Self.photos(invocation.value("photos")))
            message = Label(sq: "Raporti i aktivitetit \(id) u ruajt.", en: "Report of activity \(id) stored.")
        }
        let changed = activity
        try storage(name) { () throws(StorageError) in _ = try database.update(changed) }
        return Recording.done(message, context)
    }

    /// `calendar add …`: a new activity, refused when the calendar already has it.
    private func add(_ invocation: Invocation, _ database: KRATDatabase, _ context: ShellContext) throws(ShellError) -> CommandOutput {
        let county = database.scope.counties.first ?? .durres
        let municipalityText = try Recording.required(invocation, "municipality", command: name, usage: usage)
        guard let municipality = Municipality.named(municipalityText, in: county) else {
            throw .invalidArgument(key: "municipality", value: municipalityText,
                                   expected: "a municipality of \(county.name): " + county.municipalities.map(\.name).joined(separator: ", "))
        }
        var groups: [TargetGroup] = []
        for code in try Recording.required(invocation, "target", command: name, usage: usage).split(separator: ",") {
            groups.append(try Recording.coded(String(code), TargetGroup.self, key: "target"))
        }
        let organiser = try Recording.institution(try Recording.required(invocation, "organiser", command: name, usage: usage),
                                                  in: try Recording.institutions(database, command: name), key: "organiser")
        let theme = try Recording.required(invocation, "theme", command: name, usage: usage)
        var national = true
        if let text = invocation.value("national") {
            guard let value = Bool(text) else { throw .invalidArgument(key: "national", value: text, expected: "true or false") }
            national = value
        }
        let activity = AwarenessActivity(
            county: county, title: invocation.value("title") ?? theme, theme: theme,
            date: try Recording.requiredDay(invocation, "date", command: name, usage: usage),
            municipalityCode: municipality.code, place: invocation.value("place") ?? "", targetGroups: groups,
            organiserID: organiser.id ?? 0, nationalCalendar: national)
        let what = "awareness activity '\(activity.title)' of \(activity.date)"
        let stored = try storage(name) { () throws(StorageError) in
            try database.transaction("recording the \(what)") {
                try Recording.check(RecordChecks.activity(activity, existing: try database.awarenessActivities(in: .day(activity.date))),
                                    what)
                return try database.insert(activity)
            }
        }
        return Recording.done(Label(sq: "U ruajt aktiviteti \(stored.id ?? 0) më \(stored.date); njoftimi deri më \(stored.noticeDueDay).",
                                    en: "Stored activity \(stored.id ?? 0) on \(stored.date); its notice is due by \(stored.noticeDueDay)."),
                              context)
    }

    // MARK: - Report parts

    /// `group:count,…` as participant counts.
    static func participants(_ text: String?) throws(ShellError) -> [ParticipantCount] {
        var counts: [ParticipantCount] = []
        for item in (text ?? "").split(separator: ",") {
            let parts = item.split(separator: ":")
            guard parts.count == 2, let count = Int(parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw .invalidArgument(key: "participants", value: String(item), expected: "GROUP:COUNT, such as students:120")
            }
            counts.append(ParticipantCount(group: try Recording.coded(parts[0].trimmingCharacters(in: .whitespaces),
                                                                      TargetGroup.self, key: "participants"), count: count))
        }
        return counts
    }

    /// `FILE,…` as photo references, each digest computed from the file; a missing file is refused.
    static func photos(_ text: String?) throws(ShellError) -> [PhotoReference] {
        var photos: [PhotoReference] = []
        for item in (text ?? "").split(separator: ",") {
            let path = item.trimmingCharacters(in: .whitespaces)
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .file(path: path, reason: "photo not found or not readable; give the path of the photo file "
                            + "(its SHA-256 is computed from the file). Nothing was stored.")
            }
            photos.append(PhotoReference(fileName: URL(fileURLWithPath: path).lastPathComponent, contents: contents))
        }
        return photos
    }
}
