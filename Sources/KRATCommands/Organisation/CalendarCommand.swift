import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// `calendar [PERIOD]`: the awareness activities of a period (default: this year);
/// `calendar compliance [PERIOD]`: how each organiser kept the calendar's rules;
/// `calendar add|notice|move|cancel|report` record it (see `CalendarCommand+Recording.swift`).
public struct CalendarCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `calendar`.
    public var name: String { "calendar" }
    /// One line for `.help`.
    public var summary: Label {
        Label(sq: "Kalendari i aktiviteteve ndërgjegjësuese", en: "The awareness activities calendar")
    }
    /// How to call it.
    public var usage: String {
        "calendar [PERIOD] [national=true] | calendar compliance [PERIOD] | calendar add date=DATE municipality=NAME theme=TEXT "
            + "target=GROUP[,…] organiser=INSTITUTION [title=TEXT] [place=TEXT] | calendar notice ID on=DATE | calendar move ID to=DATE "
            + "| calendar cancel ID | calendar report ID on=DATE purpose=TEXT participants=GROUP:COUNT,… [theme=TEXT] [photos=FILE,…]"
    }
    /// `compliance`, and the subcommands that record.
    public var subcommands: [String] { ["compliance"] + Self.writing }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("calendar 2025-10", Label(sq: "aktivitetet e tetorit", en: "October's activities")),
         CommandExample("calendar compliance 2025", Label(sq: "njoftimet dhe raportet sipas organizatorit",
                                                          en: "notices and reports by organiser")),
         CommandExample("calendar add date=2025-10-18 municipality=Durrës theme=\"Trafikimi i fëmijëve\" target=students,teachers "
                        + "organiser=\"Bashkia Durrës\" place=\"Shkolla Naim Frashëri\""),
         CommandExample("calendar notice 3 on=2025-10-17", Label(sq: "njoftimi një ditë para", en: "the notice, one day before")),
         CommandExample("calendar move 3 to=2025-10-24", Label(sq: "data e re kërkon njoftim të ri", en: "the new date needs a new notice")),
         CommandExample("calendar cancel 3"),
         CommandExample("calendar report 3 on=2025-10-19 purpose=\"Ndërgjegjësim\" participants=students:120,teachers:8 "
                        + "photos=foto/durres-1.jpg,foto/durres-2.jpg",
                        Label(sq: "SHA-256 i çdo fotoje llogaritet nga skedari", en: "each photo's SHA-256 is computed from its file"))]
    }

    /// Lists the activities, or judges their compliance as of today.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        if let action = invocation.subcommand, Self.writing.contains(action) { return try record(invocation, context: context) }
        let database = try context.database(for: name)
        let compliance = invocation.subcommand == "compliance"
        try invocation.requireKnownKeys(compliance ? ["period"] : ["period", "national"], command: name)
        let period = try invocation.periodArgument(positionalAt: compliance ? 1 : 0, command: name, usage: usage)
            ?? Period.year(database.today.year)
        if compliance {
            let records = try OrganisationTables.records(database, years: period.start.year...period.end.year, command: name)
            return CommandOutput(table: AwarenessCalendarCompliance.table(records, period: period, asOf: database.today))
        }
        var nationalOnly = false
        if let text = invocation.value("national") {
            guard let value = Bool(text) else { throw .invalidArgument(key: "national", value: text, expected: "true or false") }
            nationalOnly = value
        }
        let activities = try storage(name) { () throws(StorageError) in
            try database.awarenessActivities(in: period, nationalCalendarOnly: nationalOnly)
        }
        let names = try OrganisationTables.institutionNames(database, command: name)
        return CommandOutput(table: Self.table(activities, period: period, names: names, asOf: database.today))
    }

    /// One row per activity: date, title, place, theme, organiser, national calendar,
    /// cancelled, notice and report status as of `asOf`, participants reported.
    static func table(_ activities: [AwarenessActivity], period: Period, names: [Int64: String], asOf: Day) -> ResultTable {
        let column = OrganisationTables.column
        let rows: [[ResultTable.Cell]] = activities.map { activity in
            let check = activity.compliance(asOf: asOf)
            return [
                .text(activity.date.description), .text(activity.title), .text(activity.place), .text(activity.theme),
                OrganisationTables.institution(activity.organiserID, names), OrganisationTables.flag(activity.nationalCalendar),
                OrganisationTables.flag(activity.cancelled), .coded(check.noticeStatus),
                OrganisationTables.flag(check.changedWithoutNotice), .coded(check.reportStatus),
                activity.report.map { .integer($0.totalParticipants) } ?? .none,
            ]
        }
        return ResultTable(
            title: Label(sq: "Aktivitetet ndërgjegjësuese, \(period)", en: "Awareness activities, \(period)"),
            columns: [column("date", "Data", "Date"), column("title", "Aktiviteti", "Activity"),
                      column("place", "Vendi", "Place"), column("theme", "Tema", "Theme"),
                      column("organiser", "Organizatori", "Organiser"),
                      column("national_calendar", "Kalendari kombëtar", "National calendar"),
                      column("cancelled", "Anuluar", "Cancelled"), column("notice", "Njoftimi", "Notice"),
                      column("changed_without_notice", "Ndryshuar pa njoftim", "Changed without notice"),
                      column("report", "Raporti", "Report"),
                      OrganisationTables.measure("participants", "Pjesëmarrës", "Participants")],
            rows: rows,
            notes: [Label(sq: "Gjendja e njoftimit dhe e raportit më \(asOf).", en: "Notice and report status as of \(asOf).")])
    }
}
