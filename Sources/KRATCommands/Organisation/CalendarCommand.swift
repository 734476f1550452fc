import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// `calendar [PERIOD]`: the awareness activities of a period (default: this year);
/// `calendar compliance [PERIOD]`: how each organiser kept the calendar's rules.
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
    public var usage: String { "calendar [PERIOD] [national=true] | calendar compliance [PERIOD]" }
    /// `compliance`.
    public var subcommands: [String] { ["compliance"] }

    /// Lists the activities, or judges their compliance as of today.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
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
